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
