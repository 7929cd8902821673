/**
 * Measurement of the enrichment against labelled pages: loading the labelled JSON, scoring each facet
 * as precision and recall, and the syndication pair scores.
 */
package org.aidnews.indexer.enrich.eval;
