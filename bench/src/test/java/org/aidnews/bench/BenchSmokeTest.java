package org.aidnews.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.index.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole harness on a small corpus so it cannot rot: every figure must be produced and
 * positive, and the hand-written part of benchmarks.md must survive. No timing is asserted.
 * The web app is started when search-web has been packaged; otherwise the harness measures
 * start-up and heap in-process.
 */
class BenchSmokeTest {
  @TempDir
  Path tmp;

  @Test
  void smokeRunProducesEveryFigure() throws Exception {
    Path docs = tmp.resolve("docs");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("benchmarks.md"), "old\n" + Report.HAND_MARKER + "\nKEEP THIS READING\n",
        StandardCharsets.UTF_8);
    Bench.Options o = Bench.options(Map.of("--smoke", "true", "--articles", "1000", "--work", tmp.resolve("work").toString(),
        "--docs", docs.toString(), "--http-seconds", "2", "--queries", "200", "--solr", "none"));
    Bench.run(o, line -> { });

    @SuppressWarnings("unchecked")
    Map<String, Object> json = Json.mapper().readValue(
        Files.readString(docs.resolve("benchmarks.json"), StandardCharsets.UTF_8), Map.class);
    for (String key : List.of("articles", "indexing.pipelineDocsPerSec", "indexing.rawLuceneDocsPerSec", "indexing.ratio",
        "search.1000.p50Ms", "search.1000.p99Ms", "search.1000.qps", "search.1000.rawP99Ms", "heapMb", "startupSec")) {
      assertThat(json).as(key).containsKey(key);
      assertThat(((Number) json.get(key)).doubleValue()).as(key).isPositive();
    }
    assertThat(json.get("articles")).isEqualTo(1000);
    assertThat((String) json.get("date")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(json).doesNotContainKeys("solr");

    String md = Files.readString(docs.resolve("benchmarks.md"), StandardCharsets.UTF_8);
    assertThat(md).contains("<!-- run:1000 -->", "Search, in-process", "KEEP THIS READING").doesNotStartWith("old");
    assertThat(md.indexOf(Report.HAND_MARKER)).isGreaterThan(md.indexOf("<!-- /run:1000 -->"));
  }
}
