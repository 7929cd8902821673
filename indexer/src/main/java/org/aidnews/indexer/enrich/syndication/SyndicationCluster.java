package org.aidnews.indexer.enrich.syndication;

import java.util.List;

/**
 * Copies of one story on several sites.
 *
 * @param canonicalId the copy to show: the earliest published (undated copies last, then first added)
 * @param memberIds   every copy, the canonical one first
 */
public record SyndicationCluster(String canonicalId, List<String> memberIds) {
  public SyndicationCluster {
    memberIds = List.copyOf(memberIds);
  }
}
