package org.aidnews.indexer.solr;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.aidnews.indexer.search.NameSuggester;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult;
import org.aidnews.indexer.search.SearchService;

/** {@link ArticleSearch} over the embedded Lucene index: a plain adapter for {@link SearchService}. */
public final class EmbeddedArticleSearch implements ArticleSearch {
  private final SearchService service;

  public EmbeddedArticleSearch(SearchService service) {
    this.service = service;
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return service.search(request);
  }

  @Override
  public SearchService.AgreementResult searchAgreements(SearchRequest request) throws IOException {
    return service.searchAgreements(request);
  }

  @Override
  public Optional<SearchService.ArticleView> article(String id) throws IOException {
    return service.article(id);
  }

  @Override
  public List<NameSuggester.Suggestion> suggest(String prefix, int n) throws IOException {
    return service.suggest(prefix, n);
  }

  @Override
  public SearchService.Status status() throws IOException {
    return service.status();
  }

  @Override
  public void refresh() throws IOException {
    service.refresh();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
