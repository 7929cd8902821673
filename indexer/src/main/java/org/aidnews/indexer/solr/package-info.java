/**
 * The same product on SolrCloud, for when one machine is not enough. Everything here talks to Solr
 * over HTTP with SolrJ's JDK-HttpClient client (no Lucene 9, no Jetty on this class path):
 * <ul>
 *   <li>{@link org.aidnews.indexer.solr.SolrSchema} derives the Solr field layout from
 *       {@link org.aidnews.indexer.index.Schema}; {@link org.aidnews.indexer.solr.ConfigsetWriter}
 *       writes it out as a configset (one schema, two engines);</li>
 *   <li>{@link org.aidnews.indexer.solr.SolrSetupCommand} uploads the configset and creates the
 *       collection; {@link org.aidnews.indexer.solr.SolrIndexCommand} runs the indexing pipeline into it
 *       through {@link org.aidnews.indexer.solr.SolrArticleSink} (batched, retried, idempotent by id);</li>
 *   <li>{@link org.aidnews.indexer.solr.SolrSearchService} answers the same
 *       {@link org.aidnews.indexer.search.SearchRequest}s with the same
 *       {@link org.aidnews.indexer.search.SearchResult}s as the embedded engine, behind the
 *       {@link org.aidnews.indexer.solr.ArticleSearch} interface.</li>
 * </ul>
 * SolrJ types stay inside this package: callers see our records only.
 */
package org.aidnews.indexer.solr;
