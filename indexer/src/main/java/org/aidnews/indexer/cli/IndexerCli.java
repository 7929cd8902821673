package org.aidnews.indexer.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The indexer's front door. Usage:
 * <pre>
 *   IndexerCli index [--in DIR] [--index DIR]     build and publish an index from WARC files
 *   IndexerCli extract [--url URL] FILE...        run stored pages through the pipeline, print JSON lines
 *   IndexerCli eval-extract DIR...                 extraction quality over labelled pages
 *   IndexerCli eval-enrich DIR...                  enrichment precision/recall over labelled pages
 *   IndexerCli eval-search [--testdata DIR]        nDCG@10 / recall@10 of judged queries, beside plain smartcn
 * </pre>
 * Exit codes: 0 done, 1 failed, 2 usage or input error.
 */
public final class IndexerCli {
  private IndexerCli() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      out.println("usage: IndexerCli (index|extract|eval-extract|eval-enrich) [options] — add --help to a command");
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (args[0]) {
        case "index" -> IndexCommand.run(rest, out, err);
        case "extract" -> ExtractCommand.run(rest, out, err);
        case "eval-extract" -> EvalExtractCommand.run(rest, out, err);
        case "eval-enrich" -> new EvalEnrichCommand().run(java.util.List.of(rest), out);
        case "eval-search" -> EvalSearchCommand.run(rest, out, err);
        default -> {
          err.println("unknown command '" + args[0] + "'");
          yield 2;
        }
      };
    } catch (UsageException e) {
      err.println("aidnews " + args[0] + ": " + e.getMessage() + " (see --help)");
      return 2;
    }
  }
}
