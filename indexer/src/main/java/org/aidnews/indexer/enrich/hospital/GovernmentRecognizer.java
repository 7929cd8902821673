package org.aidnews.indexer.enrich.hospital;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidnews.indexer.enrich.place.Division;
import org.aidnews.indexer.enrich.place.DivisionLevel;
import org.aidnews.indexer.enrich.place.PlaceMention;

/**
 * Government bodies that sign agreements or lead aid: a place followed by 人民政府, 政府, 卫健委,
 * 卫生健康局, 援疆指挥部 …. The canonical name uses the place's full name and 人民政府 for 政府
 * (甘谷县政府 → 甘谷县人民政府). A bare 县政府 is the county the article names most.
 */
public final class GovernmentRecognizer {
  private static final Pattern BODY = Pattern.compile(
      "^(人民政府|政府|卫生健康委员会|卫生健康委|卫健委|卫生健康局|卫健局|卫生局|援疆前方指挥部|援疆指挥部|援藏指挥部|援青指挥部|前方指挥部|指挥部)");
  private static final Pattern BARE = Pattern.compile("(县|市)(人民政府|政府)");

  public List<InstitutionMention> recognize(String text, List<PlaceMention> places) {
    List<InstitutionMention> out = new ArrayList<>();
    Map<Division, Integer> counties = new LinkedHashMap<>();
    Map<Division, Integer> cities = new LinkedHashMap<>();
    boolean[] taken = new boolean[text.length() + 1];
    for (PlaceMention p : places) {
      if (p.pairRole() != null) {
        continue;
      }
      Division d = p.division();
      if (d.level() == DivisionLevel.COUNTY && d.name().endsWith("县")) {
        counties.merge(d, 1, Integer::sum);
      } else if (d.name().endsWith("市")) {
        cities.merge(d, 1, Integer::sum);
      }
      Matcher m = BODY.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 8)));
      if (m.find()) {
        String body = m.group(1).equals("政府") ? "人民政府" : m.group(1);
        int end = p.end() + m.end();
        out.add(new InstitutionMention(p.start(), end, text.substring(p.start(), end), d.name() + body,
            InstitutionKind.GOVERNMENT, d, tierOf(d)));
        for (int i = p.start(); i < end; i++) {
          taken[i] = true;
        }
      }
    }
    Matcher m = BARE.matcher(text);
    while (m.find()) {
      if (taken[m.start()]) {
        continue;
      }
      Division d = mostNamed(m.group(1).equals("县") ? counties : cities);
      if (d != null) {
        out.add(new InstitutionMention(m.start(), m.end(), m.group(), d.name() + "人民政府", InstitutionKind.GOVERNMENT, d,
            tierOf(d)));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static int tierOf(Division d) {
    return switch (d.level()) {
      case PROVINCE -> 3;
      case PREFECTURE -> 2;
      case COUNTY -> 1;
    };
  }

  private static Division mostNamed(Map<Division, Integer> counts) {
    Division best = null;
    int n = 0;
    boolean tie = false;
    for (Map.Entry<Division, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
        tie = false;
      } else if (e.getValue() == n) {
        tie = true;
      }
    }
    return tie ? null : best;
  }
}
