package org.aidnews.indexer.model;

import java.util.List;
import java.util.Set;

/**
 * What the extraction and cleaning rules found on one page.
 *
 * @param rules        names of the rules that fired, in order (for audits and bug reports)
 * @param flags        defects found
 * @param lostChars    number of characters lost before the page reached us
 * @param rejectReason why the page is not indexed, or null when it is
 */
public record Quality(List<String> rules, Set<QualityFlag> flags, int lostChars, RejectReason rejectReason) {
  public Quality {
    rules = List.copyOf(rules);
    flags = Set.copyOf(flags);
  }

  public boolean rejected() {
    return rejectReason != null;
  }
}
