/** The index schema (fields, analyzers, facets) and writing enriched articles into Lucene. */
package org.aidnews.indexer.index;
