package org.aidnews.indexer.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidnews.indexer.enrich.agreement.AgreementFinder;
import org.aidnews.indexer.enrich.agreement.SideJudge;
import org.aidnews.indexer.enrich.hospital.GovernmentRecognizer;
import org.aidnews.indexer.enrich.hospital.HospitalAliases;
import org.aidnews.indexer.enrich.hospital.HospitalRecognizer;
import org.aidnews.indexer.enrich.hospital.InstitutionKind;
import org.aidnews.indexer.enrich.hospital.InstitutionMention;
import org.aidnews.indexer.enrich.place.AidContext;
import org.aidnews.indexer.enrich.place.Division;
import org.aidnews.indexer.enrich.place.DivisionLevel;
import org.aidnews.indexer.enrich.place.Gazetteer;
import org.aidnews.indexer.enrich.place.PlaceForm;
import org.aidnews.indexer.enrich.place.PlaceMention;
import org.aidnews.indexer.enrich.place.PlaceRecognizer;
import org.aidnews.indexer.enrich.place.RoleAssigner;
import org.aidnews.indexer.enrich.syndication.BodyNormalizer;
import org.aidnews.indexer.enrich.syndication.SimHash;
import org.aidnews.indexer.enrich.text.PhraseMatcher;
import org.aidnews.indexer.enrich.text.PhraseMatcher.Hit;
import org.aidnews.indexer.enrich.topic.TopicTagger;
import org.aidnews.indexer.model.Agreement;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.Party;
import org.aidnews.indexer.model.Place;
import org.aidnews.indexer.model.QualityFlag;
import org.aidnews.indexer.model.Role;
import org.aidnews.indexer.model.Side;

/**
 * Finds places with roles, hospitals, agreements and topics in an article, and its syndication key.
 * The front door of the enrichment stage:
 *
 * <pre>{@code
 * Enricher enricher = new Enricher();                 // tables from config/ (see ConfigFiles)
 * EnrichedArticle e = enricher.enrich(id, article, titleSimplified, bodySimplified);
 * e.helperProvinces();   // [浙江省]
 * e.hospitals();         // [浙江大学医学院附属杭州市西溪医院, 阿克苏地区第三人民医院, …]
 * }</pre>
 *
 * Steps, each a class of its own: places ({@link PlaceRecognizer}) → institutions
 * ({@link HospitalRecognizer}, {@link GovernmentRecognizer}, which need the places to resolve 县人民医院)
 * → the article's framing ({@link AidContext}) → agreements ({@link AgreementFinder}, sides by
 * {@link SideJudge}) → roles ({@link RoleAssigner}, which uses the parties' sides) → topics →
 * SimHash key. Every matcher is linear in the text. Thread-safe: all state is immutable tables.
 */
public final class Enricher {
  private final Gazetteer gazetteer;
  private final PlaceRecognizer places;
  private final HospitalRecognizer hospitals;
  private final GovernmentRecognizer governments = new GovernmentRecognizer();
  private final SideJudge sides;
  private final AgreementFinder agreements;
  private final RoleAssigner roles;
  private final TopicTagger topics = new TopicTagger();

  /** An enricher with the tables under the located {@code config/} directory. */
  public Enricher() {
    this(ConfigFiles.locate());
  }

  public Enricher(ConfigFiles config) {
    this.gazetteer = Gazetteer.load(config);
    this.places = new PlaceRecognizer(gazetteer);
    this.hospitals = new HospitalRecognizer(gazetteer, HospitalAliases.load(config, gazetteer));
    this.sides = new SideJudge(gazetteer);
    this.agreements = new AgreementFinder(sides);
    this.roles = new RoleAssigner(gazetteer);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Enriches one article. {@code titleSimplified} and {@code bodySimplified} are the article's text
   * already converted to Simplified; matching runs on them.
   */
  public EnrichedArticle enrich(String id, Article article, String titleSimplified, String bodySimplified) {
    String title = titleSimplified == null ? "" : titleSimplified;
    String body = bodySimplified == null ? "" : bodySimplified;
    String text = title + "\n" + body;
    int bodyStart = title.length() + 1;

    List<Hit<PlaceForm>> placeHits = gazetteer.matcher().findAll(text);
    List<PlaceMention> found = places.recognize(text);
    List<InstitutionMention> hospitalMentions = hospitals.recognize(text, placeHits, found);
    List<InstitutionMention> institutions = new ArrayList<>(hospitalMentions);
    institutions.addAll(governments.recognize(text, found));
    institutions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    AidContext context = AidContext.of(text, found, gazetteer);

    boolean publishedYearInferred = article.published() != null && (article.quality().flags().contains(QualityFlag.YEAR_INFERRED)
        || (article.publishedRule() != null && article.publishedRule().startsWith("inferred-year")));
    List<Agreement> signed = agreements.find(text, bodyStart, titleSimplified, article.published(), publishedYearInferred,
        institutions, context,
        mainPair(hospitalMentions, context));
    Map<Division, Side> partySides = new LinkedHashMap<>();
    Map<String, InstitutionMention> byName = new HashMap<>();
    for (InstitutionMention m : institutions) {
      byName.putIfAbsent(m.canonical(), m);
    }
    for (Agreement a : signed) {
      for (Party p : a.parties()) {
        InstitutionMention m = byName.get(p.name());
        if (m != null && m.location() != null && p.side() != Side.unknown
            && !(p.side() == Side.helper && context.inRegion(gazetteer.province(m.location())))) {
          // A hospital in the story's receiving region that leads its own 医共体 helps its townships, but
          // its place stays on the receiving side of the paired assistance the story is framed by.
          partySides.putIfAbsent(m.location(), p.side());
        }
      }
    }
    if (context.hasRegion()) {
      // In a story framed as 援疆/援藏/东西部协作 every hospital's side follows from where it is.
      // (Not SideJudge's seniority fallback: a story whose hospitals are all in the receiving region,
      // such as a meeting of the aided hospitals, has no helper among them.)
      for (InstitutionMention h : distinctHospitals(hospitalMentions)) {
        if (h.location() != null) {
          partySides.putIfAbsent(h.location(), context.inRegion(gazetteer.province(h.location())) ? Side.recipient : Side.helper);
        }
      }
    } else if (AidContext.reportsAssistance(text)) {
      // No regional framing but hospital-to-hospital help (会诊, 义诊, 托管 …): seniority decides, the
      // most senior hospital helps, the most junior receives (SideJudge leaves equals unknown).
      List<InstitutionMention> distinct = distinctHospitals(hospitalMentions);
      if (distinct.size() >= 2) {
        List<Side> s = sides.sides(distinct, context);
        for (int i = 0; i < distinct.size(); i++) {
          if (distinct.get(i).location() != null && s.get(i) != Side.unknown) {
            partySides.putIfAbsent(distinct.get(i).location(), s.get(i));
          }
        }
      }
    }
    Map<String, Role> roleByCode = roles.assign(text, found, context, partySides);
    return assemble(id, article, titleSimplified, bodySimplified, found, roleByCode, partySides, context, hospitalMentions,
        signed);
  }

  private EnrichedArticle assemble(String id, Article article, String title, String body, List<PlaceMention> found,
      Map<String, Role> roleByCode, Map<Division, Side> partySides, AidContext context, List<InstitutionMention> hospitalMentions,
      List<Agreement> signed) {
    Map<String, Place> placeByCode = new LinkedHashMap<>();
    Set<String> provinces = new LinkedHashSet<>();
    Set<String> helpers = new LinkedHashSet<>();
    Set<String> recipients = new LinkedHashSet<>();
    for (PlaceMention m : found) {
      Division d = m.division();
      if (placeByCode.containsKey(d.code())) {
        continue;
      }
      Division prov = gazetteer.province(d);
      Division pref = gazetteer.prefecture(d);
      Role role = roleByCode.getOrDefault(d.code(), Role.mentioned);
      placeByCode.put(d.code(), new Place(m.text(), d.code(), prov.name(), pref == null ? null : pref.name(),
          d.level() == DivisionLevel.COUNTY ? d.name() : null, role));
      provinces.add(prov.name());
      if (role == Role.helper) {
        helpers.add(prov.name());
      } else if (role == Role.recipient) {
        recipients.add(prov.name());
      }
    }
    for (Map.Entry<Division, Side> e : partySides.entrySet()) {
      Division prov = gazetteer.province(e.getKey());
      provinces.add(prov.name());
      (e.getValue() == Side.helper ? helpers : recipients).add(prov.name());
    }
    if (context.xinjiang() && !helpers.isEmpty() && !recipients.contains("新疆维吾尔自治区") && !recipients.contains("新疆生产建设兵团")) {
      // A 援疆 story that names only the helping side still reports assistance to Xinjiang.
      provinces.add("新疆维吾尔自治区");
      recipients.add("新疆维吾尔自治区");
    }
    List<String> hospitalNames = new ArrayList<>();
    for (InstitutionMention m : hospitalMentions) {
      if (m.kind() != InstitutionKind.GOVERNMENT && !hospitalNames.contains(m.canonical())) {
        hospitalNames.add(m.canonical());
      }
    }
    String key = SimHash.hex(SimHash.of(BodyNormalizer.normalize(body)));
    return new EnrichedArticle(id, article, title, body, new ArrayList<>(placeByCode.values()), new ArrayList<>(provinces),
        new ArrayList<>(helpers), new ArrayList<>(recipients), hospitalNames, signed, topics.tag(title, body), key);
  }

  /** The article's most-named helping and receiving hospitals, when the framing tells them apart. */
  private List<InstitutionMention> mainPair(List<InstitutionMention> hospitalMentions, AidContext context) {
    Map<String, InstitutionMention> first = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (InstitutionMention m : hospitalMentions) {
      if (m.kind() == InstitutionKind.HOSPITAL) {
        first.putIfAbsent(m.canonical(), m);
        counts.merge(m.canonical(), 1, Integer::sum);
      }
    }
    List<InstitutionMention> distinct = new ArrayList<>(first.values());
    if (distinct.size() < 2) {
      return List.of();
    }
    List<Side> s = sides.sides(distinct, context);
    InstitutionMention helper = null;
    InstitutionMention recipient = null;
    for (int i = 0; i < distinct.size(); i++) {
      InstitutionMention m = distinct.get(i);
      if (s.get(i) == Side.helper && (helper == null || counts.get(m.canonical()) > counts.get(helper.canonical()))) {
        helper = m;
      } else if (s.get(i) == Side.recipient
          && (recipient == null || counts.get(m.canonical()) > counts.get(recipient.canonical()))) {
        recipient = m;
      }
    }
    return helper != null && recipient != null ? List.of(helper, recipient) : List.of();
  }

  private static List<InstitutionMention> distinctHospitals(List<InstitutionMention> mentions) {
    Map<String, InstitutionMention> first = new LinkedHashMap<>();
    for (InstitutionMention m : mentions) {
      if (m.kind() == InstitutionKind.HOSPITAL) {
        first.putIfAbsent(m.canonical(), m);
      }
    }
    return new ArrayList<>(first.values());
  }

  /** For tests and tools: raw place hits of a text. */
  List<Hit<PlaceForm>> placeHits(String text) {
    return PhraseMatcher.leftmostLongest(gazetteer.matcher().findAll(text));
  }
}
