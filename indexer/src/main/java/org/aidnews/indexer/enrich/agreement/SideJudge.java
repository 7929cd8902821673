package org.aidnews.indexer.enrich.agreement;

import java.util.ArrayList;
import java.util.List;
import org.aidnews.indexer.enrich.hospital.InstitutionMention;
import org.aidnews.indexer.enrich.place.AidContext;
import org.aidnews.indexer.enrich.place.Division;
import org.aidnews.indexer.enrich.place.Gazetteer;
import org.aidnews.indexer.model.Side;

/**
 * Which side of an arrangement an institution is on. In a story framed as 援疆/援藏/东西部协作 the
 * framing decides by location (an institution in the receiving region receives, one elsewhere helps).
 * Otherwise seniority decides: a province or university hospital helps a county one; a county
 * government receives from a province hospital. Equal seniority and no framing leave the side unknown.
 */
public final class SideJudge {
  private final Gazetteer gazetteer;

  public SideJudge(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<Side> sides(List<InstitutionMention> parties, AidContext context) {
    int max = Integer.MIN_VALUE;
    int min = Integer.MAX_VALUE;
    for (InstitutionMention p : parties) {
      max = Math.max(max, p.tier());
      min = Math.min(min, p.tier());
    }
    List<Side> out = new ArrayList<>();
    for (InstitutionMention p : parties) {
      Division prov = p.location() == null ? null : gazetteer.province(p.location());
      if (context.hasRegion() && prov != null) {
        out.add(context.inRegion(prov) ? Side.recipient : Side.helper);
      } else if (max > min && p.tier() == max) {
        out.add(Side.helper);
      } else if (max > min && p.tier() == min) {
        out.add(Side.recipient);
      } else {
        out.add(Side.unknown);
      }
    }
    // A framing that puts everyone on one side says nothing: fall back to seniority.
    if (parties.size() > 1 && out.stream().distinct().count() == 1 && out.get(0) != Side.unknown && max > min) {
      out.clear();
      for (InstitutionMention p : parties) {
        out.add(p.tier() == max ? Side.helper : p.tier() == min ? Side.recipient : Side.unknown);
      }
    }
    return out;
  }
}
