package org.aidnews.indexer.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.aidnews.indexer.model.Agreement;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.Party;

/**
 * Gathers the agreements reported by the articles of one build and merges reports of the same
 * signing into one record. Two reports are the same agreement when type, the set of party names and
 * the signing date agree (a missing date matches the other report's date only when the parties agree
 * and the reports are at most 30 days apart).
 */
public final class AgreementRecords {
  private final Map<String, EnrichedArticle> byArticle = new ConcurrentHashMap<>();

  /** Records the agreements of {@code e}, replacing what an older copy of the same article reported. */
  public void add(EnrichedArticle e) {
    if (e.agreements().isEmpty()) {
      byArticle.remove(e.id());
    } else {
      byArticle.put(e.id(), e);
    }
  }

  /** The merged records, newest signing first. */
  public List<AgreementRecord> records() {
    Map<String, List<Report>> groups = new LinkedHashMap<>();
    // The groups by type and parties, in creation order: an undated report looks only at these
    // (was a scan of every group per undated report, quadratic in the build's agreements).
    Map<String, List<List<Report>>> byParties = new java.util.HashMap<>();
    List<Report> reports = new ArrayList<>();
    for (EnrichedArticle e : byArticle.values()) {
      for (Agreement a : e.agreements()) {
        reports.add(new Report(e, a));
      }
    }
    reports.sort(Comparator.comparing((Report r) -> published(r.article()), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.article().id()));
    for (Report r : reports) {
      String key = key(r.agreement());
      List<Report> group = groups.get(key);
      if (group == null && r.agreement().date() == null) {
        group = undatedMatch(byParties.getOrDefault(typeAndParties(r.agreement()), List.of()), r);
      }
      if (group == null) {
        group = new ArrayList<>();
        groups.put(key, group);
        byParties.computeIfAbsent(typeAndParties(r.agreement()), k -> new ArrayList<>()).add(group);
      }
      group.add(r);
    }
    List<AgreementRecord> out = new ArrayList<>();
    for (Map.Entry<String, List<Report>> g : groups.entrySet()) {
      out.add(merge(g.getKey(), g.getValue()));
    }
    out.sort(Comparator.comparing(AgreementRecord::date, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(AgreementRecord::id));
    return out;
  }

  private record Report(EnrichedArticle article, Agreement agreement) {}

  private static LocalDate published(EnrichedArticle e) {
    return e.article().published();
  }

  /** The first of {@code candidates} (groups of the same type and parties) an undated report joins, or null. */
  private static List<Report> undatedMatch(List<List<Report>> candidates, Report r) {
    String parties = partyKey(r.agreement());
    LocalDate pub = published(r.article());
    for (List<Report> group : candidates) {
      Agreement other = group.get(0).agreement();
      if (other.type().equals(r.agreement().type()) && partyKey(other).equals(parties) && !parties.isEmpty()) {
        LocalDate otherDate = other.date() != null ? other.date() : published(group.get(0).article());
        if (pub == null || otherDate == null || Math.abs(pub.toEpochDay() - otherDate.toEpochDay()) <= 30) {
          return group;
        }
      }
    }
    return null;
  }

  private static String partyKey(Agreement a) {
    Set<String> names = new TreeSet<>();
    for (Party p : a.parties()) {
      names.add(p.name());
    }
    return String.join("|", names);
  }

  private static String typeAndParties(Agreement a) {
    return a.type() + "#" + partyKey(a);
  }

  private static String key(Agreement a) {
    return a.type() + "#" + partyKey(a) + "#" + (a.date() == null ? "?" : a.date().toString());
  }

  private static AgreementRecord merge(String key, List<Report> reports) {
    Agreement first = reports.get(0).agreement();
    LocalDate date = reports.stream().map(r -> r.agreement().date()).filter(d -> d != null).findFirst().orElse(null);
    String title = reports.stream().map(r -> r.agreement().title()).filter(t -> t != null).findFirst().orElse(null);
    String place = reports.stream().map(r -> r.agreement().place()).filter(t -> t != null).findFirst().orElse(null);
    Map<String, Party> parties = new LinkedHashMap<>();
    Set<String> helpers = new LinkedHashSet<>();
    Set<String> recipients = new LinkedHashSet<>();
    List<AgreementRecord.Source> sources = new ArrayList<>();
    for (Report r : reports) {
      for (Party p : r.agreement().parties()) {
        parties.merge(p.name(), p, (a, b) -> a.side() == org.aidnews.indexer.model.Side.unknown ? b : a);
      }
      helpers.addAll(r.article().helperProvinces());
      recipients.addAll(r.article().recipientProvinces());
      var a = r.article().article();
      if (sources.stream().noneMatch(s -> s.id().equals(r.article().id()))) {
        sources.add(new AgreementRecord.Source(r.article().id(), a.url(), a.title(), a.published(), a.source()));
      }
    }
    return new AgreementRecord(id(key), first.type(), title, List.copyOf(parties.values()), date, first.dateText(),
        place, List.copyOf(helpers), List.copyOf(recipients), List.copyOf(sources));
  }

  private static String id(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
