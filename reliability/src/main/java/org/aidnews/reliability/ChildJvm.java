package org.aidnews.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts one of our programs in its own JVM, with this JVM's class path, so the battery exercises
 * the real front doors (and can kill them with SIGKILL). Output goes to a log file.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** The command line for {@code java <jvmOptions> -cp <our class path> mainClass args}. */
  public static List<String> command(List<String> jvmOptions, String mainClass, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // No hsperfdata file (it would count against a file-size limit) and the same locale traps as the tests.
    cmd.add("-XX:-UsePerfData");
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("-Duser.language=de");
    cmd.add("-Duser.country=DE");
    cmd.add("-Duser.timezone=America/Los_Angeles");
    cmd.add("-Dfile.encoding=ISO-8859-1");
    cmd.add("-Dstdout.encoding=UTF-8");
    cmd.add("-Dstderr.encoding=UTF-8");
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(classPath());
    cmd.add(mainClass);
    cmd.addAll(args);
    return cmd;
  }

  /** Starts the command with stdout and stderr both going to {@code log}. */
  public static Process start(List<String> command, Path log) throws IOException {
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Our class path: the surefire class path under Maven, target/classes plus classpath.txt under ./aidnews. */
  static String classPath() {
    String cp = System.getProperty("java.class.path");
    if (cp == null || cp.isBlank()) {
      throw new IllegalStateException("no java.class.path to give the child JVM");
    }
    for (String entry : cp.split(File.pathSeparator)) {
      if (entry.endsWith("surefirebooter.jar") || entry.contains("surefirebooter")) {
        throw new IllegalStateException("the class path is a manifest-only jar; run surefire with useManifestOnlyJar=false");
      }
    }
    return cp;
  }

  /** Kills with SIGKILL (no shutdown hooks, no finally blocks) and waits for the process to be gone. */
  public static void killNine(Process p) throws InterruptedException {
    p.destroyForcibly();
    p.waitFor();
  }
}
