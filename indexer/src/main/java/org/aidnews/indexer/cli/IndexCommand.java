package org.aidnews.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.index.IndexBuilder;
import org.aidnews.indexer.index.IndexLocation;

/**
 * {@code index [--in DIR] [--index DIR] [--threads N]}: reads every WARC file under {@code --in}
 * (whoever wrote it) and publishes a freshly built index generation under {@code --index}.
 */
final class IndexCommand {
  static final String USAGE = """
      usage: aidnews index [--in DIR] [--index DIR] [--threads N] [--incremental]
        Reads every WARC file (*.warc, *.warc.gz) under --in and builds a new index generation
        under --index, published atomically when complete (the portal switches to it by itself).
        --incremental  instead, index only the WARC files written since the served index's last
                       commit, by article id, into the served index (one commit; no rebuild)
        --in DIR       WARC directory (default data/warc)
        --index DIR    index root (default data/index)
        --threads N    worker threads (default: number of cores)
      """;

  private IndexCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path in = Path.of("data/warc");
    Path index = Path.of("data/index");
    int threads = Runtime.getRuntime().availableProcessors();
    boolean incremental = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> {
          out.print(USAGE);
          return 0;
        }
        case "--in" -> in = Path.of(value(args, ++i, "--in"));
        case "--incremental" -> incremental = true;
        case "--index" -> index = Path.of(value(args, ++i, "--index"));
        case "--threads" -> {
          String v = value(args, ++i, "--threads");
          try {
            threads = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            throw new UsageException("--threads takes a whole number, not '" + v + "'");
          }
        }
        default -> throw new UsageException("unknown option '" + args[i] + "'");
      }
    }
    if (!Files.isDirectory(in)) {
      err.println("aidnews index: no WARC directory at " + in.toAbsolutePath()
          + " (run ./aidnews crawl first, or pass --in DIR)");
      return 2;
    }
    if (incremental) {
      try {
        var r = new org.aidnews.indexer.index.IndexUpdater(Pipeline.standard()).update(in, new IndexLocation(index),
            w -> err.println("warning: " + w));
        out.printf(java.util.Locale.ROOT, "Updated %s: %d new WARC files, %d pages, %d indexed, %d rejected; %d articles,"
            + " %d syndicated stories, %d agreements%n", index.toAbsolutePath(), r.files(), r.pages(), r.indexed(),
            r.rejected(), r.articles(), r.clusters(), r.agreements());
        return 0;
      } catch (IOException e) {
        err.println("aidnews index --incremental: " + e.getMessage() + " — the served index is unchanged.");
        return 1;
      }
    }
    boolean tty = System.console() != null;
    long start = System.nanoTime();
    try {
      IndexBuilder.Stats stats = new IndexBuilder(Pipeline.standard(), threads).rebuild(in, new IndexLocation(index),
          w -> err.println((tty ? "\r\033[K" : "") + "warning: " + w),
          s -> progress(s, start, tty, err));
      if (tty) {
        err.println();
      }
      double secs = (System.nanoTime() - start) / 1e9;
      out.println("Index published under " + index.toAbsolutePath());
      out.print(IndexBuilder.summary(stats, secs));
      return 0;
    } catch (IOException e) {
      err.println("aidnews index: cannot write the index: " + e.getMessage()
          + " — the previously published index is unchanged.");
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("aidnews index: interrupted — the previously published index is unchanged.");
      return 1;
    }
  }

  private static void progress(IndexBuilder.Stats s, long start, boolean tty, PrintStream err) {
    double secs = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
    long pages = s.pages.get();
    double rate = pages / secs;
    String left = "";
    if (s.totalBytes > 0 && s.bytes.get() > 0) {
      double frac = Math.min(1.0, (double) s.bytes.get() / s.totalBytes);
      if (frac > 0.01) {
        left = String.format(Locale.ROOT, ", ~%.0f s left", secs / frac - secs);
      }
    }
    String line = String.format(Locale.ROOT, "indexed %d, rejected %d of %d pages, %.1f pages/s%s",
        s.indexed.get(), s.rejectedTotal(), pages, rate, left);
    if (tty) {
      err.print("\r\033[K" + line);
    } else {
      err.println(line);
    }
  }

  static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }
}
