/** The immutable records handed from one indexing stage to the next (page → article → enriched article). */
package org.aidnews.indexer.model;
