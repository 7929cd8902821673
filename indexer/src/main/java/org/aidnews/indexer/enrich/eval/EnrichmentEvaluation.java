package org.aidnews.indexer.enrich.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aidnews.indexer.PageOutcome;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.enrich.Enricher;
import org.aidnews.indexer.enrich.syndication.SimHash;
import org.aidnews.indexer.extract.Pagination;
import org.aidnews.indexer.index.MultiPageArticles;
import org.aidnews.indexer.model.RejectReason;
import org.aidnews.indexer.enrich.syndication.SyndicationCluster;
import org.aidnews.indexer.enrich.syndication.SyndicationClusterer;
import org.aidnews.indexer.model.Agreement;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.FetchedPage;
import org.aidnews.indexer.model.Party;
import org.aidnews.indexer.model.Quality;
import org.aidnews.indexer.model.Script;
import org.aidnews.indexer.normalize.ScriptConverter;

/**
 * Scores the enrichment on labelled pages, facet by facet: provinces, provinces with their role,
 * hospitals, agreements (type, parties with sides and date must all be right), and syndicated-copy
 * pairs. Two ways to get the article text: the labelled title and body ({@link #onLabelledText},
 * enrichment alone) or the real {@link Pipeline} on the page bytes ({@link #onPages}, everything before
 * enrichment included).
 */
public final class EnrichmentEvaluation {
  /** Facet names, in report order. */
  public static final List<String> FACETS = List.of("provinces", "province+role", "hospitals", "agreements",
      "syndication pairs (MinHash)", "same-page pairs (SimHash)");

  private final Enricher enricher;
  private final ScriptConverter converter = ScriptConverter.get();

  public EnrichmentEvaluation(Enricher enricher) {
    this.enricher = enricher;
  }

  /** The scores of one run. */
  public record Report(String name, int pages, List<String> notIndexed, Map<String, FacetScore> facets,
      double articlesPerSecond) {
    public Report {
      notIndexed = List.copyOf(notIndexed);
    }

    public String format() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "== %s: %d labelled articles%s, enrichment %.0f articles/s (one thread)%n", name,
          pages, notIndexed.isEmpty() ? "" : " (" + notIndexed.size() + " not indexed by the pipeline)", articlesPerSecond));
      for (String f : FACETS) {
        sb.append(String.format(Locale.ROOT, "  %-28s %s%n", f, facets.get(f)));
      }
      for (String n : notIndexed) {
        sb.append("  not indexed: ").append(n).append('\n');
      }
      return sb.toString();
    }

    /** Every mistake, facet by facet, for the curious. */
    public String mistakes(int max) {
      StringBuilder sb = new StringBuilder();
      for (String f : FACETS) {
        List<String> m = facets.get(f).mistakes();
        for (int i = 0; i < Math.min(max, m.size()); i++) {
          sb.append("  [").append(f).append("] ").append(m.get(i)).append('\n');
        }
      }
      return sb.toString();
    }
  }

  /** Enrichment alone, on the labelled title and body of each article page. */
  public Report onLabelledText(String name, List<LabelledPage> pages) {
    Map<LabelledPage, EnrichedArticle> results = new LinkedHashMap<>();
    long nanos = 0;
    for (LabelledPage p : articles(pages)) {
      String title = converter.toSimplified(p.title());
      String body = converter.toSimplified(p.body());
      Article a = new Article(p.url() == null ? "fixture:" + p.id() : p.url(), Instant.EPOCH, "UTF-8", p.title(), p.body(),
          p.published(), p.published() == null ? null : "label", null, null, Script.Hans, true, true, 1.0,
          new Quality(List.of(), Set.of(), 0, null));
      long t0 = System.nanoTime();
      EnrichedArticle e = enricher.enrich(p.id(), a, title, body);
      nanos += System.nanoTime() - t0;
      results.put(p, e);
    }
    return score(name, results, List.of(), nanos);
  }

  /**
   * The real pipeline on each page's bytes; pages without bytes are skipped. As in the index, the text
   * of continuation pages ({@code _2.html}, labelled as no article of their own) joins their first
   * page's article, which is enriched again on the whole text.
   */
  public Report onPages(String name, List<LabelledPage> pages, Pipeline pipeline) {
    Map<LabelledPage, EnrichedArticle> results = new LinkedHashMap<>();
    List<String> notIndexed = new ArrayList<>();
    long nanos = 0;
    Map<String, TreeMap<Integer, String>> continuations = new HashMap<>();
    for (LabelledPage p : pages) {
      if (!p.isArticle() && p.url() != null && Pagination.of(p.url()).isPresent()) {
        PageOutcome o = process(p, pipeline);
        if (o != null && o.reject() == RejectReason.CONTINUATION && o.article() != null) {
          Pagination.Place place = Pagination.of(p.url()).get();
          continuations.computeIfAbsent(place.firstPageUrl(), k -> new TreeMap<>()).put(place.order(), o.article().body());
        }
      }
    }
    for (LabelledPage p : articles(pages)) {
      long t0 = System.nanoTime();
      PageOutcome outcome = process(p, pipeline);
      if (outcome == null) {
        continue;
      }
      TreeMap<Integer, String> more = continuations.get(outcome.url());
      if (outcome.enriched() != null && more != null) {
        outcome = new PageOutcome(outcome.url(), outcome.article(), pipeline.enrich(Pipeline.articleId(outcome.url()),
            MultiPageArticles.merged(outcome.article(), more.values())), null, null);
      }
      nanos += System.nanoTime() - t0;
      if (outcome.enriched() == null) {
        notIndexed.add(p.id() + " (" + outcome.reject() + (outcome.detail() == null ? "" : ": " + outcome.detail()) + ")");
      }
      results.put(p, outcome.enriched());
    }
    return score(name, results, notIndexed, nanos);
  }

  /** The pipeline's outcome for a labelled page's bytes, or null when the page has none. */
  private static PageOutcome process(LabelledPage p, Pipeline pipeline) {
    if (p.pageFile() == null) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(p.pageFile());
    } catch (IOException e) {
      return null;
    }
    Map<String, String> headers = new HashMap<>();
    if (p.contentType() != null) {
      headers.put("content-type", p.contentType());
    }
    Instant fetched = p.published() == null ? Instant.parse("2025-06-01T00:00:00Z")
        : p.published().plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
    String url = p.url() != null ? p.url() : "http://heldout.invalid/" + p.id();
    return pipeline.process(new FetchedPage(url, fetched, 200, headers, bytes));
  }

  private static List<LabelledPage> articles(List<LabelledPage> pages) {
    return pages.stream().filter(LabelledPage::isArticle).toList();
  }

  private Report score(String name, Map<LabelledPage, EnrichedArticle> results, List<String> notIndexed, long nanos) {
    Map<String, FacetScore> facets = new LinkedHashMap<>();
    for (String f : FACETS) {
      facets.put(f, new FacetScore());
    }
    SyndicationClusterer clusterer = new SyndicationClusterer();
    Map<String, Long> simhash = new LinkedHashMap<>();
    for (Map.Entry<LabelledPage, EnrichedArticle> r : results.entrySet()) {
      LabelledPage p = r.getKey();
      EnrichedArticle e = r.getValue();
      facets.get("provinces").add(p.id(), p.provinces(), e == null ? List.of() : e.provinces());
      facets.get("province+role").add(p.id(), roles(p.provinces(), p.helperProvinces(), p.recipientProvinces()),
          e == null ? List.of() : roles(e.provinces(), e.helperProvinces(), e.recipientProvinces()));
      facets.get("hospitals").add(p.id(), p.hospitals(), e == null ? List.of() : e.hospitals());
      facets.get("agreements").add(p.id(), agreementKeys(p.agreements()), e == null ? List.of() : agreementKeys(e.agreements()));
      if (e != null) {
        LocalDate published = e.article().published();
        clusterer.add(p.id(), published, e.bodySimplified());
        simhash.put(p.id(), Long.parseUnsignedLong(e.clusterKey(), 16));
      }
    }
    Set<String> truePairs = truePairs(results.keySet());
    Set<String> minhashPairs = new TreeSet<>();
    for (SyndicationCluster c : clusterer.clusters()) {
      List<String> m = c.memberIds();
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          minhashPairs.add(pair(m.get(i), m.get(j)));
        }
      }
    }
    Set<String> simhashPairs = new TreeSet<>();
    List<String> ids = new ArrayList<>(simhash.keySet());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (SimHash.distance(simhash.get(ids.get(i)), simhash.get(ids.get(j))) <= SimHash.SAME_PAGE_DISTANCE) {
          simhashPairs.add(pair(ids.get(i), ids.get(j)));
        }
      }
    }
    facets.get("syndication pairs (MinHash)").add("pairs", truePairs, minhashPairs);
    facets.get("same-page pairs (SimHash)").add("pairs", truePairs, simhashPairs);
    double perSecond = nanos == 0 ? 0 : results.size() / (nanos / 1e9);
    return new Report(name, results.size(), notIndexed, facets, perSecond);
  }

  private static Set<String> truePairs(Set<LabelledPage> pages) {
    Map<String, List<String>> byStory = new LinkedHashMap<>();
    for (LabelledPage p : pages) {
      if (p.syndication() != null && !p.syndication().isBlank()) {
        byStory.computeIfAbsent(p.syndication(), k -> new ArrayList<>()).add(p.id());
      }
    }
    Set<String> out = new TreeSet<>();
    for (List<String> m : byStory.values()) {
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          out.add(pair(m.get(i), m.get(j)));
        }
      }
    }
    return out;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + " ~ " + b : b + " ~ " + a;
  }

  /** Province/role items: 浙江省/helper, 新疆维吾尔自治区/recipient, 北京市/mentioned. */
  static List<String> roles(List<String> provinces, List<String> helpers, List<String> recipients) {
    Set<String> out = new HashSet<>();
    for (String h : helpers) {
      out.add(h + "/helper");
    }
    for (String r : recipients) {
      out.add(r + "/recipient");
    }
    for (String p : provinces) {
      if (!helpers.contains(p) && !recipients.contains(p)) {
        out.add(p + "/mentioned");
      }
    }
    return new ArrayList<>(out);
  }

  /** One string per agreement: type, parties with sides (sorted), date. */
  static List<String> agreementKeys(List<Agreement> agreements) {
    List<String> out = new ArrayList<>();
    for (Agreement a : agreements) {
      TreeSet<String> parties = new TreeSet<>();
      for (Party p : a.parties()) {
        parties.add(p.name() + ":" + p.side());
      }
      out.add(a.type() + " " + parties + " " + a.date());
    }
    return out;
  }
}
