/**
 * Syndicated copies: body normalisation, a SimHash-64 key for "same page", and MinHash signatures
 * with LSH banding that group copies of one story across sites.
 */
package org.aidnews.indexer.enrich.syndication;
