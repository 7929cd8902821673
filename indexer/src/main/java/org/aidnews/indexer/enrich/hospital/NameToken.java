package org.aidnews.indexer.enrich.hospital;

import org.aidnews.indexer.enrich.place.Division;

/**
 * One piece of an institution name, as {@link NameParser} splits it.
 *
 * @param kind     what the piece is
 * @param start    offset in the text
 * @param end      end offset (exclusive)
 * @param text     the piece
 * @param division for a place piece, its most likely division (may be null when ambiguous)
 * @param fullName for a place piece, whether it is written in full or as a listed alias (not a short name)
 */
record NameToken(Kind kind, int start, int end, String text, Division division, boolean fullName) {
  NameToken(Kind kind, int start, int end, String text, Division division) {
    this(kind, start, end, text, division, false);
  }

  enum Kind {
    /** A division name: 杭州市, 阿克苏地区, 叙永. */
    PLACE,
    /** A word that makes a name specific: 人民, 中医, 附属, 红十字会, 协和. */
    STEM,
    /** 大学, 医科大学, 医学院: the word before it is the university's own name. */
    UNIVERSITY,
    /** A bare level word standing for a place the reader knows: 省, 市, 县, 地区. */
    LEVEL,
    /** 第三, 八: an ordinal. */
    ORDINAL,
    /** A word that makes the phrase a description rather than a name: 三甲, 定点, 对口, 基层. */
    GENERIC,
    /** Characters in no dictionary: a proper name (西溪) or the verb before a name. */
    UNKNOWN,
    /** A hospital suffix inside a longer name (the 医院 of 附属医院 in 附属医院医疗集团叙永医院). */
    INNER_SUFFIX,
    /** The suffix the name was found by: 医院, 卫生院, 疾控中心 … */
    SUFFIX
  }
}
