package org.aidnews.indexer.model;

/** The writing system of a page's own text, as ISO 15924 codes. */
public enum Script {
  /** Simplified Chinese. */
  Hans,
  /** Traditional Chinese. */
  Hant
}
