package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.extract.eval.ExtractionEval;
import org.aidnews.indexer.extract.eval.LabelledPage;
import org.aidnews.indexer.extract.eval.LabelledPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extraction fixtures (pages written while building the rules), page by page through the whole
 * pipeline: title, published, script, isArticle and charset (by family) exactly, body by character F1.
 * The sample sites and the held-out pages are measured in aggregate by {@link LabelledSetsExtractionTest}.
 */
class GoldenPagesTest {
  /** Per page. The aim over all pages is 0.97 on average; one page may be harder. */
  static final double MIN_BODY_F1 = 0.90;

  private static final Pipeline PIPELINE = Pipeline.standard();

  static Stream<LabelledPage> pages() {
    return LabelledPages.load(java.util.List.of(LabelledPagesOnDisk.fixtures())).pages().stream();
  }

  @Test
  void labelFilesAllRead() {
    LabelledPages loaded = LabelledPages.load(LabelledPagesOnDisk.directories());
    // Every label file of the fixtures, the sample sites and the held-out set parses.
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.pages()).hasSizeGreaterThanOrEqualTo(11);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void extractsWhatTheLabelSays(LabelledPage page) {
    ExtractionEval.PageResult r = ExtractionEval.evaluate(PIPELINE, page);
    LabelledPage.Expected e = page.expected();
    assertThat(r.charsetOk()).as("charset %s", r.misses()).isTrue();
    assertThat(r.isArticleOk()).as("isArticle %s", r.misses()).isTrue();
    if (e.isArticle()) {
      assertThat(r.article().title()).as("title").isEqualTo(e.title());
      assertThat(r.article().published() == null ? null : r.article().published().toString()).as("published")
          .isEqualTo(e.published());
      if (e.hasScript()) {
        assertThat(r.article().script().name()).as("script").isEqualTo(e.script());
      }
      if (r.body() != null) {
        assertThat(r.body().f1()).as("body F1 (P %.3f R %.3f)\n%s", r.body().precision(), r.body().recall(),
            r.article().body()).isGreaterThanOrEqualTo(MIN_BODY_F1);
      }
    }
  }
}
