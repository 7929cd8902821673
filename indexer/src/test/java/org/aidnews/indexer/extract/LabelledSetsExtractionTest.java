package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.extract.eval.ExtractionEval;
import org.aidnews.indexer.extract.eval.LabelledPage;
import org.aidnews.indexer.extract.eval.LabelledPages;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality over the labelled sets, as the quality report prints it: the sample sites
 * (development set) and the held-out pages (written apart from the rules, never tuned on). The
 * floors are the figures reached so far, so a change that makes extraction worse fails here; the
 * issue's aims (0.97 for title, date and body F1; charset 100 %) are above some of them, and the
 * gap is reported, not hidden. Per-page misses are printed.
 */
class LabelledSetsExtractionTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  record Floors(double title, double date, double bodyF1, double isArticle) {}

  private static ExtractionEval.Summary measure(Path dir, String name) {
    LabelledPages loaded = LabelledPages.load(List.of(dir));
    assertThat(loaded.problems()).isEmpty();
    // Scored as the index holds them: multi-page articles on their merged text.
    List<ExtractionEval.PageResult> results = new ArrayList<>(ExtractionEval.evaluateAll(PIPELINE, loaded.pages()));
    for (ExtractionEval.PageResult r : results) {
      // Misses are printed for development sets only (sites, and heldout since it became one): a
      // test set's labels stay out of the test output.
      if (!r.misses().isEmpty() && (name.equals("sample sites") || name.equals("heldout"))) {
        System.out.println("MISS " + name + " " + r.page().id() + " " + r.misses());
      }
    }
    ExtractionEval.Summary s = ExtractionEval.summarize(results, 1);
    System.out.printf(Locale.ROOT, "%s: %d pages, title %.3f, date %.3f, body F1 %.3f, charset %.3f, isArticle %.3f%n",
        name, s.pages(), rate(s.titleHits(), s.titleN()), rate(s.dateHits(), s.dateN()), s.bodyF1Mean(),
        rate(s.charsetHits(), s.charsetN()), rate(s.isArticleHits(), s.pages()));
    return s;
  }

  private static double rate(int hits, int n) {
    return n == 0 ? 1 : (double) hits / n;
  }

  private static void check(ExtractionEval.Summary s, Floors f) {
    assertThat(rate(s.charsetHits(), s.charsetN())).as("charset").isEqualTo(1.0);
    assertThat(rate(s.titleHits(), s.titleN())).as("title exact").isGreaterThanOrEqualTo(f.title());
    assertThat(rate(s.dateHits(), s.dateN())).as("date exact").isGreaterThanOrEqualTo(f.date());
    assertThat(s.bodyF1Mean()).as("body F1").isGreaterThanOrEqualTo(f.bodyF1());
    assertThat(rate(s.isArticleHits(), s.pages())).as("isArticle").isGreaterThanOrEqualTo(f.isArticle());
  }

  @Test
  void sampleSites() {
    check(measure(LabelledPagesOnDisk.testdata().resolve("sites"), "sample sites"), new Floors(1.0, 0.98, 0.999, 1.0));
  }

  @Test
  void heldOutPages() {
    check(measure(LabelledPagesOnDisk.testdata().resolve("heldout"), "heldout"), new Floors(1.0, 0.96, 0.995, 1.0));
  }

  @Test
  void everyOtherHeldOutSetLoadsAndDecodes() throws java.io.IOException {
    // New test sets (testdata/heldout2 …) are measured, with no floor tuned on them: figures printed.
    try (var dirs = java.nio.file.Files.list(LabelledPagesOnDisk.testdata())) {
      for (Path d : dirs.filter(x -> x.getFileName().toString().startsWith("heldout")
          && !x.getFileName().toString().equals("heldout") && java.nio.file.Files.isDirectory(x.resolve("pages"))).toList()) {
        ExtractionEval.Summary s = measure(d, d.getFileName().toString());
        assertThat(s.pages()).isPositive();
      }
    }
  }

  @Test
  void noSamplePageLosesCharactersInDecoding() {
    for (Path dir : List.of(LabelledPagesOnDisk.testdata().resolve("sites"), LabelledPagesOnDisk.testdata().resolve("heldout"))) {
      for (LabelledPage p : LabelledPages.load(List.of(dir)).pages()) {
        ExtractionEval.PageResult r = ExtractionEval.evaluate(PIPELINE, p);
        if (r.article() == null) {
          continue;
        }
        String text = (r.article().title() == null ? "" : r.article().title()) + r.article().body();
        assertThat(text).as(p.id()).doesNotContain("\uFFFD").doesNotContain("锟斤拷");
        boolean seedWithLostText = p.id().contains("seed") || p.expected().body() != null && p.expected().body().contains("??");
        if (!seedWithLostText) {
          assertThat(text).as(p.id()).doesNotContain("??");
        }
      }
    }
  }
}
