package org.aidnews.indexer.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aidnews.indexer.index.AgreementRecord;
import org.aidnews.indexer.index.ClusterDocuments;
import org.aidnews.indexer.index.Json;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.index.StoredArticle;
import org.aidnews.indexer.search.BadQueryException;
import org.aidnews.indexer.search.NameSuggester;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.search.Synonyms;
import org.aidnews.indexer.search.UserQueryParser;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.NamedList;

/**
 * The search operations over a SolrCloud collection, answering {@link SearchRequest}s with the same
 * {@link SearchResult}s as the embedded {@link SearchService}: same query language and field
 * weights ({@link SolrQueryTranslator}), multi-select facets with the same sideways counts (JSON
 * Facet API: each dimension's filter is tagged and excluded from that dimension's own facet),
 * hierarchical province counts, highlighting, date range, sorting and syndication folding.
 *
 * <p>Folding is done as the embedded engine does it, on the ranked ids (four times a page, keep the
 * best-ranked article of each cluster), not with Solr's collapse parser: collapse needs every
 * member of a group on one shard, while articles are spread over shards by id, and a cluster is
 * only known after the build has seen all articles. Totals and facet counts count articles, as in
 * the embedded engine. A result page costs two requests (ids, facets; then the page's documents
 * and highlights), three when a hit has syndicated copies.
 */
public final class SolrSearchService implements ArticleSearch {
  private static final int FACET_TOP = 20;
  private static final int FOLD_FACTOR = 4;
  private static final String TAG = "f_";
  private static final long SUGGESTER_TTL_NANOS = 60_000_000_000L;

  private final SolrNodes nodes;
  private final SolrQueryTranslator translator;
  private volatile NameSuggester suggester;
  private volatile long suggesterBuilt;

  public SolrSearchService(SolrTarget target, Synonyms synonyms) {
    this(new SolrNodes(target), synonyms);
  }

  SolrSearchService(SolrNodes nodes, Synonyms synonyms) {
    this.nodes = nodes;
    this.translator = new SolrQueryTranslator(synonyms);
  }

  /** Where node failures and retries are reported. */
  public void onEvent(java.util.function.Consumer<String> log) {
    nodes.onEvent(log);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    SolrQuery q = base(request, Schema.KIND_ARTICLE);
    int rows = Math.min(SearchRequest.MAX_DEPTH * FOLD_FACTOR, (request.offset() + request.size()) * FOLD_FACTOR);
    q.setRows(rows);
    q.setFields(Schema.ID, Schema.CLUSTER);
    sort(q, request.sort());
    q.set("json.facet", Json.mapper().writeValueAsString(facetRequest(request, articleDims(), true)));
    QueryResponse rsp = query("search", q);
    long total = rsp.getResults().getNumFound();
    // Fold: walking the ranked hits, keep the first article of each cluster.
    List<String> folded = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SolrDocument d : rsp.getResults()) {
      Object cluster = d.getFirstValue(Schema.CLUSTER);
      if (cluster == null || seen.add(cluster.toString())) {
        folded.add(d.getFirstValue(Schema.ID).toString());
      }
      if (folded.size() >= request.offset() + request.size()) {
        break;
      }
    }
    List<String> page = folded.size() <= request.offset() ? List.of()
        : folded.subList(request.offset(), folded.size());
    List<SearchResult.Hit> hits = hits(q.getQuery(), page);
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>(
        facetValues(rsp, request, Schema.FACET_DIMS));
    facets.put(Schema.F_MONTH, sortedByValue(buckets(rsp, Schema.F_MONTH)));
    facets.put(Schema.F_PAIR, sortedByValue(buckets(rsp, Schema.F_PAIR)));
    return new SearchResult(total, hits, facets);
  }

  @Override
  public SearchService.AgreementResult searchAgreements(SearchRequest request) throws IOException {
    SearchRequest sorted = request.query().isBlank() && request.sort() == SearchRequest.Sort.relevance
        ? new SearchRequest(request.query(), request.filters(), request.from(), request.to(), SearchRequest.Sort.newest,
            request.page(), request.size())
        : request;
    SolrQuery q = base(sorted, Schema.KIND_AGREEMENT);
    q.setStart(request.offset());
    q.setRows(request.size());
    q.setFields(Schema.STORED_JSON);
    sort(q, sorted.sort());
    q.set("json.facet", Json.mapper().writeValueAsString(facetRequest(request, Schema.AGREEMENT_DIMS, false)));
    QueryResponse rsp = query("agreement search", q);
    List<AgreementRecord> records = new ArrayList<>();
    for (SolrDocument d : rsp.getResults()) {
      records.add(Json.mapper().readValue(d.getFirstValue(Schema.STORED_JSON).toString(), AgreementRecord.class));
    }
    return new SearchService.AgreementResult(rsp.getResults().getNumFound(), records,
        facetValues(rsp, request, Schema.AGREEMENT_DIMS));
  }

  /** Query, kind, date range and tagged facet filters: everything but rows, fields, sort and facets. */
  private SolrQuery base(SearchRequest request, String kind) {
    if (request.offset() + request.size() > SearchRequest.MAX_DEPTH) {
      throw new BadQueryException("page", "最多只能翻到第 " + SearchRequest.MAX_DEPTH + " 条结果，请缩小查询范围。Results beyond "
          + SearchRequest.MAX_DEPTH + " are not served: narrow the query.");
    }
    SolrQuery q = new SolrQuery(translator.translate(UserQueryParser.parse(request.query())));
    q.set("defType", "lucene");
    q.set("q.op", "OR");
    q.addFilterQuery(Schema.KIND + ":" + kind);
    if (request.from() != null || request.to() != null) {
      String lo = request.from() == null ? "*" : Long.toString(request.from().toEpochDay());
      String hi = request.to() == null ? "*" : Long.toString(request.to().toEpochDay());
      q.addFilterQuery(Schema.PUBLISHED + ":[" + lo + " TO " + hi + "]");
    }
    Set<String> known = new HashSet<>(SolrSchema.facetDims());
    for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
      String dim = f.getKey();
      List<String> terms = new ArrayList<>();
      for (String value : f.getValue()) {
        List<String> path = SolrSchema.hierarchical(dim)
            ? Arrays.stream(value.split("/")).map(String::strip).filter(c -> !c.isEmpty()).toList()
            : List.of(value.strip());
        if (path.isEmpty() || path.get(0).isEmpty()) {
          throw new BadQueryException(dim, "筛选值不能为空。Empty value for '" + dim + "'.");
        }
        terms.add(SolrSchema.hierarchical(dim) ? SolrSchema.pathToken(path) : path.get(0));
      }
      if (terms.isEmpty()) {
        continue;
      }
      String tag = "{!tag=" + TAG + tagName(dim) + "}";
      if (!known.contains(dim)) {
        q.addFilterQuery(tag + "-" + SolrQueryTranslator.MATCH_ALL); // an unknown dimension matches nothing
        continue;
      }
      StringBuilder fq = new StringBuilder(tag).append(dim).append(":(");
      for (int i = 0; i < terms.size(); i++) {
        fq.append(i == 0 ? "" : " OR ").append(SolrQueryTranslator.quote(terms.get(i)));
      }
      q.addFilterQuery(fq.append(')').toString());
    }
    return q;
  }

  /** A local-params-safe tag for a dimension name. */
  private static String tagName(String dim) {
    return dim.replaceAll("[^A-Za-z0-9_]", "_");
  }

  private static void sort(SolrQuery q, SearchRequest.Sort sort) {
    if (sort == SearchRequest.Sort.newest) {
      q.addSort(SolrSchema.PUBLISHED_SORT, SolrQuery.ORDER.desc); // undated last
      q.addSort("score", SolrQuery.ORDER.desc);
    } else {
      q.addSort("score", SolrQuery.ORDER.desc);
    }
  }

  private static List<String> articleDims() {
    List<String> dims = new ArrayList<>(Schema.FACET_DIMS);
    dims.add(Schema.F_MONTH);
    dims.add(Schema.F_PAIR);
    return dims;
  }

  /** The JSON Facet API request: one terms facet per dimension, each excluding its own filter. */
  private static Map<String, Object> facetRequest(SearchRequest request, List<String> dims, boolean provinceTree) {
    Map<String, Object> facets = new LinkedHashMap<>();
    for (String dim : dims) {
      int limit = Schema.F_MONTH.equals(dim) ? 1200 : Schema.F_PAIR.equals(dim) ? 200 : FACET_TOP;
      if (SolrSchema.hierarchical(dim)) {
        facets.put(dim, terms(dim, limit, SolrSchema.childPrefix(List.of())));
        if (provinceTree) {
          // Every second-level value (a few hundred at most), cut to the top 20 per parent here.
          facets.put(dim + "__2", terms(dim, -1, "2/"));
          int i = 0;
          for (List<String> parent : selectedParents(request, dim)) {
            facets.put(dim + "__3_" + i++, terms(dim, FACET_TOP, SolrSchema.childPrefix(parent)));
          }
        }
      } else {
        facets.put(dim, terms(dim, limit, null));
      }
    }
    return facets;
  }

  /** First two levels of each selected path that has them: whose third level is shown. */
  private static List<List<String>> selectedParents(SearchRequest request, String dim) {
    Set<List<String>> out = new LinkedHashSet<>();
    for (String s : request.filters().getOrDefault(dim, List.of())) {
      List<String> path = Arrays.stream(s.split("/")).map(String::strip).filter(c -> !c.isEmpty()).toList();
      if (path.size() >= 2) {
        out.add(path.subList(0, 2));
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, Object> terms(String field, int limit, String prefix) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("type", "terms");
    t.put("field", field);
    t.put("limit", limit);
    t.put("mincount", 1);
    // Exact counts across shards: a second round asks shards for the counts they did not return
    // (refine), and each shard offers far more candidates than shown (overrequest), so a value
    // that is middling on every shard but in the top 20 overall is not missed. Found necessary on
    // the sample corpus: with the default overrequest a hospital with 3 articles lost its place.
    t.put("refine", true);
    if (limit > 0) {
      t.put("overrequest", Math.max(200, limit * 10));
    }
    if (prefix != null) {
      t.put("prefix", prefix);
    }
    t.put("domain", Map.of("excludeTags", TAG + tagName(field)));
    return t;
  }

  /** value → count buckets of one facet, in Solr's order (count desc). */
  private static List<SearchResult.FacetValue> buckets(QueryResponse rsp, String key) {
    Object facets = rsp.getResponse().get("facets");
    if (!(facets instanceof NamedList<?> nl) || !(nl.get(key) instanceof NamedList<?> facet)) {
      return List.of();
    }
    Object buckets = facet.get("buckets");
    if (!(buckets instanceof List<?> list)) {
      return List.of();
    }
    List<SearchResult.FacetValue> out = new ArrayList<>(list.size());
    for (Object b : list) {
      if (b instanceof NamedList<?> bucket) {
        out.add(new SearchResult.FacetValue(String.valueOf(bucket.get("val")),
            ((Number) bucket.get("count")).longValue(), List.of()));
      }
    }
    return out;
  }

  private static List<SearchResult.FacetValue> sortedByValue(List<SearchResult.FacetValue> values) {
    return values.stream().sorted(Comparator.comparing(SearchResult.FacetValue::value)).toList();
  }

  private Map<String, List<SearchResult.FacetValue>> facetValues(QueryResponse rsp, SearchRequest request,
      List<String> dims) {
    Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      List<SearchResult.FacetValue> values = buckets(rsp, dim);
      if (SolrSchema.hierarchical(dim)) {
        values = provinceTree(rsp, request, dim, values);
      }
      if (Schema.F_YEAR.equals(dim)) {
        values = values.stream().sorted((a, b) -> b.value().compareTo(a.value())).toList();
      }
      out.put(dim, List.copyOf(values));
    }
    return out;
  }

  /** Top level labels with their top children, and grandchildren under selected paths. */
  private List<SearchResult.FacetValue> provinceTree(QueryResponse rsp, SearchRequest request, String dim,
      List<SearchResult.FacetValue> top) {
    List<SearchResult.FacetValue> second = buckets(rsp, dim + "__2");
    Map<List<String>, List<SearchResult.FacetValue>> third = new HashMap<>();
    List<List<String>> parents = selectedParents(request, dim);
    for (int i = 0; i < parents.size(); i++) {
      third.put(parents.get(i), buckets(rsp, dim + "__3_" + i));
    }
    List<SearchResult.FacetValue> out = new ArrayList<>();
    for (SearchResult.FacetValue p : top) {
      String province = SolrSchema.label(p.value());
      String prefix = SolrSchema.childPrefix(List.of(province));
      List<SearchResult.FacetValue> children = new ArrayList<>();
      for (SearchResult.FacetValue c : second) {
        if (!c.value().startsWith(prefix) || children.size() >= FACET_TOP) {
          continue;
        }
        String label = SolrSchema.label(c.value());
        List<SearchResult.FacetValue> grand = third.getOrDefault(List.of(province, label), List.of()).stream()
            .map(g -> new SearchResult.FacetValue(SolrSchema.label(g.value()), g.count(), List.of()))
            .toList();
        children.add(new SearchResult.FacetValue(label, c.count(), grand));
      }
      out.add(new SearchResult.FacetValue(province, p.count(), List.copyOf(children)));
    }
    return out;
  }

  /** The page's documents with highlights, in the folded order, and their syndicated copies. */
  private List<SearchResult.Hit> hits(String query, List<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    SolrQuery q = new SolrQuery(query);
    q.set("defType", "lucene");
    q.addFilterQuery(Schema.KIND + ":" + Schema.KIND_ARTICLE);
    q.addFilterQuery("{!terms f=" + Schema.ID + "}" + String.join(",", ids));
    q.setRows(ids.size());
    q.setFields(Schema.ID, Schema.STORED_JSON, Schema.CLUSTER, Schema.CLUSTER_SIZE, Schema.TITLE, Schema.BODY,
        SolrSchema.TITLE_ORIGINAL, SolrSchema.BODY_ORIGINAL);
    q.setHighlight(true);
    q.set("hl.method", "unified");
    q.set("hl.fl", Schema.TITLE + "," + Schema.BODY);
    // As the embedded highlighter: only matches in the highlighted field itself.
    q.set("hl.requireFieldMatch", true);
    q.set("hl.tag.pre", HighlightText.PRE);
    q.set("hl.tag.post", HighlightText.POST);
    q.set("hl.encoder", "html");
    q.set("hl.defaultSummary", true);
    q.set("hl.maxAnalyzedChars", 100_000);
    q.set("f." + Schema.TITLE + ".hl.bs.type", "WHOLE");
    q.set("f." + Schema.TITLE + ".hl.snippets", 1);
    q.set("f." + Schema.BODY + ".hl.bs.type", "SENTENCE");
    // Passages closest to 90 characters, centred on the match: the embedded highlighter's settings.
    q.set("f." + Schema.BODY + ".hl.fragsize", 90);
    q.set("f." + Schema.BODY + ".hl.fragsizeIsMinimum", false);
    q.set("f." + Schema.BODY + ".hl.fragAlignRatio", "0.5");
    q.set("f." + Schema.BODY + ".hl.snippets", 2);
    QueryResponse rsp = query("highlight", q);
    Map<String, SolrDocument> byId = new HashMap<>();
    for (SolrDocument d : rsp.getResults()) {
      byId.put(d.getFirstValue(Schema.ID).toString(), d);
    }
    Map<String, Map<String, List<String>>> hl = rsp.getHighlighting() == null ? Map.of() : rsp.getHighlighting();
    Map<String, List<SearchResult.Copy>> copies = copies(rsp.getResults());
    List<SearchResult.Hit> hits = new ArrayList<>(ids.size());
    for (String id : ids) {
      SolrDocument d = byId.get(id);
      if (d == null) {
        continue; // deleted between the two requests
      }
      StoredArticle a = Json.mapper().readValue(d.getFirstValue(Schema.STORED_JSON).toString(), StoredArticle.class);
      Map<String, List<String>> h = hl.getOrDefault(id, Map.of());
      String titleOriginal = str(d, SolrSchema.TITLE_ORIGINAL);
      String bodyOriginal = str(d, SolrSchema.BODY_ORIGINAL);
      List<String> titleHl = h.getOrDefault(Schema.TITLE, List.of());
      String title = titleHl.isEmpty() ? HighlightText.escape(a.title())
          : HighlightText.render(titleHl, str(d, Schema.TITLE), titleOriginal, false);
      String snippet = HighlightText.render(h.getOrDefault(Schema.BODY, List.of()), str(d, Schema.BODY), bodyOriginal,
          true);
      hits.add(new SearchResult.Hit(a, title, snippet, copies.getOrDefault(id, List.of())));
    }
    return hits;
  }

  private static String str(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  /** Article id → its syndicated copies (earliest first), for the articles among {@code docs} that have any. */
  private Map<String, List<SearchResult.Copy>> copies(Collection<SolrDocument> docs) throws IOException {
    Map<String, String> clusterOf = new LinkedHashMap<>();
    int rows = 0;
    for (SolrDocument d : docs) {
      Object size = d.getFirstValue(Schema.CLUSTER_SIZE);
      if (size instanceof Number n && n.intValue() > 1) {
        clusterOf.put(d.getFirstValue(Schema.ID).toString(), d.getFirstValue(Schema.CLUSTER).toString());
        rows += n.intValue() + 1;
      }
    }
    if (clusterOf.isEmpty()) {
      return Map.of();
    }
    SolrQuery q = new SolrQuery(SolrQueryTranslator.MATCH_ALL);
    q.addFilterQuery("{!terms f=" + Schema.CLUSTER + "}" + String.join(",", new LinkedHashSet<>(clusterOf.values())));
    q.addFilterQuery(Schema.KIND + ":(" + Schema.KIND_ARTICLE + " OR " + Schema.KIND_CLUSTER + ")");
    q.setFields(Schema.ID, Schema.KIND, Schema.MEMBER, Schema.STORED_JSON);
    q.setRows(Math.min(rows, 5_000));
    Map<String, List<String>> members = new HashMap<>();
    Map<String, StoredArticle> articles = new HashMap<>();
    for (SolrDocument d : query("copies", q).getResults()) {
      String id = d.getFirstValue(Schema.ID).toString();
      if (Schema.KIND_CLUSTER.equals(str(d, Schema.KIND))) {
        Collection<Object> m = d.getFieldValues(Schema.MEMBER);
        members.put(id, m == null ? List.of() : m.stream().map(Object::toString).toList());
      } else {
        articles.put(id, Json.mapper().readValue(str(d, Schema.STORED_JSON), StoredArticle.class));
      }
    }
    Map<String, List<SearchResult.Copy>> out = new HashMap<>();
    for (var e : clusterOf.entrySet()) {
      List<SearchResult.Copy> list = new ArrayList<>();
      for (String m : members.getOrDefault(ClusterDocuments.clusterDocId(e.getValue()), List.of())) {
        StoredArticle a = articles.get(m);
        if (!m.equals(e.getKey()) && a != null) {
          list.add(new SearchResult.Copy(a.id(), a.url(), a.title(), a.source(), a.published()));
        }
      }
      out.put(e.getKey(), List.copyOf(list));
    }
    return out;
  }

  @Override
  public Optional<SearchService.ArticleView> article(String id) throws IOException {
    if (id == null || !id.matches("[0-9a-f]{16}")) {
      return Optional.empty();
    }
    SolrDocument d = nodes.call("get " + id, c -> c.getById(id));
    if (d == null || !Schema.KIND_ARTICLE.equals(str(d, Schema.KIND))) {
      return Optional.empty();
    }
    StoredArticle a = Json.mapper().readValue(str(d, Schema.STORED_JSON), StoredArticle.class);
    String body = str(d, SolrSchema.BODY_ORIGINAL) != null ? str(d, SolrSchema.BODY_ORIGINAL) : str(d, Schema.BODY);
    Object offset = d.getFirstValue(Schema.WARC_OFFSET);
    SolrDocumentList one = new SolrDocumentList();
    one.add(d);
    return Optional.of(new SearchService.ArticleView(a, body, str(d, Schema.WARC_FILE),
        offset instanceof Number n ? n.longValue() : null, copies(one).getOrDefault(id, List.of())));
  }

  @Override
  public List<NameSuggester.Suggestion> suggest(String prefix, int n) throws IOException {
    if (prefix == null || prefix.isBlank()) {
      return List.of();
    }
    if (prefix.length() > 50) {
      throw new BadQueryException("q", "联想词太长。Suggestion prefix too long.");
    }
    NameSuggester s = suggester;
    if (s == null || System.nanoTime() - suggesterBuilt > SUGGESTER_TTL_NANOS) {
      s = new NameSuggester(names());
      suggester = s;
      suggesterBuilt = System.nanoTime();
    }
    return s.suggest(prefix, Math.min(Math.max(n, 1), 20));
  }

  /** Hospital and place names with their article counts (the suggester's dictionary). */
  private List<NameSuggester.Entry> names() throws IOException {
    SolrQuery q = new SolrQuery(SolrQueryTranslator.MATCH_ALL);
    q.addFilterQuery(Schema.KIND + ":" + Schema.KIND_ARTICLE);
    q.setRows(0);
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put(Schema.F_HOSPITAL, terms(Schema.F_HOSPITAL, 100_000, null));
    facets.put(Schema.F_PROVINCE, terms(Schema.F_PROVINCE, -1, null));
    q.set("json.facet", Json.mapper().writeValueAsString(facets));
    QueryResponse rsp = query("suggestion names", q);
    List<NameSuggester.Entry> out = new ArrayList<>();
    for (SearchResult.FacetValue v : buckets(rsp, Schema.F_HOSPITAL)) {
      out.add(new NameSuggester.Entry(v.value(), "hospital", v.count()));
    }
    for (SearchResult.FacetValue v : buckets(rsp, Schema.F_PROVINCE)) {
      out.add(new NameSuggester.Entry(SolrSchema.label(v.value()), "place", v.count()));
    }
    return out;
  }

  @Override
  public SearchService.Status status() throws IOException {
    String name = nodes.call("schema name", c -> new SchemaRequest.SchemaName().process(c).getSchemaName());
    if (!SolrSchema.NAME.equals(name)) {
      throw new SearchService.IncompatibleIndexException("The Solr collection " + nodes.collection() + " has schema "
          + name + " but this program needs " + SolrSchema.NAME + ": run solr-setup and solr-index --replace.");
    }
    SolrQuery q = new SolrQuery(SolrQueryTranslator.MATCH_ALL).setRows(0);
    long docs = query("count", q).getResults().getNumFound();
    return new SearchService.Status(true, nodes.collection(), docs, Schema.VERSION, null);
  }

  @Override
  public void refresh() {
    // Solr makes new documents visible by itself (soft commits).
  }

  private QueryResponse query(String what, SolrQuery q) throws IOException {
    try {
      return nodes.call(what, c -> c.query(q, org.apache.solr.client.solrj.SolrRequest.METHOD.POST));
    } catch (SolrNodes.RequestRefused e) {
      if (e.code == 400) {
        // Our translator should never produce a query Solr refuses; say so plainly if it does.
        throw new BadQueryException("q", "查询无法执行。The search engine refused this query: " + e.getMessage());
      }
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    nodes.close();
  }
}
