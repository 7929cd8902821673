package org.aidnews.solrit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.eval.SampleSitesWarc;
import org.aidnews.indexer.index.IndexBuilder;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.search.Synonyms;
import org.aidnews.indexer.solr.SolrIndexCommand;
import org.aidnews.indexer.solr.SolrSearchService;
import org.aidnews.indexer.solr.SolrSetupCommand;
import org.aidnews.indexer.solr.SolrTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample sites go through the real pipeline into both engines: the embedded Lucene index and
 * a 2-node SolrCloud collection of 2 shards × 2 replicas. A table of searches (the judged
 * relevance queries, plus filters, multi-select, province paths, date ranges, newest-first and
 * agreement searches) must give the same totals, page sizes and facet counts on both. Then one
 * node is stopped and the same table must still answer, with the same totals.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudParityTest {
  static final String COLLECTION = "aidnews";
  @TempDir static Path tmp;
  static LocalCloud cloud;
  static SearchService embedded;
  static SolrSearchService solr;
  static final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();

  static Path testdata() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isRegularFile(p.resolve("testdata/relevance.tsv"))) {
      p = p.getParent();
    }
    assertThat(p).as("testdata/ above the working directory").isNotNull();
    return p.resolve("testdata");
  }

  @BeforeAll
  static void startAndIndex() throws Exception {
    long t0 = System.nanoTime();
    cloud = LocalCloud.start(2, tmp);
    long t1 = System.nanoTime();
    Path warc = tmp.resolve("warc");
    SampleSitesWarc.write(testdata().resolve("sites"), warc);
    new IndexBuilder(Pipeline.standard(), 2).rebuild(warc, new IndexLocation(tmp.resolve("index")), w -> { },
        s -> { });
    embedded = new SearchService(tmp.resolve("index"), Synonyms.load(testdata().getParent().resolve(
        "config/synonyms.tsv")));
    String target = String.join(",", cloud.nodes) + "/" + COLLECTION;
    run("solr-setup", SolrSetupCommand.run(new String[] {"--solr", target, "--shards", "2", "--replicas", "2"},
        out(), out()));
    long t2 = System.nanoTime();
    run("solr-index", SolrIndexCommand.run(new String[] {"--solr", target, "--in", warc.toString(), "--replace",
        "--batch", "25"}, out(), out()));
    long t3 = System.nanoTime();
    solr = new SolrSearchService(SolrTarget.parse(target), Synonyms.load(testdata().getParent().resolve(
        "config/synonyms.tsv")));
    solr.onEvent(events::add);
    System.out.printf(Locale.ROOT, "SolrCloud up in %.1f s; setup+embedded build %.1f s; solr-index %.1f s%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
  }

  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

  private static PrintStream out() {
    return new PrintStream(LOG, true, StandardCharsets.UTF_8);
  }

  private static void run(String what, int code) {
    assertThat(code).as(what + " exit code; output:\n" + LOG.toString(StandardCharsets.UTF_8)).isZero();
  }

  @AfterAll
  static void stop() throws Exception {
    if (solr != null) {
      solr.close();
    }
    if (embedded != null) {
      embedded.close();
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  /** The table: every judged query, then filters, multi-select, paths, ranges, sorts and paging. */
  static List<SearchRequest> table() throws Exception {
    List<SearchRequest> t = new ArrayList<>();
    for (String line : Files.readAllLines(testdata().resolve("relevance.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      t.add(SearchRequest.of(line.split("\t")[0]));
    }
    String xj = "新疆维吾尔自治区";
    t.add(SearchRequest.of(""));
    t.add(SearchRequest.of("醫療援疆"));
    t.add(SearchRequest.of("\"组团式 援疆\""));
    t.add(SearchRequest.of("\"医院 签约\"~10"));
    t.add(SearchRequest.of("援疆 -招聘"));
    t.add(SearchRequest.of("(援藏 OR 援疆) 医疗队"));
    t.add(SearchRequest.of("title:签约"));
    t.add(SearchRequest.of("source:中新"));
    t.add(SearchRequest.of("，。！"));
    t.add(req("", Map.of("province", List.of(xj)), null, null, SearchRequest.Sort.relevance, 1));
    t.add(req("医院", Map.of("province", List.of(xj + "/阿克苏地区")), null, null, SearchRequest.Sort.relevance, 1));
    t.add(req("", Map.of("province", List.of(xj + "/喀什地区", "西藏自治区")), null, null, SearchRequest.Sort.newest, 1));
    t.add(req("", Map.of("helper", List.of("浙江省", "广东省")), null, null, SearchRequest.Sort.relevance, 1));
    t.add(req("医疗", Map.of("helper", List.of("浙江省"), "recipient", List.of(xj)), null, null,
        SearchRequest.Sort.relevance, 1));
    t.add(req("", Map.of("agreementType", List.of("医联体", "托管")), null, null, SearchRequest.Sort.newest, 1));
    t.add(req("", Map.of(), LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), SearchRequest.Sort.newest, 1));
    t.add(req("援疆", Map.of("year", List.of("2024", "2025")), LocalDate.of(2020, 1, 1), null,
        SearchRequest.Sort.relevance, 1));
    t.add(req("", Map.of(), null, null, SearchRequest.Sort.newest, 2));
    t.add(req("", Map.of(), null, null, SearchRequest.Sort.newest, 4));
    return t;
  }

  static SearchRequest req(String q, Map<String, List<String>> f, LocalDate from, LocalDate to, SearchRequest.Sort s,
      int page) {
    return new SearchRequest(q, f, from, to, s, page, 10);
  }

  @Test
  @Order(1)
  void searchesGiveTheSameTotalsAndFacetCountsAsTheEmbeddedEngine() throws Exception {
    List<String> diffs = new ArrayList<>();
    int rows = 0;
    long nonEmpty = 0;
    long tLucene = 0;
    long tSolr = 0;
    for (SearchRequest r : table()) {
      long t0 = System.nanoTime();
      SearchResult a = embedded.search(r);
      long t1 = System.nanoTime();
      SearchResult b = solr.search(r);
      tLucene += t1 - t0;
      tSolr += System.nanoTime() - t1;
      compare(describe(r), a, b, diffs);
      rows++;
      nonEmpty += a.total() > 0 ? 1 : 0;
      SearchService.AgreementResult aa = embedded.searchAgreements(r);
      SearchService.AgreementResult ab = solr.searchAgreements(r);
      if (aa.total() != ab.total() || aa.records().size() != ab.records().size()) {
        diffs.add(describe(r) + " agreements: total " + aa.total() + " vs " + ab.total());
      }
      compareFacets(describe(r) + " agreements", aa.facets(), ab.facets(), diffs);
    }
    System.out.printf(Locale.ROOT, "parity table: %d searches (%d with hits), %d differences; mean per search "
        + "(first pass, cold): embedded %.1f ms, SolrCloud %.1f ms%n", rows, nonEmpty, diffs.size(), tLucene / 1e6 / rows,
        tSolr / 1e6 / rows);
    diffs.forEach(System.out::println);
    assertThat(nonEmpty).as("searches with hits").isGreaterThan(rows / 2);
    assertThat(diffs).isEmpty();
  }

  @Test
  @Order(2)
  void hitsCarryHighlightsArticlesAndCopies() throws Exception {
    SearchResult a = embedded.search(SearchRequest.of("疏附县"));
    SearchResult b = solr.search(SearchRequest.of("疏附县"));
    assertThat(b.hits()).isNotEmpty();
    assertThat(b.hits()).allSatisfy(h -> assertThat(h.titleHighlight() + h.snippet()).contains("<mark>"));
    assertThat(b.hits().stream().map(h -> h.article().id()).toList())
        .containsExactlyInAnyOrderElementsOf(a.hits().stream().map(h -> h.article().id()).toList());
    // Same hit, same highlighted title (marks merged, escaping, the page's own script).
    for (var hb : b.hits()) {
      a.hits().stream().filter(ha -> ha.article().id().equals(hb.article().id())).findFirst()
          .ifPresent(ha -> assertThat(hb.titleHighlight()).isEqualTo(ha.titleHighlight()));
    }
    // Pages in Traditional script: Solr highlights the Simplified copy; the page's own characters come back.
    int traditional = 0;
    int sameSnippet = 0;
    for (int page = 1; page <= 3; page++) {
      for (var h : embedded.search(new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.newest, page, 50))
          .hits()) {
        if (!"Hant".equals(h.article().script()) || h.article().title() == null || h.article().title().length() < 4) {
          continue;
        }
        String plain = h.article().title().replaceAll("[\"“”「」『』＂《》【】]", "");
        if (plain.length() < 4) {
          continue;
        }
        SearchRequest byTitle = new SearchRequest("\"" + plain.substring(0, 4) + "\"", Map.of(), null,
            null, SearchRequest.Sort.relevance, 1, 50);
        // The article may be folded under a syndicated copy: compare the hit that shows it.
        var shown = embedded.search(byTitle).hits().stream().filter(x -> x.article().id().equals(h.article().id())
            || x.copies().stream().anyMatch(c -> c.id().equals(h.article().id()))).findFirst();
        if (shown.isEmpty()) {
          continue; // the four characters span punctuation or lost characters: not a usable probe
        }
        var ha = shown.get();
        var hb = solr.search(byTitle).hits().stream().filter(x -> x.article().id().equals(ha.article().id()))
            .findFirst().orElseThrow();
        assertThat(hb.titleHighlight()).isEqualTo(ha.titleHighlight()).contains("<mark>");
        sameSnippet += hb.snippet().equals(ha.snippet()) ? 1 : 0;
        traditional++;
      }
    }
    System.out.println("Traditional-script hits compared: " + traditional + ", identical snippets " + sameSnippet);
    assertThat(traditional).as("Traditional-script articles compared").isPositive();
    System.out.println("solr snippet: " + b.hits().get(0).snippet());
    System.out.println("lucene snippet: " + a.hits().get(0).snippet());
    String id = b.hits().get(0).article().id();
    var va = embedded.article(id).orElseThrow();
    var vb = solr.article(id).orElseThrow();
    assertThat(vb.body()).isEqualTo(va.body());
    assertThat(vb.warcFile()).isEqualTo(va.warcFile());
    assertThat(vb.copies()).hasSameSizeAs(va.copies());
    // Syndicated copies: every article the embedded engine lists copies for has the same copies on
    // Solr, in the same order, and a search for its title shows one member of the cluster, not several.
    int clustered = 0;
    for (int page = 1; page <= 2; page++) {
      for (var h : embedded.search(req("", Map.of(), null, null, SearchRequest.Sort.newest, page)).hits()) {
        if (h.copies().isEmpty()) {
          continue;
        }
        clustered++;
        var sv = solr.article(h.article().id()).orElseThrow();
        assertThat(sv.copies()).isEqualTo(embedded.article(h.article().id()).orElseThrow().copies());
        java.util.Set<String> members = new java.util.HashSet<>();
        members.add(h.article().id());
        h.copies().forEach(c -> members.add(c.id()));
        String title = h.article().title();
        SearchRequest byTitle = new SearchRequest("\"" + title.substring(0, Math.min(8, title.length())) + "\"",
            Map.of(), null, null, SearchRequest.Sort.relevance, 1, 50);
        long onSolr = solr.search(byTitle).hits().stream().filter(x -> members.contains(x.article().id())).count();
        long onLucene = embedded.search(byTitle).hits().stream().filter(x -> members.contains(x.article().id())).count();
        assertThat(onSolr).as("members of %s's cluster on one page", h.article().id()).isEqualTo(onLucene)
            .isLessThanOrEqualTo(1);
      }
    }
    System.out.println("syndication clusters compared: " + clustered);
    assertThat(clustered).isPositive();
    assertThat(solr.suggest("疏附", 5)).isNotEmpty();
    assertThat(solr.status().articles()).isPositive();
  }

  @Test
  @Order(3)
  void withOneNodeStoppedSearchesStillAnswer() throws Exception {
    long t0 = System.nanoTime();
    String answer = cloud.command("stop 1");
    assertThat(answer).startsWith("STOPPED");
    List<String> diffs = new ArrayList<>();
    int rows = 0;
    for (SearchRequest r : table()) {
      SearchResult a = embedded.search(r);
      SearchResult b = solr.search(r);
      if (a.total() != b.total() || a.hits().size() != b.hits().size()) {
        diffs.add(describe(r) + ": total " + a.total() + " vs " + b.total());
      }
      rows++;
    }
    System.out.printf(Locale.ROOT, "node down: %d searches answered in %.1f s, %d differences; client events: %s%n",
        rows, (System.nanoTime() - t0) / 1e9, diffs.size(), events);
    assertThat(diffs).isEmpty();
  }

  static String describe(SearchRequest r) {
    return "[" + r.query() + "] " + r.filters() + (r.from() != null || r.to() != null ? " " + r.from() + ".." + r.to()
        : "") + " " + r.sort() + " p" + r.page();
  }

  static void compare(String what, SearchResult a, SearchResult b, List<String> diffs) {
    if (a.total() != b.total()) {
      diffs.add(what + ": total " + a.total() + " (embedded) vs " + b.total() + " (solr)");
    }
    if (a.hits().size() != b.hits().size()) {
      diffs.add(what + ": page of " + a.hits().size() + " vs " + b.hits().size());
    }
    compareFacets(what, a.facets(), b.facets(), diffs);
    if (what.contains(" newest ")) {
      List<LocalDate> da = a.hits().stream().map(h -> h.article().published()).toList();
      List<LocalDate> db = b.hits().stream().map(h -> h.article().published()).toList();
      if (!da.equals(db)) {
        diffs.add(what + ": dates of the newest-first page " + da + " vs " + db);
      }
    }
  }

  /**
   * Same dimensions; per dimension the same number of values with the same counts, and every value
   * shown by both with the same count (values may differ only where a tie sits at the top-20 cut).
   */
  static void compareFacets(String what, Map<String, List<SearchResult.FacetValue>> a,
      Map<String, List<SearchResult.FacetValue>> b, List<String> diffs) {
    if (!a.keySet().equals(b.keySet())) {
      diffs.add(what + ": facet dims " + a.keySet() + " vs " + b.keySet());
      return;
    }
    for (String dim : a.keySet()) {
      compareValues(what + " " + dim, a.get(dim), b.get(dim), diffs);
    }
  }

  static void compareValues(String what, List<SearchResult.FacetValue> a, List<SearchResult.FacetValue> b,
      List<String> diffs) {
    List<Long> ca = a.stream().map(SearchResult.FacetValue::count).sorted().toList();
    List<Long> cb = b.stream().map(SearchResult.FacetValue::count).sorted().toList();
    if (!ca.equals(cb)) {
      diffs.add(what + ": counts " + counts(a) + " vs " + counts(b));
      return;
    }
    Map<String, SearchResult.FacetValue> mb = new LinkedHashMap<>();
    b.forEach(v -> mb.put(v.value(), v));
    long minCount = ca.isEmpty() ? 0 : ca.get(0);
    for (SearchResult.FacetValue v : a) {
      SearchResult.FacetValue w = mb.get(v.value());
      if (w == null) {
        if (v.count() != minCount || a.size() < 20) {
          diffs.add(what + ": value " + v.value() + " missing on solr (" + counts(a) + " vs " + counts(b) + ")");
        }
        continue;
      }
      if (v.count() != w.count()) {
        diffs.add(what + " " + v.value() + ": " + v.count() + " vs " + w.count());
      }
      compareValues(what + "/" + v.value(), v.children(), w.children(), diffs);
    }
  }

  static Map<String, Long> counts(List<SearchResult.FacetValue> values) {
    Map<String, Long> m = new TreeMap<>();
    values.forEach(v -> m.put(v.value(), v.count()));
    return m;
  }
}
