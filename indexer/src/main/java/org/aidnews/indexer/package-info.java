/**
 * The indexer: reads WARC records and turns each page into an enriched article in a Lucene index.
 * {@link org.aidnews.indexer.Pipeline} holds the order of the stages; {@code cli.IndexerCli} is the
 * front door; {@code search} is the search core the web app opens read-only.
 */
package org.aidnews.indexer;
