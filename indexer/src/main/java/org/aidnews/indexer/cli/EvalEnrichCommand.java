package org.aidnews.indexer.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.enrich.Enricher;
import org.aidnews.indexer.enrich.eval.EnrichmentEvaluation;
import org.aidnews.indexer.enrich.eval.LabelledPage;
import org.aidnews.indexer.enrich.eval.LabelledPages;

/**
 * {@code aidnews eval-enrich [--testdata DIR] [--fixtures DIR] [--mistakes N]}: precision and recall of
 * the enrichment on every labelled page, printed per facet, for the sample sites and for each held-out
 * set ({@code testdata/heldout*}) separately, each twice: on the labelled title and body
 * (enrichment alone) and through the real pipeline on the page bytes. Exit code 0 when it ran, 2 on a
 * usage error.
 */
public final class EvalEnrichCommand {
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(new EvalEnrichCommand().run(List.of(args), out));
  }

  public int run(List<String> args, PrintStream out) {
    Path testdata = null;
    Path fixtures = null;
    int mistakes = 0;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (i + 1 >= args.size() && (a.equals("--testdata") || a.equals("--fixtures") || a.equals("--mistakes"))) {
        out.println("eval-enrich: " + a + " needs a value");
        return 2;
      }
      switch (a) {
        case "--testdata" -> testdata = Path.of(args.get(++i));
        case "--fixtures" -> fixtures = Path.of(args.get(++i));
        case "--mistakes" -> {
          try {
            mistakes = Integer.parseInt(args.get(++i));
          } catch (NumberFormatException e) {
            out.println("eval-enrich: --mistakes needs a number, got " + args.get(i));
            return 2;
          }
        }
        default -> {
          out.println("usage: eval-enrich [--testdata DIR] [--fixtures DIR] [--mistakes N]");
          return 2;
        }
      }
    }
    if (testdata == null) {
      testdata = locate("testdata");
    }
    Enricher enricher = new Enricher();
    EnrichmentEvaluation eval = new EnrichmentEvaluation(enricher);
    Pipeline pipeline = Pipeline.standard();
    LabelledPages loader = new LabelledPages();
    if (fixtures != null) {
      report(out, eval.onLabelledText("fixtures " + fixtures + " — labelled text", loader.fixtures(fixtures)), mistakes);
    }
    if (testdata == null || !Files.isDirectory(testdata)) {
      out.println("eval-enrich: no testdata directory found (use --testdata DIR)");
    } else {
      List<LabelledPage> sites = loader.sampleSites(testdata);
      report(out, eval.onLabelledText("sample sites (dev) — labelled text", sites), mistakes);
      report(out, eval.onPages("sample sites (dev) — pipeline on page bytes", sites, pipeline), mistakes);
      // Each held-out set (testdata/heldout*) on its own: a set's README says whether it is still a
      // test set (reported, never tuned on) or has become a development set.
      for (Map.Entry<String, List<LabelledPage>> set : loader.heldOutSets(testdata).entrySet()) {
        report(out, eval.onLabelledText(set.getKey() + " — labelled text", set.getValue()), mistakes);
        report(out, eval.onPages(set.getKey() + " — pipeline on page bytes", set.getValue(), pipeline), mistakes);
      }
    }
    for (String p : loader.problems()) {
      out.println("problem: " + p);
    }
    return 0;
  }

  private static void report(PrintStream out, EnrichmentEvaluation.Report r, int mistakes) {
    out.print(r.format());
    if (mistakes > 0) {
      out.print(r.mistakes(mistakes));
    }
  }

  private static Path locate(String name) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve(name))) {
        return p.resolve(name);
      }
    }
    return null;
  }
}
