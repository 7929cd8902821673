/** Enrichment: gazetteer places with helper/recipient roles, hospitals and aliases, agreements, topics. */
package org.aidnews.indexer.enrich;
