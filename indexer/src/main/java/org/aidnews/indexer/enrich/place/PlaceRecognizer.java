package org.aidnews.indexer.enrich.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aidnews.indexer.enrich.text.PhraseMatcher;
import org.aidnews.indexer.enrich.text.PhraseMatcher.Hit;
import org.aidnews.indexer.model.Role;

/**
 * Finds divisions named in a text and resolves each name to one division.
 *
 * <p>Names are found in one automaton pass and chosen leftmost-longest. Then:
 * <ol>
 *   <li>runs of four or more names separated only by {@code |}, {@code /}, {@code ·} or spaces are
 *       navigation bars (安徽|北京|上海|…) and are dropped, as are lines made almost only of names;</li>
 *   <li><em>anchors</em> are names that can mean one thing: a unique full name or alias, a
 *       province or prefecture short name (阿克苏 names both 阿克苏地区 and 阿克苏市: the enclosing
 *       prefecture wins), or a half of an aid pair. Anchors and everything above them form the
 *       article's context;</li>
 *   <li>every other name is kept only when the context supports it: an ambiguous full name (城关区
 *       exists in many provinces) takes the reading whose province or prefecture the article also
 *       names; a county short name (疏附) needs its prefecture, province or full name elsewhere in the
 *       article. Short names that are common words (来宾, 合作) are never places on their own.</li>
 * </ol>
 */
public final class PlaceRecognizer {
  private static final int NAV_RUN = 4;
  private final Gazetteer gazetteer;

  public PlaceRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<PlaceMention> recognize(String text) {
    List<Hit<PlaceForm>> chosen = PhraseMatcher.leftmostLongest(gazetteer.matcher().findAll(text));
    List<Hit<PlaceForm>> names = new ArrayList<>();
    for (Hit<PlaceForm> h : chosen) {
      if (!h.value().blocker()) {
        names.add(h);
      }
    }
    names = dropNavigation(text, names);
    names = dropInsideRegionWords(text, names);

    // Anchors and context.
    List<PlaceMention> out = new ArrayList<>();
    Set<String> context = new HashSet<>();
    List<Hit<PlaceForm>> pending = new ArrayList<>();
    for (Hit<PlaceForm> h : names) {
      PlaceForm f = h.value();
      if (f.isPair()) {
        out.add(new PlaceMention(h.start(), h.end(), h.phrase(), f.pairHelper(), NameKind.ALIAS, Role.helper));
        out.add(new PlaceMention(h.start(), h.end(), h.phrase(), f.pairRecipient(), NameKind.ALIAS, Role.recipient));
        addLineage(context, f.pairHelper());
        addLineage(context, f.pairRecipient());
        continue;
      }
      Reading anchor = anchor(usable(f.readings()));
      if (anchor != null) {
        out.add(new PlaceMention(h.start(), h.end(), h.phrase(), anchor.division(), anchor.kind(), null));
        addLineage(context, anchor.division());
      } else {
        pending.add(h);
      }
    }
    for (Hit<PlaceForm> h : pending) {
      Reading r = resolveInContext(usable(h.value().readings()), context);
      if (r != null) {
        out.add(new PlaceMention(h.start(), h.end(), h.phrase(), r.division(), r.kind(), null));
      }
    }
    out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : 0);
    return out;
  }

  /** One-character province abbreviations that form region words with a direction (浙西, 皖南, 川北, 豫东). */
  private static final String PROVINCE_ABBREVIATIONS = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕秦甘陇青宁";

  /**
   * 浙西山区 is "the mountains of western Zhejiang", not 西山区 (a district of Kunming): a name that starts
   * with a direction right after a lone province abbreviation is read across a region word (浙西, 皖南,
   * 豫东) and dropped. The abbreviation must stand alone — 四川南充市 keeps 南充市, since 川 belongs to 四川.
   */
  private static List<Hit<PlaceForm>> dropInsideRegionWords(String text, List<Hit<PlaceForm>> names) {
    List<Hit<PlaceForm>> out = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      Hit<PlaceForm> h = names.get(i);
      int s = h.start();
      boolean regionWord = s > 0 && "东西南北".indexOf(text.charAt(s)) >= 0
          && PROVINCE_ABBREVIATIONS.indexOf(text.charAt(s - 1)) >= 0 && !coveredByLongerName(names, i, s - 1);
      if (!regionWord) {
        out.add(h);
      }
    }
    return out;
  }

  /** True when the character at {@code at} lies inside a name of two or more characters before hit {@code i}. */
  private static boolean coveredByLongerName(List<Hit<PlaceForm>> names, int i, int at) {
    for (int j = i - 1; j >= 0; j--) {
      Hit<PlaceForm> p = names.get(j);
      if (p.start() <= at && at < p.end()) {
        return p.end() - p.start() > 1;
      }
      if (p.end() <= at) {
        break;
      }
    }
    return false;
  }

  private static List<Reading> usable(List<Reading> readings) {
    List<Reading> out = new ArrayList<>(readings.size());
    for (Reading r : readings) {
      if (!r.commonWord()) {
        out.add(r);
      }
    }
    return out;
  }

  private void addLineage(Set<String> context, Division d) {
    for (Division p : gazetteer.lineage(d)) {
      context.add(p.code());
    }
  }

  /** The one reading a name must have, or null when it needs context. */
  private Reading anchor(List<Reading> readings) {
    if (readings.isEmpty()) {
      return null;
    }
    Reading top = enclosingAll(readings);
    if (top == null) {
      // Different divisions with no enclosing one: a province reading wins (海南 is 海南省 unless the
      // context says 青海), everything else waits for context.
      return null;
    }
    boolean strong = top.kind() != NameKind.SHORT || top.division().level() != DivisionLevel.COUNTY;
    return strong ? top : null;
  }

  /** The reading whose division encloses every other reading's, or null. */
  private Reading enclosingAll(List<Reading> readings) {
    for (Reading candidate : readings) {
      boolean all = true;
      for (Reading other : readings) {
        if (!gazetteer.within(other.division(), candidate.division())) {
          all = false;
          break;
        }
      }
      if (all) {
        return candidate;
      }
    }
    return null;
  }

  private Reading resolveInContext(List<Reading> readings, Set<String> context) {
    if (readings.isEmpty()) {
      return null;
    }
    List<Reading> supported = new ArrayList<>();
    for (Reading r : readings) {
      if (context.contains(r.division().code()) || (!r.division().parentCode().isEmpty() && supportedAbove(r.division(), context))) {
        supported.add(r);
      }
    }
    if (supported.size() == 1) {
      return supported.get(0);
    }
    if (supported.size() > 1) {
      // Prefer a reading whose prefecture (not only province) is in context, then the higher level.
      List<Reading> byPrefecture = new ArrayList<>();
      for (Reading r : supported) {
        Division pref = gazetteer.prefecture(r.division());
        if (pref != null && pref != r.division() && context.contains(pref.code())) {
          byPrefecture.add(r);
        }
      }
      if (byPrefecture.size() == 1) {
        return byPrefecture.get(0);
      }
      return highestUnique(supported);
    }
    // No context: a province reading stands on its own; a prefecture short name that is the only
    // prefecture reading too (the county readings under other prefectures are less likely).
    for (Reading r : readings) {
      if (r.division().isProvince()) {
        return r;
      }
    }
    Reading high = highestUnique(readings);
    if (high != null && high.division().level() == DivisionLevel.PREFECTURE) {
      return high;
    }
    return null;
  }

  private boolean supportedAbove(Division d, Set<String> context) {
    for (Division p = gazetteer.parent(d); p != null; p = gazetteer.parent(p)) {
      if (context.contains(p.code())) {
        return true;
      }
    }
    return false;
  }

  private static Reading highestUnique(List<Reading> readings) {
    Reading best = null;
    boolean tie = false;
    for (Reading r : readings) {
      if (best == null || r.division().level().ordinal() < best.division().level().ordinal()) {
        best = r;
        tie = false;
      } else if (r.division().level() == best.division().level() && !r.division().code().equals(best.division().code())) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** Drops navigation bars: runs of names separated only by bar characters, and lines of little else. */
  private static List<Hit<PlaceForm>> dropNavigation(String text, List<Hit<PlaceForm>> names) {
    boolean[] drop = new boolean[names.size()];
    int runStart = 0;
    for (int i = 1; i <= names.size(); i++) {
      boolean continues = i < names.size() && onlySeparators(text, names.get(i - 1).end(), names.get(i).start());
      if (!continues) {
        if (i - runStart >= NAV_RUN) {
          for (int j = runStart; j < i; j++) {
            drop[j] = true;
          }
        }
        runStart = i;
      }
    }
    // Lines of five or more names with little else (a footer "友情链接: 北京 上海 …" with other glue).
    int lineStart = 0;
    int idx = 0;
    while (lineStart <= text.length() && idx < names.size()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int first = idx;
      int covered = 0;
      while (idx < names.size() && names.get(idx).start() < lineEnd) {
        covered += names.get(idx).length();
        idx++;
      }
      int count = idx - first;
      if (count >= 5) {
        int content = 0;
        for (int k = lineStart; k < lineEnd; k++) {
          if (Character.isLetterOrDigit(text.charAt(k))) {
            content++;
          }
        }
        if (covered * 10 >= content * 6) {
          for (int j = first; j < idx; j++) {
            drop[j] = true;
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    List<Hit<PlaceForm>> kept = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!drop[i]) {
        kept.add(names.get(i));
      }
    }
    return kept;
  }

  private static boolean onlySeparators(String text, int from, int to) {
    if (to <= from || to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean bar = c == '|' || c == '｜' || c == '/' || c == '·' || c == '•' || c == '丨' || c == '\u3000'
          || (Character.isWhitespace(c) && c != '\n' && c != '\r');
      if (!bar) {
        return false;
      }
    }
    return true;
  }
}
