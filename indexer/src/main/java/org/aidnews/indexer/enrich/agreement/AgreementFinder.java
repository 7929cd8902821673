package org.aidnews.indexer.enrich.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidnews.indexer.enrich.hospital.InstitutionMention;
import org.aidnews.indexer.enrich.place.AidContext;
import org.aidnews.indexer.model.Agreement;
import org.aidnews.indexer.model.Party;
import org.aidnews.indexer.model.Side;

/**
 * Finds the signings an article reports and turns them into {@link Agreement}s.
 *
 * <p>A sentence reports a signing when it says 签署/签订/签约/续签 (a renewal is a signing)/授牌/揭牌 (not 家庭医生签约, and not an
 * earlier signing dated in another year). Its parties are the institutions in the signing clause, or
 * in the clauses before it in the same sentence, or in the sentence before it in the paragraph (余纳与
 * 雷鸣共同签署… names people: the institutions are in the sentence before); a place where a meeting is
 * held (在省中医院召开) is a venue, not a party. Several sentences about one ceremony make one
 * agreement: the sentence with the strongest wording (签署…协议 over 签约 over 授牌) gives the parties,
 * the others fill in date and title. Exchange visits without a signing give none.
 */
public final class AgreementFinder {
  /** How many earlier sentences of the paragraph may supply a missing party or date. */
  static final int LOOKBACK = 4;

  private static final Pattern SIGN = Pattern.compile("签署|签订|签约|续签|签下|缔结|签字|授牌|揭牌");
  private static final Pattern NOT_AGREEMENT = Pattern.compile("家庭医生|签约医生|签约服务|签约率|签约居民");
  private static final Pattern TITLE = Pattern.compile(
      "(?:签署|签订|签约|续签|签下|缔结)了?(?:《([^》]{2,40})》|([\\p{IsHan}A-Za-z0-9“”·]{2,30}?(?:协议书|框架协议|协议|备忘录|合同书|合同)))");
  private static final Pattern STRONG = Pattern.compile("(签署|签订|续签).{0,30}(协议|备忘录|合同)");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
  private static final Pattern VENUE = Pattern.compile("在([^，,。；;在]{2,24}?)(?:举行|召开|举办|签约|签署)");

  /** Onlookers, not parties: 有关负责人见证签约, 出席签约仪式. */
  private static final Pattern WITNESS = Pattern.compile("(?:见证|出席|列席|观摩)(?:了)?(?:签署|签订|签约|签字|授牌|揭牌)");
  /**
   * A signing between people, not institutions: 援疆医生和本地医生签订"师带徒"协议, 家庭医生与居民签约. Mentor
   * pairs and personal pledges name doctors, trainees or residents as the signers.
   */
  private static final Pattern PERSONAL = Pattern.compile(
      "师带徒|师徒结对|拜师|(?:与|和|同|跟)[^，,。；;]{0,8}?(?:医生|医师|专家|护士|患者|居民|村民|群众|学员|徒弟|队员|老人|农户|个人)"
          + "[^，,。；;]{0,4}?(?:签订|签署|签约|签下)");
  /**
   * The counterparty written as a collective (与所属成员单位签订, 与全县15家乡镇卫生院签订): a lead
   * institution signs with its members, as 医共体 and 医联体 are set up. The named institutions before it
   * lead (helper side), those named after it in the sentence are the members (recipient side).
   */
  private static final Pattern COLLECTIVE = Pattern.compile(
      "(?:与|和|同)(?:其|所属|下属|辖区|全县|全市|全区|全旗|各)?[^，,。；;与和]{0,8}?(?:成员单位|成员医院|成员机构|乡镇卫生院|卫生院|"
          + "社区卫生服务中心|村卫生室)[^，,。；;]{0,6}?(?:分别)?(?:签订|签署|签约)");

  private static final Pattern VENUE_VERB = Pattern.compile("^[^，,。；;]{0,24}?(举行|召开|举办)");

  private final SideJudge sideJudge;

  public AgreementFinder(SideJudge sideJudge) {
    this.sideJudge = sideJudge;
  }

  private record Sentence(int start, int end, int paragraph) {}

  /**
   * One signing sentence. {@code sides} is null when the {@link SideJudge} decides, else the sides the
   * sentence itself gives (a lead and its members).
   */
  private record Candidate(int sentence, int strength, AgreementType type, String title, List<InstitutionMention> parties,
      DateMention date, List<Side> sides) {
    Candidate(int sentence, int strength, AgreementType type, String title, List<InstitutionMention> parties,
        DateMention date) {
      this(sentence, strength, type, title, parties, date, null);
    }

    /** Names its parties: two or more, or a lead signing with its members. */
    boolean complete() {
      return parties.size() >= 2 || (sides != null && !parties.isEmpty());
    }
  }

  /**
   * @param text         title + "\n" + body, Simplified
   * @param bodyStart    where the body starts in {@code text}
   * @param articleTitle the title (for the type when the body does not say), or null
   * @param published    the publish date, or null
   * @param institutions institutions found in {@code text}
   * @param publishedYearInferred whether the publish date's year was itself inferred (then so is the year
   *                     of a signing date written without one)
   */
  public List<Agreement> find(String text, int bodyStart, String articleTitle, LocalDate published,
      boolean publishedYearInferred, List<InstitutionMention> institutions, AidContext context,
      List<InstitutionMention> fallbackPair) {
    List<Sentence> sentences = sentences(text, bodyStart);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String st = text.substring(s.start(), s.end());
      Matcher sign = SIGN.matcher(st);
      if (!sign.find() || NOT_AGREEMENT.matcher(st).find() || otherYear(st, published)) {
        continue;
      }
      int signAt = s.start() + sign.start();
      if (PERSONAL.matcher(st).find() && in(text, clauseOf(text, s, signAt)[0], clauseOf(text, s, signAt)[1], institutions).isEmpty()) {
        continue; // people sign (师带徒), not the institutions named elsewhere in the article
      }
      Matcher w = WITNESS.matcher(st);
      // The sentence's first signing word belongs to onlookers (…负责人见证签约): no parties here.
      boolean witnessed = w.find() && w.start() <= sign.start() && sign.end() <= w.end();
      int strength = STRONG.matcher(st).find() ? 3 : sign.group().contains("签") ? 2 : 1;
      String title = null;
      Matcher t = TITLE.matcher(st);
      if (t.find()) {
        title = t.group(1) != null ? t.group(1) : t.group(2);
        title = title.replace("“", "").replace("”", "");
      }
      List<InstitutionMention> parties = witnessed ? List.of() : parties(text, s, signAt, institutions);
      List<Side> givenSides = null;
      Matcher collective = COLLECTIVE.matcher(st);
      if (!witnessed && collective.find()) {
        List<InstitutionMention> leads = in(text, s.start(), s.start() + collective.start(), institutions);
        List<InstitutionMention> members = in(text, s.start() + collective.end(), s.end(), institutions);
        members.removeIf(m -> leads.stream().anyMatch(l -> l.canonical().equals(m.canonical())));
        if (!leads.isEmpty()) {
          parties = new ArrayList<>(leads);
          parties.addAll(members);
          givenSides = new ArrayList<>();
          for (InstitutionMention l : leads) {
            givenSides.add(Side.helper);
          }
          for (InstitutionMention m : members) {
            givenSides.add(Side.recipient);
          }
        }
      }
      if (!witnessed && givenSides == null && parties.size() < 2) {
        // Look back a few sentences only: a pathological page with thousands of signing sentences in
        // one paragraph must stay linear (found by the reliability battery).
        for (int j = i - 1; j >= Math.max(0, i - LOOKBACK) && sentences.get(j).paragraph() == s.paragraph()
            && parties.size() < 2; j--) {
          Sentence prev = sentences.get(j);
          parties = parties(text, prev, prev.end(), institutions);
        }
      }
      AgreementType type = typeOf(text, title, st, i + 1 < sentences.size() ? sentences.get(i + 1) : null, articleTitle);
      DateMention date = DateMention.first(text, s.start(), s.end(), published);
      for (int j = i - 1; date == null && j >= Math.max(0, i - LOOKBACK) && sentences.get(j).paragraph() == s.paragraph();
          j--) {
        date = DateMention.first(text, sentences.get(j).start(), sentences.get(j).end(), published);
      }
      candidates.add(new Candidate(i, strength, type, title, parties, date, givenSides));
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    DateMention lead = leadDate(text, sentences, published);
    // Sentences about one ceremony make one agreement. Candidates naming two or more parties form
    // groups by shared parties; the others (…以此次签约为契机) describe the main group.
    List<List<Candidate>> groups = new ArrayList<>();
    List<Candidate> loose = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!c.complete()) {
        loose.add(c);
        continue;
      }
      List<Candidate> home = null;
      for (List<Candidate> g : groups) {
        if (sharesParty(g, c)) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(c);
    }
    if (groups.isEmpty()) {
      // Signing words but no parties anywhere near: the article's own helper and recipient, if any.
      if (fallbackPair.size() < 2) {
        return List.of();
      }
      Candidate b = best(loose);
      loose.remove(b);
      groups.add(new ArrayList<>(List.of(new Candidate(b.sentence(), b.strength(), b.type(), b.title(), fallbackPair, b.date()))));
    }
    List<Candidate> main = groups.get(0);
    for (List<Candidate> g : groups) {
      if (best(g).strength() > best(main).strength()) {
        main = g;
      }
    }
    main.addAll(loose);
    List<Agreement> out = new ArrayList<>();
    for (List<Candidate> group : groups) {
      Candidate best = best(group);
      // The parties come from a sentence that names them all; a stronger sentence that names only one
      // (仪式上，双方代表签署协议) says what was signed, not who.
      Candidate named = best(group.stream().filter(Candidate::complete).toList());
      if (named == null) {
        named = best;
      }
      AgreementType type = best.type();
      if (type == AgreementType.PAIRED_AID) {
        // 帮扶 is the broadest wording: another sentence about the same ceremony says what was set up
        // (…医联体合作签约仪式); a later 根据协议，…将重点帮扶… only describes it.
        for (Candidate c : group) {
          if (c.type() != AgreementType.OTHER && c.type().ordinal() < type.ordinal()) {
            type = c.type();
          }
        }
      }
      if (type == AgreementType.OTHER) {
        // The party sentence often does not say what was signed (…签约,建立…关系); a sibling sentence does.
        List<Candidate> byStrength = new ArrayList<>(group);
        byStrength.sort((a, b) -> Integer.compare(b.strength(), a.strength()));
        for (Candidate c : byStrength) {
          if (c.type() != AgreementType.OTHER) {
            type = c.type();
            break;
          }
        }
      }
      String title = best.title();
      DateMention date = best.date();
      for (Candidate c : group) {
        if (title == null) {
          title = c.title();
        }
        // The best sentence's own date first, else the earliest date of the ceremony's other sentences.
        if (best.date() == null && c.date() != null && (date == null || c.date().start() < date.start())) {
          date = c.date();
        }
      }
      if (date == null) {
        date = lead;
      }
      List<InstitutionMention> parties = named.parties();
      List<Side> sides = named.sides() != null ? named.sides() : sideJudge.sides(parties, context);
      List<Party> ps = new ArrayList<>();
      for (int k = 0; k < parties.size(); k++) {
        ps.add(new Party(parties.get(k).canonical(), sides.get(k)));
      }
      boolean yearInferred = date != null && date.date() != null && !date.yearWritten() && publishedYearInferred;
      out.add(new Agreement(type.label(), title, ps, date == null ? null : date.date(), date == null ? null : date.text(),
          venue(text, institutions, sentences, group), yearInferred));
    }
    return out;
  }

  private static boolean sharesParty(List<Candidate> group, Candidate c) {
    for (Candidate g : group) {
      for (InstitutionMention a : g.parties()) {
        for (InstitutionMention b : c.parties()) {
          if (a.canonical().equals(b.canonical())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Candidate best(List<Candidate> group) {
    Candidate best = null;
    for (Candidate c : group) {
      int score = c.strength() * 10 + Math.min(c.parties().size(), 3);
      int bestScore = best == null ? -1 : best.strength() * 10 + Math.min(best.parties().size(), 3);
      if (score > bestScore) {
        best = c;
      }
    }
    return best;
  }

  private static AgreementType typeOf(String text, String title, String sentence, Sentence next, String articleTitle) {
    AgreementType t = AgreementType.in(title);
    if (t == null) {
      t = AgreementType.in(sentence);
    }
    if (t == null && next != null) {
      t = AgreementType.in(text.substring(next.start(), next.end()));
    }
    if (t == null) {
      t = AgreementType.in(articleTitle);
    }
    return t == null ? AgreementType.OTHER : t;
  }

  /** True when the sentence dates itself in a year other than the publish year: an earlier signing recalled. */
  private static boolean otherYear(String sentence, LocalDate published) {
    if (published == null) {
      return false;
    }
    Matcher m = YEAR.matcher(sentence);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y != published.getYear() && y > 1949 && y < published.getYear()) {
        return true;
      }
    }
    return false;
  }

  /** The clause of {@code s} holding {@code at}: [start, end). */
  private static int[] clauseOf(String text, Sentence s, int at) {
    int from = s.start();
    int to = s.end();
    for (int i = at - 1; i >= s.start(); i--) {
      if (isClauseMark(text.charAt(i))) {
        from = i + 1;
        break;
      }
    }
    for (int i = at; i < s.end(); i++) {
      if (isClauseMark(text.charAt(i))) {
        to = i;
        break;
      }
    }
    return new int[] {from, to};
  }

  private static boolean isClauseMark(char c) {
    return c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':';
  }

  /** Institutions in the clauses of {@code s} up to the signing word, nearest clause with two or more first. */
  private static List<InstitutionMention> parties(String text, Sentence s, int signAt, List<InstitutionMention> all) {
    // Clause boundaries inside the sentence.
    List<int[]> clauses = new ArrayList<>();
    int cs = s.start();
    for (int i = s.start(); i < s.end(); i++) {
      char c = text.charAt(i);
      if (c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':') {
        clauses.add(new int[] {cs, i});
        cs = i + 1;
      }
    }
    clauses.add(new int[] {cs, s.end()});
    int signClause = 0;
    for (int k = 0; k < clauses.size(); k++) {
      if (clauses.get(k)[0] <= signAt && signAt <= clauses.get(k)[1]) {
        signClause = k;
      }
    }
    for (int k = signClause; k >= 0; k--) {
      List<InstitutionMention> found = in(text, clauses.get(k)[0], clauses.get(k)[1], all);
      if (found.size() >= 2) {
        return found;
      }
    }
    return in(text, s.start(), s.end(), all);
  }

  private static List<InstitutionMention> in(String text, int from, int to, List<InstitutionMention> all) {
    Map<String, InstitutionMention> out = new LinkedHashMap<>();
    for (InstitutionMention m : all) {
      if (m.start() >= from && m.end() <= to && !isVenue(text, m)) {
        out.putIfAbsent(m.canonical(), m);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static boolean isVenue(String text, InstitutionMention m) {
    if (m.start() == 0 || text.charAt(m.start() - 1) != '在') {
      return false;
    }
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
    return VENUE_VERB.matcher(after).find();
  }

  private static String venue(String text, List<InstitutionMention> institutions, List<Sentence> sentences,
      List<Candidate> group) {
    for (Candidate c : group) {
      Sentence s = sentences.get(c.sentence());
      Matcher m = VENUE.matcher(text.substring(s.start(), s.end()));
      if (m.find()) {
        int at = s.start() + m.start(1);
        String v = m.group(1);
        for (InstitutionMention i : institutions) {
          if (i.start() == at && i.end() == at + v.length()) {
            return i.canonical();
          }
        }
        return v;
      }
    }
    return null;
  }

  private static DateMention leadDate(String text, List<Sentence> sentences, LocalDate published) {
    if (sentences.isEmpty()) {
      return null;
    }
    int firstParagraph = sentences.get(0).paragraph();
    for (Sentence s : sentences) {
      if (s.paragraph() != firstParagraph) {
        break;
      }
      DateMention d = DateMention.first(text, s.start(), s.end(), published);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static List<Sentence> sentences(String text, int from) {
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int start = from;
    for (int i = from; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      boolean end = c == '。' || c == '！' || c == '？' || c == '!' || c == '\n';
      if (end) {
        if (i > start && !text.substring(start, i).isBlank()) {
          out.add(new Sentence(start, i, paragraph));
        }
        if (c == '\n') {
          paragraph++;
        }
        start = i + 1;
      }
    }
    return out;
  }
}
