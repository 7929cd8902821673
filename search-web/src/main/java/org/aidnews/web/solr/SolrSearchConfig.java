package org.aidnews.web.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidnews.indexer.search.Synonyms;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.indexer.solr.SolrSearchService;
import org.aidnews.indexer.solr.SolrTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code aidnews.solr.url=http://host:8983/solr/aidnews} (several seed nodes comma-separated
 * before the collection), provides an {@link ArticleSearch} answered by SolrCloud. The controllers
 * take {@code SearchService} today; once they take {@link ArticleSearch} (an embedded adapter is
 * {@code EmbeddedArticleSearch}), this bean is the whole switch.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aidnews.solr.url")
public class SolrSearchConfig {
  private static final Logger log = LoggerFactory.getLogger(SolrSearchConfig.class);

  @Bean(destroyMethod = "close")
  ArticleSearch solrArticleSearch(@Value("${aidnews.solr.url}") String url,
      org.aidnews.web.AidnewsProperties props) throws IOException {
    Path synonymsFile = props.synonyms();
    Synonyms synonyms = Files.isRegularFile(synonymsFile) ? Synonyms.load(synonymsFile) : Synonyms.none();
    SolrSearchService solr = new SolrSearchService(SolrTarget.parse(url), synonyms);
    solr.onEvent(m -> log.warn("solr: {}", m));
    try {
      log.info("search served by SolrCloud {}: {}", url, solr.status());
    } catch (IOException | RuntimeException e) {
      // Start anyway: the cluster may come up after the portal; searches retry and fail over.
      log.warn("SolrCloud {} not answering yet: {}", url, e.getMessage());
    }
    return solr;
  }
}
