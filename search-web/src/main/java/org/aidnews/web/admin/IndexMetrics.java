package org.aidnews.web.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.web.AidnewsProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Index and crawl gauges for Micrometer, shown at {@code /actuator/metrics/<name>}:
 * <ul>
 *   <li>{@code aidnews.index.articles}: documents (articles) in the served index;
 *   <li>{@code aidnews.index.size} (bytes): files of the served generation on disk;
 *   <li>{@code aidnews.index.commit.time} (seconds since the epoch) and {@code aidnews.index.commit.age} (seconds):
 *       the last commit of the served index;
 *   <li>{@code aidnews.crawl.last.time} (seconds since the epoch) and {@code aidnews.crawl.last.age} (seconds):
 *       the last crawl, read from the crawl logs and WARC files in {@code aidnews.warc} (see {@link LastCrawl}).
 * </ul>
 * A value that cannot be told (no index yet, SolrCloud instead of a local index, no crawl) is NaN, which
 * is Micrometer's "no value" and shows as {@code "NaN"} in the actuator JSON: never an error. Request
 * latency comes from Spring's own {@code http.server.requests}. Also an "index" health contributor: UP
 * when an index is served, OUT_OF_SERVICE before the first one. Exposure (health and metrics only) is
 * set in application.properties.
 */
@Component("index")
class IndexMetrics implements HealthIndicator {
  private final ArticleSearch search;
  private final IndexLocation location;
  private final LastCrawl lastCrawl;

  IndexMetrics(ArticleSearch search, AidnewsProperties props, MeterRegistry registry) {
    this.search = search;
    this.location = new IndexLocation(props.index());
    this.lastCrawl = new LastCrawl(props.warc());
    Gauge.builder("aidnews.index.articles", this, m -> m.status().articles())
        .description("articles in the served index").register(registry);
    Gauge.builder("aidnews.index.size", this, IndexMetrics::indexBytes).baseUnit("bytes")
        .description("size on disk of the served index generation").register(registry);
    Gauge.builder("aidnews.index.commit.time", this, m -> epochSeconds(m.status().committedAt())).baseUnit("seconds")
        .description("last commit of the served index, seconds since 1970-01-01T00:00Z").register(registry);
    Gauge.builder("aidnews.index.commit.age", this, m -> age(m.status().committedAt())).baseUnit("seconds")
        .description("seconds since the last commit of the served index").register(registry);
    Gauge.builder("aidnews.crawl.last.time", this, m -> epochSeconds(m.lastCrawl.time().orElse(null)))
        .baseUnit("seconds").description("last crawl activity in the WARC directory, seconds since 1970-01-01T00:00Z")
        .register(registry);
    Gauge.builder("aidnews.crawl.last.age", this, m -> age(m.lastCrawl.time().orElse(null))).baseUnit("seconds")
        .description("seconds since the last crawl activity in the WARC directory").register(registry);
  }

  private static double epochSeconds(Instant t) {
    return t == null ? Double.NaN : t.toEpochMilli() / 1000.0;
  }

  private static double age(Instant t) {
    return t == null ? Double.NaN : Duration.between(t, Instant.now()).toMillis() / 1000.0;
  }

  /** Bytes of the served generation's files; NaN without a local index (none yet, or SolrCloud). */
  private double indexBytes() {
    try {
      Optional<Path> gen = location.current();
      if (gen.isEmpty()) {
        return Double.NaN;
      }
      long total = 0;
      try (Stream<Path> files = Files.walk(gen.get(), 2)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          try {
            if (Files.isRegularFile(f)) {
              total += Files.size(f);
            }
          } catch (IOException e) {
            // a segment file merged away while we counted: not part of the index any more
          }
        }
      }
      return total;
    } catch (IOException | UncheckedIOException e) {
      return Double.NaN;
    }
  }

  private SearchService.Status status() {
    try {
      return search.status();
    } catch (IOException e) {
      return new SearchService.Status(false, null, 0, null, null);
    }
  }

  @Override
  public Health health() {
    SearchService.Status s = status();
    return s.open() ? Health.up().build() : Health.outOfService().build();
  }
}
