package org.aidnews.web.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.solr.ArticleSearch;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Index gauges for Micrometer ({@code aidnews.index.articles}, {@code aidnews.index.commit.age}) and
 * an "index" health contributor: UP when an index is served, OUT_OF_SERVICE before the first one.
 * Only {@code /actuator/health} is exposed by default; an operator can expose metrics with
 * {@code management.endpoints.web.exposure.include=health,metrics}.
 */
@Component("index")
class IndexMetrics implements HealthIndicator {
  private final ArticleSearch search;

  IndexMetrics(ArticleSearch search, MeterRegistry registry) {
    this.search = search;
    Gauge.builder("aidnews.index.articles", this, m -> m.status().articles()).register(registry);
    Gauge.builder("aidnews.index.commit.age", this, m -> {
      Instant t = m.status().committedAt();
      return t == null ? Double.NaN : Duration.between(t, Instant.now()).toSeconds();
    }).baseUnit("seconds").register(registry);
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
