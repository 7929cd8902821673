package org.aidnews.web;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.aidnews.indexer.search.Synonyms;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.indexer.solr.EmbeddedArticleSearch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.aidnews.indexer.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Opens the index read-only and follows the indexer's commits and published rebuilds. */
@Configuration(proxyBeanMethods = false)
class IndexConfig {
  private static final Logger log = LoggerFactory.getLogger(IndexConfig.class);

  /**
   * The search time limit, {@code aidnews.search.timeout} (a duration: {@code 10s}, {@code 500ms};
   * default 10 s; 0 switches it off). A search that runs longer is stopped and the user is told
   * to narrow the query ({@code SearchTimeoutException}, a {@code BadQueryException}, so HTTP 400
   * with a problem body, as issue 6 asks of abusive queries): one costly query cannot hold a
   * thread of a 2-core server for long. The limit is for pathological queries, not for shedding
   * load: at 3 s ordinary searches were refused while the 2-core test machine ran a rebuild under
   * 8 clients (p99 3.4 s), and a slow answer serves a journalist better than a refusal. Read here
   * rather than in AidnewsProperties, which belongs to the portal's configuration.
   */
  @Bean(destroyMethod = "close")
  SearchService searchService(AidnewsProperties props,
      @Value("${aidnews.search.timeout:10s}") Duration timeout) throws IOException {
    Synonyms synonyms = Synonyms.none();
    if (Files.isRegularFile(props.synonyms())) {
      synonyms = Synonyms.load(props.synonyms()); // a malformed line stops start-up, naming file and line
      log.info("Loaded {} synonym entries from {}", synonyms.size(), props.synonyms());
    } else {
      log.warn("No synonym file at {}: queries are not expanded", props.synonyms().toAbsolutePath());
    }
    Duration limit = timeout == null || timeout.isZero() || timeout.isNegative() ? null : timeout;
    if (limit == null) {
      log.warn("aidnews.search.timeout is {}: searches run without a time limit", timeout);
    }
    SearchService service = new SearchService(props.index(), synonyms, limit);
    SearchService.Status status = service.status();
    if (status.open()) {
      log.info("Serving index {} ({} articles) from {}", status.generation(), status.articles(),
          props.index().toAbsolutePath());
    } else {
      log.warn("No published index under {} yet: searches return nothing until ./aidnews index publishes one",
          props.index().toAbsolutePath());
    }
    return service;
  }

  /** The embedded engine answers searches unless SolrCloud is configured (aidnews.solr.url; see SolrSearchConfig). */
  @Bean
  @ConditionalOnExpression("'${aidnews.solr.url:}'.isEmpty()")
  ArticleSearch embeddedArticleSearch(SearchService service) {
    return new EmbeddedArticleSearch(service);
  }

  @Bean
  IndexRefresher indexRefresher(SearchService service) {
    return new IndexRefresher(service);
  }

  /** Checks every two seconds for a new commit or a newly published generation. */
  static final class IndexRefresher {
    private final SearchService service;

    IndexRefresher(SearchService service) {
      this.service = service;
    }

    @Scheduled(fixedDelay = 2000, initialDelay = 2000)
    void refresh() {
      try {
        service.refresh();
      } catch (IOException | RuntimeException e) {
        log.warn("Index refresh failed; still serving the previous searcher: {}", e.getMessage());
      }
    }
  }
}
