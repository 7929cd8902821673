package org.aidnews.indexer.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.aidnews.indexer.index.AgreementRecord;
import org.aidnews.indexer.index.Analyzers;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.indexer.index.Json;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.index.StoredArticle;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.HighlightFlag;
import org.apache.lucene.store.FSDirectory;

/**
 * Read-only search over the served index generation. Thread-safe. It refreshes its searcher when
 * the indexer commits to the served generation, and swaps to a new generation when a rebuild is
 * published; an unpublished (half-built) generation is never opened.
 */
public final class SearchService implements Closeable {
  private static final int FACET_TOP = 20;
  /** Offsets come from the postings, so the highlighter never analyses text; one instance serves all searches. */
  private static final org.apache.lucene.analysis.Analyzer ANALYZER = Analyzers.perField();

  private final IndexLocation location;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final QueryFactory queries;
  /** Longest a search may run before it is stopped with {@link SearchTimeoutException}; null: no limit. */
  private final Duration timeLimit;
  private final AtomicReference<Generation> generation = new AtomicReference<>();

  /** An open generation: its directory, searcher manager and facet state per reader. */
  private record Generation(Path dir, FSDirectory directory, SearcherManager manager) {}

  /**
   * A searcher that carries what is built once per reader (the reader changes only when the
   * indexer commits): the facet state (costly), the suggester, and the facet counts of listings.
   */
  private static final class FacetSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState facetState;
    /** Built on first use for this reader. */
    volatile NameSuggester suggester;
    /** The manager this searcher was acquired from (for release after a generation swap). */
    volatile SearcherManager owner;
    /**
     * Facet counts and totals of searches without words (the front page, filter-only listings,
     * the precedent list): each one would otherwise count facets over most of the index on every
     * request, the costliest page of all. Valid for this reader only, so never stale; bounded.
     */
    final Map<ListingKey, Counted> listings = java.util.Collections.synchronizedMap(
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<ListingKey, Counted> eldest) {
            return size() > MAX_LISTINGS;
          }
        });

    FacetSearcher(IndexReader reader, SortedSetDocValuesReaderState state) {
      super(reader);
      this.facetState = state;
    }
  }

  /** Listings whose counts are kept per reader (each holds one facet-count array). */
  private static final int MAX_LISTINGS = 128;

  /** A search without words: the document kind, the filters and the date range decide its counts. */
  private record ListingKey(String kind, Map<String, List<String>> filters, java.time.LocalDate from,
      java.time.LocalDate to) {}

  /** The facet counts and exact total of one listing. */
  private record Counted(long total, Facets facets) {}

  public SearchService(Path indexRoot) throws IOException {
    this(indexRoot, Synonyms.none());
  }

  /** Search over the index generations under {@code indexRoot}, expanding queries with {@code synonyms}. */
  public SearchService(Path indexRoot, Synonyms synonyms) throws IOException {
    this(indexRoot, synonyms, null);
  }

  /**
   * Search as above, stopping any search that runs longer than {@code timeLimit} (null: no limit)
   * with a {@link SearchTimeoutException}: nothing partial is returned.
   */
  public SearchService(Path indexRoot, Synonyms synonyms, Duration timeLimit) throws IOException {
    if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
      throw new IllegalArgumentException("The search time limit must be positive, not " + timeLimit);
    }
    this.location = new IndexLocation(indexRoot);
    this.queries = new QueryFactory(synonyms);
    this.timeLimit = timeLimit;
    refresh();
  }

  /** The served generation's status: article count, schema version and commit time. */
  public record Status(boolean open, String generation, long articles, String schemaVersion, Instant committedAt) {}

  /**
   * Picks up new commits and newly published generations. Cheap when nothing changed; called
   * before searches at most every few hundred milliseconds and by a background timer.
   */
  public synchronized void refresh() throws IOException {
    Optional<Path> current = location.current();
    Generation open = generation.get();
    if (current.isEmpty()) {
      return;
    }
    if (open != null && open.dir().equals(current.get())) {
      open.manager().maybeRefresh();
      return;
    }
    FSDirectory directory = FSDirectory.open(current.get());
    try {
      DirectoryReader probe = DirectoryReader.open(directory);
      String version = probe.getIndexCommit().getUserData().get(Schema.COMMIT_SCHEMA_VERSION);
      probe.close();
      if (!Schema.VERSION.equals(version)) {
        throw new IncompatibleIndexException("The index at " + current.get() + " has schema version " + version
            + " but this program needs version " + Schema.VERSION + ": rebuild it with ./aidnews index.");
      }
      // Exitable: Lucene checks the running search's deadline while it reads (see SearchDeadline).
      // Refreshes keep the wrapper (openIfChanged wraps the new reader the same way).
      DirectoryReader reader = new ExitableDirectoryReader(DirectoryReader.open(directory), SearchDeadline.INSTANCE);
      SearcherManager manager;
      try {
        manager = new SearcherManager(reader, new SearcherFactory() {
          @Override
          public IndexSearcher newSearcher(IndexReader r, IndexReader previous) throws IOException {
            FacetSearcher s = new FacetSearcher(r, facetState(r));
            warm(s);
            return s;
          }
        });
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
      generation.set(new Generation(current.get(), directory, manager));
      if (open != null) {
        // Searches still holding the old searcher finish on it; SearcherManager closes the reader
        // when its last user releases it.
        open.manager().close();
        open.directory().close();
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * A searcher from the served generation. A rebuild published between reading the generation and
   * acquiring closes the old manager; then the newly served generation is used instead.
   */
  private FacetSearcher acquire(Generation first) throws IOException {
    Generation g = first;
    for (int attempt = 0; ; attempt++) {
      try {
        FacetSearcher s = (FacetSearcher) g.manager().acquire();
        s.owner = g.manager();
        return s;
      } catch (org.apache.lucene.store.AlreadyClosedException e) {
        Generation next = generation.get();
        if (next == null || next == g || attempt >= 3) {
          throw e;
        }
        g = next;
      }
    }
  }

  private static void release(IndexSearcher s) throws IOException {
    ((FacetSearcher) s).owner.release(s);
  }

  /**
   * Counts the two front pages (all articles, all agreements) while the reader is opened, off the
   * request path, so that the first visitor after a commit does not pay for them.
   */
  private void warm(FacetSearcher s) throws IOException {
    if (s.facetState == null) {
      return;
    }
    for (String kind : List.of(Schema.KIND_ARTICLE, Schema.KIND_AGREEMENT)) {
      SearchRequest all = new SearchRequest("", Map.of(), null, null, SearchRequest.Sort.relevance, 1, 10);
      listingCounts(s, drillDown(scoped(new MatchAllDocsQuery(), kind), all), kind, all);
    }
  }

  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo fi = leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      if (fi != null) {
        return new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
      }
    }
    return null; // no facet values anywhere (empty index)
  }

  public Status status() throws IOException {
    Generation g = generation.get();
    if (g == null) {
      return new Status(false, null, 0, null, null);
    }
    IndexSearcher s = acquire(g);
    try {
      DirectoryReader r = (DirectoryReader) s.getIndexReader();
      Map<String, String> data = r.getIndexCommit().getUserData();
      String time = data.get(Schema.COMMIT_TIME);
      // Articles as the build counted them (the index also holds agreement and cluster documents).
      String articles = data.get(Schema.COMMIT_ARTICLES);
      long n = articles == null ? r.numDocs() : Long.parseLong(articles);
      return new Status(true, g.dir().getFileName().toString(), n, data.get(Schema.COMMIT_SCHEMA_VERSION),
          time == null ? null : Instant.parse(time));
    } finally {
      release(s);
    }
  }

  /** Runs one article search. Throws {@link BadQueryException} for a query the user must change. */
  public SearchResult search(SearchRequest request) throws IOException {
    Generation g = generation.get();
    if (g == null) {
      return new SearchResult(0, List.of(), Map.of());
    }
    Query words = words(request);
    Query base = withDates(words, request);
    FacetSearcher searcher = acquire(g);
    try (SearchDeadline.Scope limit = SearchDeadline.start(timeLimit)) {
      Ranked r = rank(searcher, words, base, Schema.KIND_ARTICLE, request, FOLD_FACTOR);
      SearchDeadline.check();
      ScoreDoc[] page = fold(searcher, r.top(), request);
      SearchDeadline.check();
      List<SearchResult.Hit> hits = hits(searcher, base, page);
      SearchDeadline.check();
      if (r.facets() == null) {
        return new SearchResult(r.total(), hits, Map.of());
      }
      Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>(facetValues(r.facets(), request,
          Schema.FACET_DIMS));
      facets.put(Schema.F_MONTH, allChildren(r.facets(), Schema.F_MONTH, 1200));
      facets.put(Schema.F_PAIR, allChildren(r.facets(), Schema.F_PAIR, 200));
      return new SearchResult(r.total(), hits, facets);
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      throw new SearchTimeoutException();
    } finally {
      release(searcher);
    }
  }

  /** The answer to an agreement (precedent) search: records, newest signing first by default. */
  public record AgreementResult(long total, List<AgreementRecord> records, Map<String, List<SearchResult.FacetValue>> facets) {}

  /** Searches agreement records; filters use the agreement dimensions (type, helper, recipient, year, party). */
  public AgreementResult searchAgreements(SearchRequest request) throws IOException {
    Generation g = generation.get();
    if (g == null) {
      return new AgreementResult(0, List.of(), Map.of());
    }
    Query words = words(request);
    Query base = withDates(words, request);
    SearchRequest sorted = request.query().isBlank() && request.sort() == SearchRequest.Sort.relevance
        ? new SearchRequest(request.query(), request.filters(), request.from(), request.to(), SearchRequest.Sort.newest,
            request.page(), request.size())
        : request;
    FacetSearcher searcher = acquire(g);
    try (SearchDeadline.Scope limit = SearchDeadline.start(timeLimit)) {
      Ranked r = rank(searcher, words, base, Schema.KIND_AGREEMENT, sorted, 1);
      SearchDeadline.check();
      List<AgreementRecord> records = new ArrayList<>();
      var stored = searcher.storedFields();
      for (ScoreDoc sd : r.page()) {
        Document d = stored.document(sd.doc, Set.of(Schema.STORED_JSON));
        records.add(Json.mapper().readValue(d.get(Schema.STORED_JSON), AgreementRecord.class));
      }
      SearchDeadline.check();
      return new AgreementResult(r.total(), records, r.facets() == null ? Map.of()
          : facetValues(r.facets(), request, Schema.AGREEMENT_DIMS));
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      throw new SearchTimeoutException();
    } finally {
      release(searcher);
    }
  }

  /** The user's words as a query ({@link MatchAllDocsQuery} when there are none); checks the paging depth. */
  private Query words(SearchRequest request) {
    if (request.offset() + request.size() > SearchRequest.MAX_DEPTH) {
      throw new BadQueryException("page", "最多只能翻到第 " + SearchRequest.MAX_DEPTH + " 条结果，请缩小查询范围。Results beyond "
          + SearchRequest.MAX_DEPTH + " are not served: narrow the query.");
    }
    return queries.build(UserQueryParser.parse(request.query()));
  }

  /** {@code words} restricted to the request's date range, if any. */
  private static Query withDates(Query words, SearchRequest request) {
    Query base = words;
    if (request.from() != null || request.to() != null) {
      long lo = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      base = new BooleanQuery.Builder()
          .add(base, Occur.MUST)
          .add(LongPoint.newRangeQuery(Schema.PUBLISHED, lo, hi), Occur.FILTER)
          .build();
    }
    return base;
  }

  /** Ranked hits: {@code top} holds up to {@code factor × (offset + size)} hits so copies can be folded. */
  private record Ranked(long total, ScoreDoc[] top, ScoreDoc[] page, Facets facets) {}

  /** How many more hits than a page to rank so that folding copies still fills the page. */
  private static final int FOLD_FACTOR = 4;

  private Ranked rank(FacetSearcher searcher, Query words, Query base, String kind, SearchRequest request,
      int factor) throws IOException {
    Query scoped = scoped(timeLimit == null ? base : new TimeLimitedQuery(base), kind);
    DrillDownQuery drill = drillDown(scoped, request);
    int topN = Math.min(SearchRequest.MAX_DEPTH * factor, (request.offset() + request.size()) * factor);
    Sort sort = request.sort() == SearchRequest.Sort.newest ? newestFirst() : null;
    TopDocs top;
    Facets facets = null;
    long total;
    if (searcher.facetState != null && words instanceof MatchAllDocsQuery) {
      // A listing (no words): counts come from the per-reader cache; the page itself is a plain
      // top-N search, the same hits in the same order as the drill-sideways search would give
      // (every hit scores the same; ties go by document order).
      Counted counted = listingCounts(searcher, drill, kind, request);
      facets = counted.facets();
      total = counted.total();
      top = sort == null ? searcher.search(drill, topN) : searcher.search(drill, topN, sort, true);
    } else {
      if (searcher.facetState != null) {
        DrillSideways ds = new DrillSideways(searcher, facetsConfig, searcher.facetState);
        DrillSideways.DrillSidewaysResult r = sort == null
            ? ds.search(drill, topN)
            : ds.search(drill, null, null, topN, sort, true);
        top = r.hits;
        facets = r.facets;
      } else {
        top = sort == null ? searcher.search(drill, topN) : searcher.search(drill, topN, sort, true);
      }
      total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : searcher.count(drill);
    }
    int end = request.offset() + request.size();
    ScoreDoc[] page = top.scoreDocs.length <= request.offset()
        ? new ScoreDoc[0]
        : Arrays.copyOfRange(top.scoreDocs, request.offset(), Math.min(top.scoreDocs.length, end));
    return new Ranked(total, top.scoreDocs, page, facets);
  }

  /** {@code query} restricted to documents of {@code kind} (articles, agreements). */
  private static Query scoped(Query query, String kind) {
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(new TermQuery(new Term(Schema.KIND, kind)), Occur.FILTER)
        .build();
  }

  /** The facet filters of {@code request} over {@code scoped}: OR within a dimension, AND across. */
  private DrillDownQuery drillDown(Query scoped, SearchRequest request) {
    DrillDownQuery drill = new DrillDownQuery(facetsConfig, scoped);
    for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
      for (String value : f.getValue()) {
        String[] path = Schema.F_PROVINCE.equals(f.getKey())
            ? Arrays.stream(value.split("/")).map(String::strip).filter(c -> !c.isEmpty()).toArray(String[]::new)
            : new String[] {value.strip()};
        if (path.length == 0 || path[0].isEmpty()) {
          throw new BadQueryException(f.getKey(), "筛选值不能为空。Empty value for '" + f.getKey() + "'.");
        }
        drill.add(f.getKey(), path);
      }
    }
    return drill;
  }

  /**
   * The drill-sideways facet counts and exact total of a listing, counted once per reader. A
   * search that runs out of time stores nothing (the exception leaves before the put).
   */
  private Counted listingCounts(FacetSearcher searcher, DrillDownQuery drill, String kind, SearchRequest request)
      throws IOException {
    ListingKey key = new ListingKey(kind, request.filters(), request.from(), request.to());
    Counted c = searcher.listings.get(key);
    if (c == null) {
      DrillSideways.DrillSidewaysResult r = new DrillSideways(searcher, facetsConfig, searcher.facetState)
          .search(drill, 1);
      long total = r.hits.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? r.hits.totalHits.value()
          : searcher.count(drill);
      c = new Counted(total, new SerialFacets(r.facets)); // shared by concurrent requests
      searcher.listings.put(key, c);
    }
    return c;
  }

  /**
   * Folds syndicated copies: walking the ranked hits in order, keeps the first (best ranked) article
   * of each cluster, then cuts the requested page from the folded list.
   */
  private static ScoreDoc[] fold(IndexSearcher searcher, ScoreDoc[] ranked, SearchRequest request) throws IOException {
    List<ScoreDoc> folded = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (ScoreDoc sd : ranked) {
      String cluster = clusterOf(leaves, sd.doc);
      if (cluster == null || seen.add(cluster)) {
        folded.add(sd);
      }
      if (folded.size() >= request.offset() + request.size()) {
        break;
      }
    }
    if (folded.size() <= request.offset()) {
      return new ScoreDoc[0];
    }
    return folded.subList(request.offset(), folded.size()).toArray(ScoreDoc[]::new);
  }

  private static String clusterOf(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    org.apache.lucene.index.BinaryDocValues dv = leaf.reader().getBinaryDocValues(Schema.CLUSTER);
    if (dv == null || !dv.advanceExact(doc - leaf.docBase)) {
      return null;
    }
    return dv.binaryValue().utf8ToString();
  }

  private static long clusterSize(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    org.apache.lucene.index.NumericDocValues dv = leaf.reader().getNumericDocValues(Schema.CLUSTER_SIZE);
    if (dv == null || !dv.advanceExact(doc - leaf.docBase)) {
      return 1;
    }
    return dv.longValue();
  }

  /** The other members of {@code doc}'s syndication cluster, earliest first. */
  private List<SearchResult.Copy> copies(IndexSearcher searcher, int doc, String ownId) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    if (clusterSize(leaves, doc) < 2) {
      return List.of();
    }
    String cluster = clusterOf(leaves, doc);
    TopDocs c = searcher.search(new TermQuery(new Term(Schema.ID,
        org.aidnews.indexer.index.ClusterDocuments.clusterDocId(cluster))), 1);
    if (c.scoreDocs.length == 0) {
      return List.of();
    }
    var stored = searcher.storedFields();
    List<SearchResult.Copy> out = new ArrayList<>();
    for (String member : stored.document(c.scoreDocs[0].doc, Set.of(Schema.MEMBER)).getValues(Schema.MEMBER)) {
      if (member.equals(ownId)) {
        continue;
      }
      Query byId = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.ID, member)), Occur.MUST)
          .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)), Occur.FILTER)
          .build();
      TopDocs m = searcher.search(byId, 1);
      if (m.scoreDocs.length == 0) {
        continue;
      }
      StoredArticle a = Json.mapper().readValue(stored.document(m.scoreDocs[0].doc, Set.of(Schema.STORED_JSON))
          .get(Schema.STORED_JSON), StoredArticle.class);
      out.add(new SearchResult.Copy(a.id(), a.url(), a.title(), a.source(), a.published()));
    }
    return out;
  }

  private static Sort newestFirst() {
    SortField date = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE); // undated articles last
    return new Sort(date, SortField.FIELD_SCORE);
  }

  private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    UnifiedHighlighter titles = UnifiedHighlighter.builder(searcher, ANALYZER)
        .withFormatter(new HtmlPassageFormatter(false))
        .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
        .withFlags(Set.of(HighlightFlag.WEIGHT_MATCHES, HighlightFlag.PHRASES, HighlightFlag.MULTI_TERM_QUERY))
        .withMaxLength(1000)
        .build();
    UnifiedHighlighter bodies = UnifiedHighlighter.builder(searcher, ANALYZER)
        .withFormatter(new HtmlPassageFormatter(true))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), 90, 0.5f))
        .withFlags(Set.of(HighlightFlag.WEIGHT_MATCHES, HighlightFlag.PHRASES, HighlightFlag.MULTI_TERM_QUERY))
        .withMaxLength(100_000)
        .build();
    String[] titleHl = titles.highlight(Schema.TITLE, query, pageDocs, 1);
    String[] bodyHl = bodies.highlight(Schema.BODY, query, pageDocs, 2);
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    var stored = searcher.storedFields();
    for (int i = 0; i < page.length; i++) {
      Document d = stored.document(page[i].doc, Set.of(Schema.STORED_JSON));
      StoredArticle a = Json.mapper().readValue(d.get(Schema.STORED_JSON), StoredArticle.class);
      String title = titleHl[i] == null || titleHl[i].isEmpty() ? HtmlPassageFormatter.escape(a.title()) : titleHl[i];
      hits.add(new SearchResult.Hit(a, title, bodyHl[i] == null ? "" : bodyHl[i], copies(searcher, page[i].doc, a.id())));
    }
    return hits;
  }

  private Map<String, List<SearchResult.FacetValue>> facetValues(Facets facets, SearchRequest request, List<String> dims)
      throws IOException {
    Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      FacetResult r = topChildren(facets, dim);
      if (r == null) {
        out.put(dim, List.of());
        continue;
      }
      List<SearchResult.FacetValue> values = new ArrayList<>();
      for (LabelAndValue lv : r.labelValues) {
        List<SearchResult.FacetValue> children = List.of();
        if (Schema.F_PROVINCE.equals(dim)) {
          children = provinceChildren(facets, request, lv.label);
        }
        values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue(), children));
      }
      if (Schema.F_YEAR.equals(dim)) {
        values.sort((a, b) -> b.value().compareTo(a.value())); // years newest first, not by count
      }
      out.put(dim, List.copyOf(values));
    }
    return out;
  }

  private List<SearchResult.FacetValue> provinceChildren(Facets facets, SearchRequest request, String province)
      throws IOException {
    FacetResult r = topChildren(facets, Schema.F_PROVINCE, province);
    if (r == null) {
      return List.of();
    }
    List<String> selected = request.filters().getOrDefault(Schema.F_PROVINCE, List.of());
    List<SearchResult.FacetValue> children = new ArrayList<>();
    for (LabelAndValue lv : r.labelValues) {
      List<SearchResult.FacetValue> grand = List.of();
      String path = province + "/" + lv.label;
      if (selected.stream().anyMatch(s -> s.equals(path) || s.startsWith(path + "/"))) {
        FacetResult g = topChildren(facets, Schema.F_PROVINCE, province, lv.label);
        if (g != null) {
          grand = Arrays.stream(g.labelValues)
              .map(x -> new SearchResult.FacetValue(x.label, x.value.longValue(), List.of()))
              .toList();
        }
      }
      children.add(new SearchResult.FacetValue(lv.label, lv.value.longValue(), grand));
    }
    return children;
  }

  /** Up to {@code max} values of a dimension, sorted by value (months in time order). */
  private static List<SearchResult.FacetValue> allChildren(Facets facets, String dim, int max) throws IOException {
    FacetResult r;
    try {
      r = facets.getTopChildren(max, dim);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    if (r == null) {
      return List.of();
    }
    return Arrays.stream(r.labelValues)
        .map(lv -> new SearchResult.FacetValue(lv.label, lv.value.longValue(), List.of()))
        .sorted(java.util.Comparator.comparing(SearchResult.FacetValue::value))
        .toList();
  }

  private static FacetResult topChildren(Facets facets, String dim, String... path) throws IOException {
    return topChildren(facets, FACET_TOP, dim, path);
  }

  private static FacetResult topChildren(Facets facets, int top, String dim, String... path) throws IOException {
    try {
      return facets.getTopChildren(top, dim, path);
    } catch (IllegalArgumentException e) {
      return null; // dimension or path not present in this index
    }
  }

  /** An article with its full body, for the article page and the API. */
  public record ArticleView(StoredArticle article, String body, String warcFile, Long warcOffset,
      List<SearchResult.Copy> copies) {}

  public Optional<ArticleView> article(String id) throws IOException {
    Generation g = generation.get();
    if (g == null || id == null || !id.matches("[0-9a-f]{16}")) {
      return Optional.empty();
    }
    IndexSearcher searcher = acquire(g);
    try {
      Query byId = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST)
          .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)), Occur.FILTER)
          .build();
      TopDocs top = searcher.search(byId, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
      StoredArticle a = Json.mapper().readValue(d.get(Schema.STORED_JSON), StoredArticle.class);
      var offset = d.getField(Schema.WARC_OFFSET);
      return Optional.of(new ArticleView(a, d.get(Schema.BODY), d.get(Schema.WARC_FILE),
          offset == null ? null : offset.numericValue().longValue(), copies(searcher, top.scoreDocs[0].doc, a.id())));
    } finally {
      release(searcher);
    }
  }

  /** Type-ahead suggestions of hospital and place names for {@code prefix}. */
  public List<NameSuggester.Suggestion> suggest(String prefix, int n) throws IOException {
    Generation g = generation.get();
    if (g == null || prefix == null || prefix.isBlank()) {
      return List.of();
    }
    if (prefix.length() > 50) {
      throw new BadQueryException("q", "联想词太长。Suggestion prefix too long.");
    }
    FacetSearcher searcher = acquire(g);
    try {
      NameSuggester s = searcher.suggester;
      if (s == null) {
        synchronized (searcher) {
          s = searcher.suggester;
          if (s == null) {
            s = new NameSuggester(names(searcher));
            searcher.suggester = s;
          }
        }
      }
      return s.suggest(prefix, Math.min(Math.max(n, 1), 20));
    } finally {
      release(searcher);
    }
  }

  private List<NameSuggester.Entry> names(FacetSearcher searcher) throws IOException {
    List<NameSuggester.Entry> out = new ArrayList<>();
    if (searcher.facetState == null) {
      return out;
    }
    org.apache.lucene.facet.FacetsCollector fc = searcher.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)),
        new org.apache.lucene.facet.FacetsCollectorManager());
    Facets all = new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(searcher.facetState, fc);
    for (LabelAndValue lv : hospitalsAll(all)) {
      out.add(new NameSuggester.Entry(lv.label, "hospital", lv.value.longValue()));
    }
    FacetResult provinces = topChildren(all, 100, Schema.F_PROVINCE);
    if (provinces != null) {
      for (LabelAndValue p : provinces.labelValues) {
        out.add(new NameSuggester.Entry(p.label, "place", p.value.longValue()));
        FacetResult prefs = topChildren(all, Schema.F_PROVINCE, p.label);
        if (prefs == null) {
          continue;
        }
        for (LabelAndValue pr : prefs.labelValues) {
          out.add(new NameSuggester.Entry(pr.label, "place", pr.value.longValue()));
          FacetResult counties = topChildren(all, Schema.F_PROVINCE, p.label, pr.label);
          if (counties != null) {
            for (LabelAndValue c : counties.labelValues) {
              out.add(new NameSuggester.Entry(c.label, "place", c.value.longValue()));
            }
          }
        }
      }
    }
    return out;
  }

  private static LabelAndValue[] hospitalsAll(Facets all) throws IOException {
    FacetResult r = topChildren(all, 100_000, Schema.F_HOSPITAL);
    return r == null ? new LabelAndValue[0] : r.labelValues;
  }

  @Override
  public synchronized void close() throws IOException {
    Generation g = generation.getAndSet(null);
    if (g != null) {
      g.manager().close();
      g.directory().close();
    }
  }

  /** Thrown when the served index was written with another schema version. */
  public static final class IncompatibleIndexException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public IncompatibleIndexException(String message) {
      super(message);
    }
  }

}
