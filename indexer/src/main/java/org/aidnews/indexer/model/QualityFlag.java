package org.aidnews.indexer.model;

/** Defects found on a page that is still indexed; shown to users and counted in summaries. */
public enum QualityFlag {
  /** Characters lost before we got the page: '??' runs, U+FFFD, 锟斤拷, private-use characters. */
  LOST_CHARACTERS,
  /** Reader annotations such as 發(fā)布 were found and removed. */
  PINYIN_REMOVED,
  /** Title fragments pasted into sentences by a content farm (spun text). */
  SPUN_TEXT,
  /** No title found on the page; one was derived from the body. */
  NO_TITLE,
  /** No publish date found. */
  NO_DATE,
  /** The publish date's year was inferred (from the URL, another date or the fetch time). */
  YEAR_INFERRED,
  /** The declared charset was wrong and another one decoded the page. */
  CHARSET_MISMATCH,
  /** Spam or off-topic lines were removed from the page. */
  SPAM_REMOVED
}
