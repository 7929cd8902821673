/**
 * Places: the GB/T 2260 gazetteer, recognition of division names in text with context-based
 * disambiguation, and the helper (援出方) / recipient (受援方) roles of the places found.
 */
package org.aidnews.indexer.enrich.place;
