package org.aidnews.indexer.model;

/** The side a party takes in an agreement. */
public enum Side {
  helper,
  recipient,
  unknown
}
