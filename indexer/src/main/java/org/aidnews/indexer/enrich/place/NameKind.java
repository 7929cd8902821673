package org.aidnews.indexer.enrich.place;

/** How a piece of text names a division. */
public enum NameKind {
  /** The official full name: 阿克苏地区, 疏附县. */
  FULL,
  /** A listed alias: 克州, 兵团. */
  ALIAS,
  /** The name without its suffix: 阿克苏, 疏附. Weak for counties: needs context. */
  SHORT
}
