package org.aidnews.indexer.enrich.hospital;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidnews.indexer.enrich.place.Division;
import org.aidnews.indexer.enrich.place.DivisionLevel;
import org.aidnews.indexer.enrich.place.Gazetteer;
import org.aidnews.indexer.enrich.place.PlaceForm;
import org.aidnews.indexer.enrich.place.PlaceMention;
import org.aidnews.indexer.enrich.text.PhraseMatcher;
import org.aidnews.indexer.enrich.text.PhraseMatcher.Hit;

/**
 * Finds hospitals and health institutions in a text and gives each its canonical name.
 *
 * <p>Names are anchored on their suffix (医院, 卫生院, 疾控中心 …) and read leftwards by
 * {@link NameParser}. What the pieces make decides what happens next:
 * <ul>
 *   <li><b>absolute</b> — starts with a place or a university name and says something specific
 *       (杭州市第三人民医院, 西南医科大学附属医院): kept, mapped through the alias table;</li>
 *   <li><b>relative</b> — starts with a bare level word (省中医院, 县人民医院, 地区第三人民医院): the
 *       reader knows which 县 from the article, so the article's own hospitals and places decide;</li>
 *   <li><b>needs context</b> — a bare stem or proper name (人民医院, 西溪医院, 叙永医院): kept only when it
 *       abbreviates exactly one full name in the article or the alias table;</li>
 *   <li><b>not a name</b> — descriptions (三甲医院, 对口支援医院, 基层医院): dropped.</li>
 * </ul>
 * Abbreviations the article declares (（以下简称“市八医院”）) are applied before anything else.
 * Names holding lost characters (?) are never returned.
 */
public final class HospitalRecognizer {
  /** Institution suffixes, longest first where one ends another. */
  static final List<String> SUFFIXES = List.of("社区卫生服务中心", "妇幼保健计划生育服务中心", "疾病预防控制中心", "卫生服务中心", "妇幼保健院",
      "疾控中心", "医学中心", "医疗集团", "卫生院", "保健院", "医院");
  private static final Set<String> PUBLIC_HEALTH = Set.of("疾病预防控制中心", "疾控中心");
  private static final PhraseMatcher<String> SUFFIX_MATCHER;

  static {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    for (String s : SUFFIXES) {
      b.add(s, s);
    }
    SUFFIX_MATCHER = b.build();
  }

  private static final Pattern DECLARATION =
      Pattern.compile("[（(]\\s*(?:以下|下文|下)?(?:简称|称)\\s*[：:]?\\s*[“\"「『]?([^”\"」』）()（]{2,15}?)[”\"」』]?\\s*[）)]");
  /** Verbs read as a town's name before 乡/镇 (帮助乡卫生院, 覆盖乡镇卫生院): the name is a description. */
  private static final Pattern VERB_BEFORE_TOWN = Pattern.compile(
      "^(?:帮助|帮扶|支援|指导|协助|走进|深入|覆盖|联系|前往|来到|下沉|包括|辐射|带动|培训|依托|组织|服务|建设|提升|加强)");
  private static final Pattern LEFT_OUT = Pattern.compile("人民|第|市|县|地区|自治州|省");
  private static final Pattern VENUE_AFTER = Pattern.compile("^[^，,。；;！？\\n]{0,30}?(举行|召开|举办|进行)");

  private final Gazetteer gazetteer;
  private final HospitalAliases aliases;
  private final PhraseMatcher<Boolean> aliasMatcher;

  public HospitalRecognizer(Gazetteer gazetteer, HospitalAliases aliases) {
    this.gazetteer = gazetteer;
    this.aliases = aliases;
    PhraseMatcher.Builder<Boolean> b = PhraseMatcher.builder();
    for (String name : aliases.names()) {
      b.add(name, Boolean.TRUE);
    }
    this.aliasMatcher = b.build();
  }

  /** A suffix-anchored candidate before resolution. */
  /**
   * @param tail  for an absolute name led by a place, the name without it (武汉市协和医院 → 协和医院), else null
   * @param where the leading place's division, else null
   */
  private record Candidate(int start, int end, String name, Shape shape, List<String> variants, String suffix, Candidate parent,
      String tail, Division where) {
    Candidate(int start, int end, String name, Shape shape, List<String> variants, String suffix) {
      this(start, end, name, shape, variants, suffix, null, null, null);
    }

    Candidate(int start, int end, String name, Shape shape, List<String> variants, String suffix, Candidate parent) {
      this(start, end, name, shape, variants, suffix, parent, null, null);
    }
  }

  private enum Shape { ABSOLUTE, RELATIVE, CONTEXT }

  /**
   * Every institution mention in {@code text}, resolved, in text order.
   *
   * @param placeHits every raw gazetteer hit in the text (for reading names)
   * @param places    the places the article is about (for relative names)
   */
  public List<InstitutionMention> recognize(String text, List<Hit<PlaceForm>> placeHits, List<PlaceMention> places) {
    NameParser parser = new NameParser(placeHits);
    List<Candidate> candidates = new ArrayList<>();
    for (Hit<String> h : PhraseMatcher.leftmostLongest(SUFFIX_MATCHER.findAll(text))) {
      Candidate c = interpret(text, parser.parse(text, h.start(), h.end()), h.value());
      if (c != null) {
        candidates.add(c);
      }
    }
    candidates = dropInner(candidates);

    // 1. Absolute names, canonicalised through the alias table.
    Map<Integer, String> resolved = new HashMap<>();
    Set<String> provinces = provincesOf(places);
    LinkedHashMap<String, Boolean> absolutes = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.shape() == Shape.ABSOLUTE) {
        String canonical = canonical(c.name(), provinces);
        if (canonical.equals(c.name())) {
          canonical = canonical(withFullPrefectureName(c.name()), provinces);
        }
        if (canonical.equals(c.name()) && c.tail() != null && aliases.canonicals(c.name()).isEmpty()) {
          // 武汉市协和医院: the table knows 协和医院 in several cities; the leading place picks one.
          String located = locatedIn(aliases.canonicals(c.tail()), c.where());
          if (located != null) {
            canonical = located;
          }
        }
        resolved.put(i, canonical);
        absolutes.put(canonical, true);
      }
    }
    // Direct alias-table hits that no candidate covers (协和医院 inside 北京协和医院 is covered).
    List<InstitutionMention> direct = new ArrayList<>();
    for (Hit<Boolean> h : PhraseMatcher.leftmostLongest(aliasMatcher.findAll(text))) {
      if (covered(candidates, h.start(), h.end(), resolved)) {
        continue;
      }
      String canonical = chooseByPlace(aliases.canonicals(h.phrase()), provinces);
      if (canonical != null) {
        direct.add(mention(h.start(), h.end(), h.phrase(), canonical));
        absolutes.put(canonical, true);
      }
    }
    // 2. Abbreviations the article declares.
    Map<String, String> declared = new HashMap<>();
    Matcher m = DECLARATION.matcher(text);
    while (m.find()) {
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        if (c.end() == m.start() && resolved.containsKey(i)) {
          declared.put(m.group(1).strip(), resolved.get(i));
        }
      }
    }
    // 3. Relative and context names.
    List<String> fulls = new ArrayList<>(absolutes.keySet());
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.shape() == Shape.ABSOLUTE) {
        continue;
      }
      String r = resolve(c, declared, fulls, places, provinces);
      if (r != null) {
        resolved.put(i, r);
      }
    }
    // 4. Absolute names that abbreviate a longer absolute name in the same article (杭州市第一人民医院 →
    //    浙江大学医学院附属杭州市第一人民医院).
    Map<String, String> merged = new HashMap<>();
    for (String a : fulls) {
      String target = uniqueExpansion(a, fulls);
      if (target != null) {
        merged.put(a, target);
      }
    }
    List<InstitutionMention> out = new ArrayList<>(direct);
    for (Map.Entry<Integer, String> e : resolved.entrySet()) {
      Candidate c = candidates.get(e.getKey());
      String canonical = merged.getOrDefault(e.getValue(), e.getValue());
      if (c.parent() != null) {
        String pc = canonical(c.parent().name(), provinces);
        if (!pc.equals(canonical)) {
          out.add(mention(c.parent().start(), c.parent().end(), c.parent().name(), merged.getOrDefault(pc, pc)));
        }
      }
      out.add(mention(c.start(), c.end(), c.name(), canonical));
    }
    out.removeIf(x -> hasLostCharacters(x.canonical()));
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return dropVenueOnlyAgencies(text, out);
  }

  /**
   * 凉山州第一人民医院 → 凉山彝族自治州第一人民医院: hospitals' official names carry the full name of an
   * autonomous prefecture, which articles shorten to its 州 alias (凉山州, 伊犁州, 恩施州 in aliases.tsv).
   */
  String withFullPrefectureName(String name) {
    List<Hit<PlaceForm>> hits = PhraseMatcher.leftmostLongest(gazetteer.matcher().findAll(name));
    if (hits.isEmpty() || hits.get(0).start() != 0) {
      return name;
    }
    Hit<PlaceForm> h = hits.get(0);
    String autonomousCounty = withFullCountyName(name, h);
    if (autonomousCounty != null) {
      return autonomousCounty;
    }
    if (!h.phrase().endsWith("州")) {
      return name;
    }
    for (var r : h.value().readings()) {
      Division d = r.division();
      if (r.kind() == org.aidnews.indexer.enrich.place.NameKind.ALIAS && d.level() == DivisionLevel.PREFECTURE
          && d.name().endsWith("自治州") && !d.name().equals(h.phrase())) {
        return d.name() + name.substring(h.end());
      }
    }
    return name;
  }

  /**
   * 积石山县人民医院 → 积石山保安族东乡族撒拉族自治县人民医院: an autonomous county (or banner) is written as its
   * short name plus 县/旗 in running text, but its hospitals' official names carry the full county name,
   * as the county's own documents and the health commission's registers write them. Null when the name
   * does not start with such a shortened county.
   */
  private static String withFullCountyName(String name, Hit<PlaceForm> h) {
    if (h.end() >= name.length()) {
      return null;
    }
    char level = name.charAt(h.end());
    for (var r : h.value().readings()) {
      Division d = r.division();
      if (r.kind() == org.aidnews.indexer.enrich.place.NameKind.SHORT && d.level() == DivisionLevel.COUNTY
          && ((level == '县' && d.name().endsWith("自治县")) || (level == '旗' && d.name().endsWith("自治旗")))) {
        return d.name() + name.substring(h.end() + 1);
      }
    }
    return null;
  }

  private static boolean covered(List<Candidate> candidates, int start, int end, Map<Integer, String> resolved) {
    for (Candidate c : candidates) {
      if (c.start() <= start && end <= c.end()) {
        return true;
      }
    }
    return false;
  }

  /** Keeps only the outermost candidate where a name holds another (the 医院 of 附属医院 inside a longer name). */
  private static List<Candidate> dropInner(List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean inner = false;
      for (Candidate o : candidates) {
        if (o != c && o.start() <= c.start() && c.end() <= o.end() && o.end() - o.start() > c.end() - c.start()) {
          inner = true;
          break;
        }
      }
      if (!inner) {
        out.add(c);
      }
    }
    return out;
  }

  /** Decides what a parsed name is; null when it is a description, not a name. */
  private Candidate interpret(String text, List<NameToken> tokens, String suffix) {
    // A compound (…附属医院医疗集团叙永医院): the member hospital is the part after the last inner suffix.
    int lastInner = -1;
    for (int i = 0; i < tokens.size() - 1; i++) {
      if (tokens.get(i).kind() == NameToken.Kind.INNER_SUFFIX) {
        lastInner = i;
      }
    }
    List<NameToken> parent = lastInner >= 0 ? tokens.subList(0, lastInner + 1) : List.of();
    List<NameToken> own = lastInner >= 0 ? tokens.subList(lastInner + 1, tokens.size()) : tokens;
    Candidate member = interpretSimple(text, own, suffix);
    if (lastInner < 0 || member == null) {
      return member;
    }
    if (member.shape() == Shape.ABSOLUTE) {
      return member;
    }
    // Try the member name in context first; if that fails the whole compound is the name.
    List<String> variants = new ArrayList<>(member.variants());
    Candidate whole = interpretSimple(text, tokens, suffix);
    if (whole != null) {
      variants.add(whole.name());
    }
    int start = whole != null ? whole.start() : member.start();
    // The group or university hospital named first (西南医科大学附属医院 of …医疗集团叙永医院) is a
    // mention of its own.
    int firstInner = -1;
    for (int i = 0; i < tokens.size() - 1 && firstInner < 0; i++) {
      if (tokens.get(i).kind() == NameToken.Kind.INNER_SUFFIX) {
        firstInner = i;
      }
    }
    List<NameToken> parentTokens = new ArrayList<>(tokens.subList(0, firstInner + 1));
    NameToken last = parentTokens.remove(parentTokens.size() - 1);
    parentTokens.add(new NameToken(NameToken.Kind.SUFFIX, last.start(), last.end(), last.text(), null));
    Candidate parentCandidate = interpretSimple(text, parentTokens, last.text());
    if (parentCandidate != null && parentCandidate.shape() != Shape.ABSOLUTE) {
      parentCandidate = null;
    }
    return new Candidate(start, member.end(), text.substring(start, member.end()), Shape.CONTEXT, variants, suffix,
        parentCandidate);
  }

  private Candidate interpretSimple(String text, List<NameToken> all, String suffix) {
    List<NameToken> t = new ArrayList<>(all);
    while (!t.isEmpty() && t.get(0).kind() == NameToken.Kind.GENERIC) {
      t.remove(0);
    }
    if (t.isEmpty()) {
      return null;
    }
    NameToken head = t.get(0).kind() == NameToken.Kind.UNKNOWN ? t.remove(0) : null;
    if (t.isEmpty()) {
      return null;
    }
    int end = t.get(t.size() - 1).end();
    for (int i = 1; i < t.size(); i++) {
      NameToken.Kind k = t.get(i).kind();
      if (k == NameToken.Kind.GENERIC) {
        return null; // 喀什地区定点医院, 杭州市多家对口支援医院: descriptions
      }
    }
    NameToken first = t.get(0);
    int coreStart = first.start();
    String core = text.substring(coreStart, end);
    switch (first.kind()) {
      case UNIVERSITY -> {
        if (head == null) {
          return null;
        }
        // The university's own name: its last two characters (复旦, 西南, 南方) — a longer run is
        // usually a verb plus the name (推动西南医科大学…).
        int s = Math.max(head.start(), head.end() - 2);
        return new Candidate(s, end, text.substring(s, end), Shape.ABSOLUTE, List.of(text.substring(s, end)), suffix);
      }
      case PLACE -> {
        // 宁夏回族自治区固原市人民医院 is 固原市人民医院; 阿坝州汶川县人民医院 is 汶川县人民医院. A district keeps its
        // city (杭州市富阳区第一人民医院), a short name keeps what precedes it (杭州市富阳中医骨伤医院).
        while (t.size() > 2 && t.get(1).kind() == NameToken.Kind.PLACE && dropsLeadingPlace(t.get(0), t.get(1))) {
          t.remove(0);
          first = t.get(0);
          coreStart = first.start();
          core = text.substring(coreStart, end);
        }
        if (specific(t)) {
          String tail = t.size() > 2 ? text.substring(t.get(1).start(), end) : null;
          return new Candidate(coreStart, end, core, Shape.ABSOLUTE, List.of(core), suffix, null, tail, first.division());
        }
        return new Candidate(coreStart, end, core, Shape.CONTEXT, List.of(core), suffix);
      }
      case LEVEL -> {
        if (t.size() > 2 && t.get(1).kind() == NameToken.Kind.LEVEL) {
          return null; // 县市医院, 县乡卫生院: levels listed, a description
        }
        if (head != null && (first.text().equals("镇") || first.text().equals("乡") || first.text().equals("街道"))
            && VERB_BEFORE_TOWN.matcher(head.text()).find()) {
          return null; // 帮助乡卫生院: a verb and a description (乡卫生院), no town named
        }
        if (head != null && (first.text().equals("镇") || first.text().equals("乡") || first.text().equals("街道"))) {
          // Towns are not in the gazetteer: the unknown word before 镇/乡 is the town's name (托克扎克镇卫生院).
          return new Candidate(head.start(), end, text.substring(head.start(), end), Shape.ABSOLUTE,
              List.of(text.substring(head.start(), end)), suffix);
        }
        return new Candidate(coreStart, end, core, Shape.RELATIVE, List.of(core), suffix);
      }
      default -> {
        // Stem, ordinal or bare suffix: only an abbreviation of something the article or the table names.
        List<String> variants = new ArrayList<>();
        if (head != null) {
          for (int s = head.start(); s < head.end(); s++) {
            variants.add(text.substring(s, end));
          }
        }
        if (first.kind() != NameToken.Kind.SUFFIX) {
          variants.add(core);
        }
        if (variants.isEmpty()) {
          return null;
        }
        int s = head != null ? head.start() : coreStart;
        return new Candidate(s, end, text.substring(s, end), Shape.CONTEXT, variants, suffix);
      }
    }
  }

  private boolean dropsLeadingPlace(NameToken outer, NameToken inner) {
    Division o = outer.division();
    Division i = inner.division();
    if (o == null || i == null || o == i || !gazetteer.within(i, o) || !isFullName(inner)) {
      return false;
    }
    return o.isProvince() || (i.level() == DivisionLevel.COUNTY && !i.name().endsWith("区"));
  }

  private static boolean isFullName(NameToken place) {
    return place.division() != null && place.fullName();
  }

  /**
   * A name is specific when something after its leading place distinguishes it from the place's other
   * hospitals, or when the place is written in full (兵团第一师医院, 疏勒县医院): only a short name with a
   * bare suffix (杭州医院 in 三家杭州医院) is a description.
   */
  private static boolean specific(List<NameToken> t) {
    if (t.size() == 2 && isFullName(t.get(0)) && t.get(1).kind() == NameToken.Kind.SUFFIX) {
      return true;
    }
    for (int i = 1; i < t.size() - 1; i++) {
      switch (t.get(i).kind()) {
        case STEM, UNIVERSITY, ORDINAL, UNKNOWN, PLACE, INNER_SUFFIX -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

  private String resolve(Candidate c, Map<String, String> declared, List<String> fulls, List<PlaceMention> places,
      Set<String> provinces) {
    for (String v : c.variants()) {
      String d = declared.get(v);
      if (d != null) {
        return d;
      }
      for (Map.Entry<String, String> e : declared.entrySet()) {
        // 广州市八医院 with 市八医院 declared for 广州医科大学附属市八医院.
        if (v.endsWith(e.getKey()) && abbreviates(v, e.getValue())) {
          return e.getValue();
        }
      }
    }
    for (String v : c.variants()) {
      String a = chooseByPlace(aliases.canonicals(v), provinces);
      if (a != null) {
        return a;
      }
      String f = uniqueExpansion(v, fulls);
      if (f != null) {
        return f;
      }
    }
    if (c.shape() == Shape.RELATIVE) {
      return expandRelative(c.name(), fulls, places, provinces);
    }
    return null;
  }

  /** 县人民医院 → 疏附县人民医院, using the places of that level the article names most. */
  private String expandRelative(String name, List<String> fulls, List<PlaceMention> places, Set<String> provinces) {
    String level = null;
    for (String l : List.of("自治区", "自治州", "地区", "省", "市", "县", "区", "州", "旗", "盟")) {
      if (name.startsWith(l)) {
        level = l;
        break;
      }
    }
    if (level == null) {
      return null;
    }
    String rest = name.substring(level.length());
    Map<Division, Integer> counts = new LinkedHashMap<>();
    for (PlaceMention p : places) {
      Division d = p.division();
      boolean fits = d.name().endsWith(level) && (!level.equals("区") || d.level() == DivisionLevel.COUNTY);
      if (fits) {
        counts.merge(d, 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return null;
    }
    for (Division d : counts.keySet()) {
      String expanded = d.name() + rest;
      if (fulls.contains(expanded) || !aliases.canonicals(expanded).isEmpty()) {
        return canonical(expanded, provinces);
      }
    }
    Division best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<Division, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    return tie ? null : canonical(best.name() + rest, provinces);
  }

  /** The one longer name in {@code fulls} that {@code a} abbreviates, or null. */
  private static String uniqueExpansion(String a, List<String> fulls) {
    String found = null;
    String exactSuffix = null;
    int count = 0;
    for (String f : fulls) {
      if (!f.equals(a) && f.length() > a.length() && (abbreviates(a, f) || (a.equals(skeleton(a)) && a.equals(skeleton(f))))) {
        count++;
        found = f;
        if (f.endsWith(a)) {
          exactSuffix = exactSuffix == null ? f : "";
        }
      }
    }
    if (count == 1) {
      return found;
    }
    return exactSuffix != null && !exactSuffix.isEmpty() ? exactSuffix : null;
  }

  /**
   * True when {@code a} is {@code full} with a prefix dropped and at most one more run of characters
   * left out, that run holding no numeral (杭州市人民医院 does not abbreviate 杭州市第一人民医院), and both end
   * with the same suffix. 富阳骨伤医院 abbreviates 杭州市富阳中医骨伤医院; 杭州市中医医院 does not (two runs).
   */
  static boolean abbreviates(String a, String full) {
    if (a.length() < 3 || a.length() >= full.length()) {
      return false;
    }
    for (int split = 0; split <= a.length() - 2; split++) {
      String x = a.substring(0, split);
      String y = a.substring(split);
      if (!full.endsWith(y)) {
        continue;
      }
      String rest = full.substring(0, full.length() - y.length());
      if (x.isEmpty()) {
        return true;
      }
      int at = rest.lastIndexOf(x);
      if (at < 0) {
        continue;
      }
      String gap = rest.substring(at + x.length());
      if (!containsNumeral(gap)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name with the words people leave out when they shorten it removed: 成都市第三人民医院 and 成都三医院
   * both become 成都三医院.
   */
  static String skeleton(String name) {
    return LEFT_OUT.matcher(name).replaceAll("");
  }

  private static boolean containsNumeral(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("第一二三四五六七八九十0123456789".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private String canonical(String name, Set<String> provinces) {
    String c = chooseByPlace(aliases.canonicals(name), provinces);
    return c != null ? c : name;
  }

  /** One of several canonical names an alias may mean: the one in a province the article names. */
  private String chooseByPlace(List<String> canonicals, Set<String> provinces) {
    if (canonicals.isEmpty()) {
      return null;
    }
    if (canonicals.size() == 1) {
      return canonicals.get(0);
    }
    String chosen = null;
    for (String c : canonicals) {
      Division loc = aliases.location(c);
      Division prov = loc == null ? null : gazetteer.province(loc);
      if (prov != null && provinces.contains(prov.code())) {
        if (chosen != null) {
          return null;
        }
        chosen = c;
      }
    }
    return chosen;
  }

  private String locatedIn(List<String> canonicals, Division where) {
    if (where == null) {
      return null;
    }
    String chosen = null;
    for (String c : canonicals) {
      Division loc = aliases.location(c);
      if (loc != null && (gazetteer.within(loc, where) || gazetteer.within(where, loc))) {
        if (chosen != null) {
          return null;
        }
        chosen = c;
      }
    }
    return chosen;
  }

  private Set<String> provincesOf(List<PlaceMention> places) {
    Set<String> out = new HashSet<>();
    for (PlaceMention p : places) {
      Division prov = gazetteer.province(p.division());
      if (prov != null) {
        out.add(prov.code());
      }
    }
    return out;
  }

  private InstitutionMention mention(int start, int end, String written, String canonical) {
    InstitutionKind kind = InstitutionKind.HOSPITAL;
    for (String s : PUBLIC_HEALTH) {
      if (canonical.endsWith(s)) {
        kind = InstitutionKind.PUBLIC_HEALTH;
      }
    }
    Division location = aliases.location(canonical);
    if (location == null) {
      location = locationInName(canonical);
    }
    return new InstitutionMention(start, end, written, canonical, kind, location, tier(canonical, location));
  }

  /** The most specific division named inside an institution name. */
  Division locationInName(String name) {
    Division best = null;
    for (Hit<PlaceForm> h : PhraseMatcher.leftmostLongest(gazetteer.matcher().findAll(name))) {
      if (h.value().blocker() || h.value().isPair() || h.value().readings().isEmpty()) {
        continue;
      }
      Division d = null;
      for (var r : h.value().readings()) {
        if (d == null || r.division().level().ordinal() < d.level().ordinal()) {
          d = r.division();
        }
      }
      // A deeper place refines the one before only when it lies within it: 北京友谊医院 is in 北京, not in
      // 友谊县 (黑龙江), whose short name is a word of the hospital's name.
      if (d != null && (best == null || (d.level().ordinal() > best.level().ordinal() && gazetteer.within(d, best)))) {
        best = d;
      }
    }
    return best;
  }

  /** How senior an institution is: province-level and university hospitals help prefecture ones, which help counties. */
  static int tier(String name, Division location) {
    if (name.contains("大学") || name.contains("医学院") || name.contains("省") || name.contains("自治区")
        || (location != null && location.isProvince())) {
      return 3;
    }
    if (name.endsWith("卫生院") || name.endsWith("社区卫生服务中心")) {
      return 0;
    }
    if (location == null) {
      return 2;
    }
    return switch (location.level()) {
      case PROVINCE -> 3;
      case PREFECTURE -> 2;
      case COUNTY -> 1;
    };
  }

  static boolean hasLostCharacters(String s) {
    return s.indexOf('?') >= 0 || s.indexOf('\uFFFD') >= 0 || s.indexOf('？') >= 0;
  }

  /** A 疾控中心 that is only where a meeting was held (在…疾控中心举行) is a venue, not a subject. */
  private static List<InstitutionMention> dropVenueOnlyAgencies(String text, List<InstitutionMention> mentions) {
    Map<String, Boolean> subject = new HashMap<>();
    for (InstitutionMention m : mentions) {
      if (m.kind() != InstitutionKind.PUBLIC_HEALTH) {
        continue;
      }
      boolean venue = m.start() > 0 && text.charAt(m.start() - 1) == '在'
          && VENUE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find();
      subject.merge(m.canonical(), !venue, Boolean::logicalOr);
    }
    List<InstitutionMention> out = new ArrayList<>();
    for (InstitutionMention m : mentions) {
      if (m.kind() != InstitutionKind.PUBLIC_HEALTH || subject.getOrDefault(m.canonical(), true)) {
        out.add(m);
      }
    }
    return out;
  }
}
