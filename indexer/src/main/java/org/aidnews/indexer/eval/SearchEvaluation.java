package org.aidnews.indexer.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aidnews.indexer.PageOutcome;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.enrich.ConfigFiles;
import org.aidnews.indexer.index.IndexBuilder;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.search.Synonyms;
import org.aidnews.indexer.warc.WarcPageReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Judges search quality on the sample sites: nDCG@10 and recall@10 for every query of
 * {@code testdata/relevance.tsv}, for our search and for plain smartcn (SmartChineseAnalyzer over
 * the same extracted title and body, classic query parser, AND), side by side.
 */
public final class SearchEvaluation {
  /** Figures for one query. */
  public record Row(String query, int relevant, double ndcg, double recall, double baseNdcg, double baseRecall) {}

  /** All rows and their means. */
  public record Report(List<Row> rows, double ndcg, double recall, double baseNdcg, double baseRecall) {
    public String table() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%-28s %4s | %7s %7s | %7s %7s%n", "query", "rel", "nDCG@10", "R@10",
          "smartcn", "R@10"));
      for (Row r : rows) {
        sb.append(String.format(Locale.ROOT, "%-28s %4d | %7.3f %7.3f | %7.3f %7.3f%n", pad(r.query()), r.relevant(),
            r.ndcg(), r.recall(), r.baseNdcg(), r.baseRecall()));
      }
      sb.append(String.format(Locale.ROOT, "%-28s %4s | %7.3f %7.3f | %7.3f %7.3f%n", "MEAN (" + rows.size() + " queries)",
          "", ndcg, recall, baseNdcg, baseRecall));
      return sb.toString();
    }

    private static String pad(String q) {
      // CJK characters take two columns in a terminal; keep the table aligned.
      int width = q.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
      return width >= 28 ? q : q + " ".repeat(Math.max(0, 28 - width - (width - q.length())));
    }
  }

  private SearchEvaluation() {}

  public static Report run(Path testdata) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("aidnews-eval-search");
    try {
      Path warc = work.resolve("warc");
      SampleSitesWarc.write(testdata.resolve("sites"), warc);
      new IndexBuilder(Pipeline.standard(), 2).rebuild(warc, new IndexLocation(work.resolve("index")), w -> { },
          s -> { });
      Map<String, LabelledArticles.Label> labels = LabelledArticles.load(testdata);
      List<RelevanceJudgements.Judged> judged = RelevanceJudgements.load(testdata.resolve("relevance.tsv"), labels);
      Synonyms synonyms = Synonyms.load(ConfigFiles.locate().dir().resolve("synonyms.tsv"));
      try (SearchService ours = new SearchService(work.resolve("index"), synonyms);
          ByteBuffersDirectory baseDir = baseline(warc)) {
        IndexSearcher base = new IndexSearcher(DirectoryReader.open(baseDir));
        Analyzer smartcn = new SmartChineseAnalyzer();
        List<Row> rows = new ArrayList<>();
        for (RelevanceJudgements.Judged j : judged) {
          List<Set<String>> ourRanks = new ArrayList<>();
          for (SearchResult.Hit h : ours.search(new SearchRequest(j.query(), Map.of(), null, null,
              SearchRequest.Sort.relevance, 1, 10)).hits()) {
            Set<String> urls = new LinkedHashSet<>();
            urls.add(h.article().url());
            h.copies().forEach(c -> urls.add(c.url()));
            ourRanks.add(urls);
          }
          List<Set<String>> baseRanks = new ArrayList<>();
          MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "body"}, smartcn,
              Map.of("title", 2f, "body", 1f));
          parser.setDefaultOperator(QueryParser.Operator.AND);
          try {
            for (ScoreDoc sd : base.search(parser.parse(j.query()), 10).scoreDocs) {
              baseRanks.add(Set.of(base.storedFields().document(sd.doc).get("url")));
            }
          } catch (ParseException e) {
            // plain smartcn cannot parse it: no results
          }
          rows.add(new Row(j.query(), j.relevant().size(), ndcg(ourRanks, j.relevant()), recall(ourRanks, j.relevant()),
              ndcg(baseRanks, j.relevant()), recall(baseRanks, j.relevant())));
        }
        return new Report(rows, mean(rows, Row::ndcg), mean(rows, Row::recall), mean(rows, Row::baseNdcg),
            mean(rows, Row::baseRecall));
      }
    } finally {
      try (var walk = Files.walk(work)) {
        walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
          try {
            Files.deleteIfExists(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  private static ByteBuffersDirectory baseline(Path warc) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    Pipeline pipeline = Pipeline.standard();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new SmartChineseAnalyzer()))) {
      new WarcPageReader(x -> { }).readAll(warc, wp -> {
        PageOutcome o = pipeline.process(wp.page());
        if (!o.indexed()) {
          return;
        }
        Document d = new Document();
        d.add(new StringField("url", wp.page().url(), Field.Store.YES));
        d.add(new TextField("title", o.article().title() == null ? "" : o.article().title(), Field.Store.NO));
        d.add(new TextField("body", o.article().body(), Field.Store.NO));
        try {
          w.addDocument(d);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return dir;
  }

  /** nDCG@10 with binary gains; a result position that covers several relevant copies gains once. */
  static double ndcg(List<Set<String>> ranks, Set<String> relevant) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranks.size()); i++) {
      if (ranks.get(i).stream().anyMatch(relevant::contains)) {
        dcg += 1 / (Math.log(i + 2) / Math.log(2));
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(10, relevant.size()); i++) {
      ideal += 1 / (Math.log(i + 2) / Math.log(2));
    }
    return ideal == 0 ? 0 : Math.min(1, dcg / ideal);
  }

  /** Share of the relevant articles found in the top 10 (copies listed under a hit count as found). */
  static double recall(List<Set<String>> ranks, Set<String> relevant) {
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < Math.min(10, ranks.size()); i++) {
      for (String u : ranks.get(i)) {
        if (relevant.contains(u)) {
          found.add(u);
        }
      }
    }
    return relevant.isEmpty() ? 0 : (double) found.size() / relevant.size();
  }

  private static double mean(List<Row> rows, java.util.function.ToDoubleFunction<Row> f) {
    return rows.stream().mapToDouble(f).average().orElse(0);
  }
}
