package org.aidnews.web;

import java.io.IOException;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.indexer.solr.EmbeddedArticleSearch;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The search bean for the controller slice tests: the embedded engine over {@link TestIndex}. */
@TestConfiguration
public class TestSearchConfig {
  @Bean(destroyMethod = "close")
  ArticleSearch searchService() throws IOException {
    return new EmbeddedArticleSearch(new SearchService(TestIndex.root()));
  }
}
