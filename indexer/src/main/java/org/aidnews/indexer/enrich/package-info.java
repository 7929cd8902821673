/**
 * Enrichment: places with helper/recipient roles, hospitals and aliases, agreements, topics and the
 * syndication key. {@link org.aidnews.indexer.enrich.Enricher} is the front door; the tables live in
 * {@code config/gazetteer/} and {@code config/hospitals.tsv} ({@link org.aidnews.indexer.enrich.ConfigFiles}).
 * Sub-packages: {@code text} (the automaton), {@code place}, {@code hospital}, {@code agreement},
 * {@code topic}, {@code syndication} (SimHash key and the cross-article MinHash clusterer the index
 * stage calls), {@code eval} (precision and recall on labelled pages).
 */
package org.aidnews.indexer.enrich;
