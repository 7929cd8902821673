package org.aidnews.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.aidnews.indexer.enrich.eval.LabelledPage;
import org.aidnews.indexer.enrich.syndication.BodyNormalizer;
import org.aidnews.indexer.enrich.syndication.SimHash;
import org.aidnews.indexer.enrich.syndication.SyndicationCluster;
import org.aidnews.indexer.enrich.syndication.SyndicationClusterer;
import org.junit.jupiter.api.Test;

class SyndicationTest {
  @Test
  void normalizingDropsCreditsPunctuationAndWidth() {
    assertThat(BodyNormalizer.normalize("原标题：某某\n来源：宁波日报\n宁波，库车！ＡＢＣ 12\n责任编辑：王某")).isEqualTo("宁波库车abc12");
  }

  @Test
  void copiesClusterAndTheEarliestIsCanonicalButAnotherReportOfTheEventDoesNot() {
    LabelledPage original = Fixtures.article("own-09-ningbo-kuqa-original.json");
    LabelledPage copy = Fixtures.article("own-10-ningbo-kuqa-copy.json");
    LabelledPage other = Fixtures.article("own-11-kuqa-other-report.json");
    SyndicationClusterer c = new SyndicationClusterer();
    c.add("copy", copy.published(), copy.body());
    c.add("other", other.published(), other.body());
    c.add("original", original.published(), original.body());
    c.add("seed", LocalDate.of(2021, 5, 28), Fixtures.article("seed-000.json").body());
    assertThat(c.clusters()).containsExactly(new SyndicationCluster("original", java.util.List.of("original", "copy")));
    assertThat(c.similarity("original", "copy")).isGreaterThan(0.6);
    assertThat(c.similarity("original", "other")).isLessThan(0.3);
  }

  @Test
  void aCopyCutToItsFirstParagraphsJoinsByContainmentButAShortUnrelatedTextDoesNot() {
    String original = Fixtures.article("own-09-ningbo-kuqa-original.json").body();
    String[] paragraphs = original.split("\n");
    StringBuilder firstHalf = new StringBuilder();
    for (int i = 0; i < Math.max(1, paragraphs.length / 2); i++) {
      firstHalf.append(paragraphs[i]).append('\n');
    }
    String other = Fixtures.article("own-11-kuqa-other-report.json").body();
    SyndicationClusterer c = new SyndicationClusterer();
    c.add("original", LocalDate.of(2021, 6, 1), original);
    c.add("truncated", LocalDate.of(2021, 6, 2), "来源：某县融媒体中心\n" + firstHalf + "（完）");
    c.add("other", LocalDate.of(2021, 6, 2), other);
    assertThat(c.containment("original", "truncated")).isGreaterThanOrEqualTo(SyndicationClusterer.MIN_CONTAINMENT);
    assertThat(c.containment("original", "other")).isLessThan(0.4);
    assertThat(c.clusters()).containsExactly(new SyndicationCluster("original", java.util.List.of("original", "truncated")));
  }

  @Test
  void bandingFindsCopiesOfModerateSimilarityEveryTime() {
    // 32 bands of 4 rows: a pair with Jaccard 0.55 is a candidate with probability above 0.96 (16 × 8:
    // 0.13). Of forty re-edits (a third of the sentences reworded), each clustered alone with its
    // original, every one that verification accepts must be found by the banding.
    String original = Fixtures.article("own-09-ningbo-kuqa-original.json").body();
    String[] sentences = original.split("。");
    int acceptable = 0;
    int found = 0;
    for (int k = 0; k < 40; k++) {
      StringBuilder edit = new StringBuilder();
      for (int i = 0; i < sentences.length; i++) {
        edit.append(i % 3 == k % 3 ? "据" + k + "号通讯员报道" + sentences[i].length() + "字" : sentences[i]).append('。');
      }
      SyndicationClusterer c = new SyndicationClusterer();
      c.add("original", LocalDate.of(2021, 6, 1), original);
      c.add("edit", LocalDate.of(2021, 6, 2), edit.toString());
      if (c.similarity("original", "edit") >= 0.55) {
        acceptable++;
        found += c.clusters().size();
      }
    }
    assertThat(acceptable).isGreaterThanOrEqualTo(10);
    assertThat(found).isEqualTo(acceptable);
  }

  @Test
  void shortOrEmptyBodiesStayAlone() {
    SyndicationClusterer c = new SyndicationClusterer();
    c.add("a", null, "");
    c.add("b", null, "短");
    c.add("b", null, "duplicate id is ignored");
    assertThat(c.clusters()).isEmpty();
    assertThat(c.similarity("a", "b")).isZero();
  }

  @Test
  void badParametersAreNamed() {
    assertThatThrownBy(() -> new SyndicationClusterer(7, 0.5)).hasMessageContaining("bands");
    assertThatThrownBy(() -> new SyndicationClusterer(16, 0)).hasMessageContaining("minSimilarity");
  }

  @Test
  void simHashSamePageWithinThreeBitsDifferentArticlesFarApart() {
    String body = Fixtures.article("own-09-ningbo-kuqa-original.json").body();
    long a = SimHash.of(BodyNormalizer.normalize(body));
    long b = SimHash.of(BodyNormalizer.normalize("来源：宁波日报\n" + body.replace("。", "！") + "\n责任编辑：李四"));
    long other = SimHash.of(BodyNormalizer.normalize(Fixtures.article("own-11-kuqa-other-report.json").body()));
    assertThat(SimHash.distance(a, b)).isLessThanOrEqualTo(SimHash.SAME_PAGE_DISTANCE);
    assertThat(SimHash.distance(a, other)).isGreaterThan(10);
    assertThat(SimHash.hex(a)).hasSize(16);
  }
}
