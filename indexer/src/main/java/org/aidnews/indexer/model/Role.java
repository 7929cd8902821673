package org.aidnews.indexer.model;

/** The part a place plays in an assistance story. */
public enum Role {
  /** 援出方: the assisting province, city or unit. */
  helper,
  /** 受援方: the region receiving assistance. */
  recipient,
  /** Named in the article without a side. */
  mentioned
}
