package org.aidnews.indexer.enrich.place;

import org.aidnews.indexer.model.Role;

/**
 * A division named in the text.
 *
 * @param start    offset of the name in the matched text
 * @param end      end offset (exclusive)
 * @param text     the name as written
 * @param division the division it resolves to
 * @param kind     full name, alias or short name (a pair's halves count as aliases)
 * @param pairRole for one half of an aid pair (浙阿), the role the pair gives it; else null
 */
public record PlaceMention(int start, int end, String text, Division division, NameKind kind, Role pairRole) {}
