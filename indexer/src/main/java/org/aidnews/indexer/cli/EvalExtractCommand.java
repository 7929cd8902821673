package org.aidnews.indexer.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.extract.eval.ExtractionEval;
import org.aidnews.indexer.extract.eval.LabelledPages;

/**
 * {@code ./aidnews eval-extract DIR...}: measures extraction on labelled pages (sample sites,
 * held-out pages, fixtures) and prints title and date exact-match rates, body character F1 (LCS over
 * whitespace-free text; a multi-page article is scored on its merged text, as the index holds it),
 * charset and isArticle accuracy, then every page with a miss and what differed — one block per labelled
 * set (sample sites, each {@code testdata/heldout*} directory) when the arguments hold several.
 */
public final class EvalExtractCommand {
  static final String USAGE = "usage: aidnews eval-extract [--repeat N] DIR...   (a repo root, testdata/, testdata/sites,"
      + " a site, or a pages/ + expected/ directory; --repeat N runs the pages N more times and prints the"
      + " warm per-page cost)";

  private EvalExtractCommand() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Returns 0 when pages were measured, 2 on bad arguments or when no labelled page was found. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
      (args.length == 0 ? err : out).println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    List<Path> dirs = new ArrayList<>();
    int repeat = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--repeat")) {
        try {
          repeat = Integer.parseInt(args[++i]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
          err.println("eval-extract: --repeat needs a whole number\n" + USAGE);
          return 2;
        }
      } else {
        dirs.add(Path.of(args[i]));
      }
    }
    LabelledPages labelled = LabelledPages.load(dirs);
    for (String p : labelled.problems()) {
      err.println("eval-extract: " + p);
    }
    if (labelled.pages().isEmpty()) {
      err.println("eval-extract: no labelled pages found\n" + USAGE);
      return 2;
    }
    Pipeline pipeline = Pipeline.standard();
    long start = System.nanoTime();
    List<ExtractionEval.PageResult> results = ExtractionEval.evaluateAll(pipeline, labelled.pages());
    double seconds = (System.nanoTime() - start) / 1e9;
    // One block per labelled set (sites, heldout, heldout2 …): figures are never pooled across sets,
    // so a development set cannot hide a test set's misses.
    Map<String, List<ExtractionEval.PageResult>> bySet = new LinkedHashMap<>();
    for (ExtractionEval.PageResult r : results) {
      bySet.computeIfAbsent(r.page().set(), k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, List<ExtractionEval.PageResult>> set : bySet.entrySet()) {
      List<ExtractionEval.PageResult> rs = set.getValue();
      if (bySet.size() > 1) {
        out.println("== " + set.getKey());
      }
      print(out, ExtractionEval.summarize(rs, seconds * rs.size() / Math.max(1, results.size())));
      for (ExtractionEval.PageResult r : rs) {
        if (!r.misses().isEmpty()) {
          out.println("MISS " + r.page().id() + " <" + r.page().url() + ">");
          for (String m : r.misses()) {
            out.println("    " + m);
          }
        }
      }
    }
    if (repeat > 0) {
      long t = System.nanoTime();
      for (int i = 0; i < repeat; i++) {
        for (var page : labelled.pages()) {
          ExtractionEval.evaluate(pipeline, page);
        }
      }
      double warm = (System.nanoTime() - t) / 1e9;
      out.printf(Locale.ROOT, "warm: %.1f pages/s on one thread (%.2f ms per page, %d runs of %d pages)%n",
          repeat * labelled.pages().size() / warm, 1000 * warm / (repeat * labelled.pages().size()), repeat,
          labelled.pages().size());
    }
    return 0;
  }

  private static void print(PrintStream out, ExtractionEval.Summary s) {
    out.printf(Locale.ROOT, "pages %d (articles %d), %.1f pages/s on one thread%n", s.pages(), s.articles(),
        s.pagesPerSecond());
    out.printf(Locale.ROOT, "title exact     %s%n", rate(s.titleHits(), s.titleN()));
    out.printf(Locale.ROOT, "date exact      %s%n", rate(s.dateHits(), s.dateN()));
    out.printf(Locale.ROOT, "script          %s%n", rate(s.scriptHits(), s.scriptN()));
    out.printf(Locale.ROOT, "body char F1    %.4f (P %.4f R %.4f) over %d bodies, LCS on whitespace-free text"
        + " (multi-page articles merged)%n", s.bodyF1Mean(), s.bodyPrecisionMean(), s.bodyRecallMean(), s.bodyN());
    out.printf(Locale.ROOT, "charset         %s%n", rate(s.charsetHits(), s.charsetN()));
    out.printf(Locale.ROOT, "isArticle       %s%n", rate(s.isArticleHits(), s.pages()));
  }

  private static String rate(int hits, int n) {
    return n == 0 ? "n/a" : String.format(Locale.ROOT, "%.4f (%d/%d)", (double) hits / n, hits, n);
  }
}
