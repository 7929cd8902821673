package org.aidnews.indexer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidnews.indexer.eval.SearchEvaluation;

/** {@code eval-search [--testdata DIR]}: nDCG@10 and recall@10 per judged query, ours beside plain smartcn. */
final class EvalSearchCommand {
  private EvalSearchCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path testdata = Path.of("testdata");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> {
          out.println("usage: aidnews eval-search [--testdata DIR]   (relevance.tsv judged against the sample sites)");
          return 0;
        }
        case "--testdata" -> testdata = Path.of(IndexCommand.value(args, ++i, "--testdata"));
        default -> throw new UsageException("unknown option '" + args[i] + "'");
      }
    }
    if (!Files.isRegularFile(testdata.resolve("relevance.tsv"))) {
      err.println("aidnews eval-search: no relevance.tsv under " + testdata.toAbsolutePath());
      return 2;
    }
    try {
      out.print(SearchEvaluation.run(testdata).table());
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("aidnews eval-search: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }
}
