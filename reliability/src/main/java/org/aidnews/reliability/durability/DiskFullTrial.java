package org.aidnews.reliability.durability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.aidnews.reliability.ChildJvm;

/**
 * The real indexer running out of space: {@code IndexerCli index} started under a file-size limit
 * ({@code ulimit -f}; the JVM ignores SIGXFSZ, so a write past the limit fails with "File too
 * large" exactly as on a full disk) while an index is already published. The rebuild must fail
 * with exit code 1 and a message, leave the published generation served and intact, and remove
 * its own half-written generation.
 *
 * @see CrashSimulation for disk full and I/O errors at the Lucene level
 */
public final class DiskFullTrial {
  /** What happened: exit code, the error line, whether the served index is the same commit and clean. */
  public record Result(int exitCode, String message, boolean servedUnchanged, boolean servedClean,
      int generationsLeft) {
    public boolean held() {
      return exitCode == 1 && message != null && servedUnchanged && servedClean && generationsLeft == 1;
    }
  }

  private DiskFullTrial() {}

  /** Rebuilds {@code indexRoot} from {@code warcDir} with files limited to {@code maxFileKiB}. */
  public static Result run(Path warcDir, Path indexRoot, long maxFileKiB, Path log)
      throws IOException, InterruptedException {
    ServedIndex before = ServedIndex.inspect(indexRoot);
    List<String> java = ChildJvm.command(List.of("-Xmx512m"), "org.aidnews.indexer.cli.IndexerCli",
        List.of("index", "--in", warcDir.toString(), "--index", indexRoot.toString()));
    List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", "ulimit -f " + maxFileKiB + " && exec \"$@\"", "sh"));
    cmd.addAll(java);
    Process p = ChildJvm.start(cmd, log);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      ChildJvm.killNine(p);
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    String message = out.lines().filter(l -> l.startsWith("aidnews index:")).findFirst().orElse(null);
    ServedIndex after = ServedIndex.inspect(indexRoot);
    int gens;
    try (Stream<Path> s = Files.list(indexRoot)) {
      gens = (int) s.filter(f -> f.getFileName().toString().startsWith("gen-")).count();
    }
    return new Result(p.exitValue(), message, after.sameCommitAs(before), after.wholeAndClean(), gens);
  }
}
