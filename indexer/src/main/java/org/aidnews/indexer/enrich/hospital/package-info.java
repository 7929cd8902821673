/**
 * Hospitals and other institutions that sign: suffix-anchored name recognition with a left boundary,
 * abbreviations declared in the text (以下简称“市八医院”), abbreviations resolved from the article's own
 * places and hospitals (省中医院, 县人民医院), a curated alias table, and government parties.
 */
package org.aidnews.indexer.enrich.hospital;
