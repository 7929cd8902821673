package org.aidnews.indexer.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.aidnews.indexer.search.NameSuggester;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult;
import org.aidnews.indexer.search.SearchService;

/**
 * The search operations the web app uses, whichever engine answers them: the embedded Lucene index
 * ({@link EmbeddedArticleSearch}) or SolrCloud ({@link SolrSearchService}). Same requests, same
 * result records. (The web app's controllers still take {@code SearchService}; switching them to
 * this interface is the one change outside this package the Solr back end needs.)
 */
public interface ArticleSearch extends Closeable {
  SearchResult search(SearchRequest request) throws IOException;

  SearchService.AgreementResult searchAgreements(SearchRequest request) throws IOException;

  Optional<SearchService.ArticleView> article(String id) throws IOException;

  List<NameSuggester.Suggestion> suggest(String prefix, int n) throws IOException;

  SearchService.Status status() throws IOException;

  /** Picks up new data where the engine needs telling (the embedded index); a no-op for Solr. */
  void refresh() throws IOException;
}
