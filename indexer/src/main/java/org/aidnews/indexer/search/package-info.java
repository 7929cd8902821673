/**
 * The search core: a safe query language over the index, multi-select facets with drill-sideways
 * counts, highlighting, and refresh when the indexer publishes. The web app is a thin layer on it.
 */
package org.aidnews.indexer.search;
