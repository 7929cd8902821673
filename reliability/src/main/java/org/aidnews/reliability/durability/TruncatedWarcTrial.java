package org.aidnews.reliability.durability;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.aidnews.reliability.ChildJvm;
import org.aidnews.reliability.corpus.AidArticles;
import org.aidnews.reliability.corpus.WarcCorpus;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC file cut in the middle of a record (a crawler killed mid-write, a copy that ran out of
 * space) beside a whole one, through the real {@code IndexerCli index}: the rebuild must finish and
 * publish, index every whole record of the cut file and every record of the other, nothing else,
 * and say which file was cut in a warning.
 */
public final class TruncatedWarcTrial {
  /**
   * What happened.
   *
   * @param wholeRecords records of the cut file that end before the cut
   * @param expected     URLs that must be served: the other file's and the cut file's whole records
   * @param served       URLs the published index serves
   * @param warnings     the indexer's warning lines naming the cut file
   */
  public record Result(int records, int wholeRecords, int exitCode, Set<String> expected, Set<String> served,
      List<String> warnings) {
    public boolean held() {
      return exitCode == 0 && served.equals(expected) && !warnings.isEmpty() && wholeRecords < records;
    }
  }

  private TruncatedWarcTrial() {}

  /** Writes {@code whole} and {@code cut} articles into two files, cuts the second at {@code cutAt} of its size. */
  public static Result run(Path dir, long seed, int whole, int cut, double cutAt) throws IOException,
      InterruptedException {
    Path warc = dir.resolve("warc");
    List<WarcCorpus.Page> pages = AidArticles.articles(seed, whole + cut);
    WarcCorpus.write(warc, "whole.warc.gz", pages.subList(0, whole));
    Path cutFile = WarcCorpus.write(warc, "cut.warc.gz", pages.subList(whole, whole + cut));
    // Record boundaries before the cut: a record is whole when the next one starts at or before it.
    List<Long> starts = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    try (WarcReader reader = new WarcReader(cutFile)) {
      Optional<WarcRecord> r;
      while ((r = reader.next()).isPresent()) {
        starts.add(reader.position());
        urls.add(r.get() instanceof WarcResponse resp ? resp.target() : null);
      }
    }
    long size = Files.size(cutFile);
    long cutOffset = (long) (size * cutAt);
    Set<String> expected = new HashSet<>();
    pages.subList(0, whole).forEach(p -> expected.add(p.url()));
    int wholeRecords = 0;
    for (int i = 0; i < starts.size(); i++) {
      long end = i + 1 < starts.size() ? starts.get(i + 1) : size;
      if (end <= cutOffset && urls.get(i) != null) {
        expected.add(urls.get(i));
        wholeRecords++;
      }
    }
    try (FileChannel ch = FileChannel.open(cutFile, StandardOpenOption.WRITE)) {
      ch.truncate(cutOffset);
    }
    Path log = dir.resolve("index.log");
    Process p = ChildJvm.start(ChildJvm.command(List.of("-Xmx512m"), "org.aidnews.indexer.cli.IndexerCli",
        List.of("index", "--in", warc.toString(), "--index", dir.resolve("index").toString())), log);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      ChildJvm.killNine(p);
    }
    String out = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    List<String> warnings = out.lines().filter(l -> l.startsWith("warning:") && l.contains("cut.warc.gz")).toList();
    return new Result(starts.size(), wholeRecords, p.exitValue(), expected,
        ServedIndex.articleUrls(dir.resolve("index")), warnings);
  }
}
