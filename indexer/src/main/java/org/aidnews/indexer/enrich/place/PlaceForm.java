package org.aidnews.indexer.enrich.place;

import java.util.List;

/**
 * Everything a matched string can mean: readings as divisions, an aid pair (浙阿), or a blocking
 * phrase (人民和) that hides the place names inside it.
 *
 * @param readings      the divisions it may name (empty for pairs and blockers)
 * @param pairHelper    for an aid pair, the helper division, else null
 * @param pairRecipient for an aid pair, the recipient division, else null
 * @param blocker       true for a phrase that is not a place
 */
public record PlaceForm(List<Reading> readings, Division pairHelper, Division pairRecipient, boolean blocker) {
  public PlaceForm {
    readings = List.copyOf(readings);
  }

  public boolean isPair() {
    return pairHelper != null;
  }
}
