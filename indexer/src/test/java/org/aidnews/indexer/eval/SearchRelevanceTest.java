package org.aidnews.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The relevance table (testdata/relevance.tsv) over the sample sites, indexed the real way: our
 * search must beat plain smartcn on both mean nDCG@10 and mean recall@10. Prints the table.
 */
class SearchRelevanceTest {
  static Path testdata() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isRegularFile(p.resolve("testdata/relevance.tsv"))) {
      p = p.getParent();
    }
    assertThat(p).as("testdata/relevance.tsv above the working directory").isNotNull();
    return p.resolve("testdata");
  }

  @Test
  void oursBeatsPlainSmartcnOnBothMeans() throws Exception {
    SearchEvaluation.Report r = SearchEvaluation.run(testdata());
    System.out.print(r.table());
    assertThat(r.rows()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(r.ndcg()).as("mean nDCG@10, ours vs smartcn").isGreaterThan(r.baseNdcg());
    assertThat(r.recall()).as("mean recall@10, ours vs smartcn").isGreaterThan(r.baseRecall());
  }

  @Test
  void metricsOnAToyRanking() {
    var relevant = java.util.Set.of("a", "b");
    var ranks = java.util.List.of(java.util.Set.of("a"), java.util.Set.of("x"), java.util.Set.of("b", "c"));
    assertThat(SearchEvaluation.recall(ranks, relevant)).isEqualTo(1.0);
    double ideal = 1 + 1 / (Math.log(3) / Math.log(2));
    double dcg = 1 + 1 / (Math.log(4) / Math.log(2));
    assertThat(SearchEvaluation.ndcg(ranks, relevant)).isCloseTo(dcg / ideal, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(SearchEvaluation.ndcg(java.util.List.of(), relevant)).isZero();
  }
}
