package org.aidnews.indexer.model;

/** Why a page was not indexed as an article. A rejected page is an outcome, counted, never an error. */
public enum RejectReason {
  /** A list, index, navigation or search page rather than a single article. */
  NOT_ARTICLE,
  /** Too little main text to be an article. */
  TOO_SHORT,
  /** An article, but not about health assistance. */
  OFF_TOPIC,
  /** The bytes could not be decoded into text by any candidate charset. */
  UNDECODABLE,
  /** Not an HTML page (image, PDF, ...) or not a 2xx response. */
  NOT_HTML,
  /** A continuation page of a multi-page article, merged into its first page. */
  CONTINUATION,
  /** The record cannot be indexed as it is (e.g. a URL longer than an index term may be). */
  UNINDEXABLE
}
