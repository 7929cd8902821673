package org.aidnews.indexer.extract.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aidnews.indexer.extract.Pagination;
import org.aidnews.indexer.index.MultiPageArticles;
import org.aidnews.indexer.model.RejectReason;
import org.aidnews.indexer.PageOutcome;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.decode.CharsetFamily;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.FetchedPage;

/**
 * Runs labelled pages through the pipeline and compares: title and publish date exactly, script and
 * isArticle exactly, charset by family (GB2312/GBK/GB18030 are one, Big5/Big5-HKSCS one), body by
 * {@link BodyF1}. List pages (isArticle false in the label) are compared on charset and isArticle only.
 */
public final class ExtractionEval {
  /** Body F1 at or above this counts as a body hit in the per-page listing. */
  public static final double BODY_OK = 0.97;

  /** The comparison of one page. {@code misses} names each field that differs, with both values. */
  public record PageResult(LabelledPage page, Article article, String reject, boolean titleOk, boolean dateOk,
      boolean scriptOk, boolean charsetOk, boolean isArticleOk, BodyF1.Score body, List<String> misses) {
    public boolean articleLabel() {
      return page.expected().isArticle();
    }
  }

  /** Totals over all pages; rates over the pages the field applies to. */
  public record Summary(int pages, int articles, int titleHits, int titleN, int dateHits, int dateN, int scriptHits,
      int scriptN, int charsetHits, int charsetN, int isArticleHits, double bodyF1Mean, double bodyPrecisionMean,
      double bodyRecallMean, int bodyN, double pagesPerSecond) {}

  private ExtractionEval() {}

  /** One page alone: a multi-page article is scored on its first page's text. */
  public static PageResult evaluate(Pipeline pipeline, LabelledPage page) {
    return judge(page, run(pipeline, page), List.of());
  }

  /**
   * Every page, as the index sees them: the text of continuation pages ({@code _2.html}) joins their
   * first page's article in page order before its body is scored (the label holds the whole article),
   * and a continuation page is not an article of its own.
   */
  public static List<PageResult> evaluateAll(Pipeline pipeline, List<LabelledPage> pages) {
    List<PageOutcome> outcomes = new ArrayList<>(pages.size());
    Map<String, TreeMap<Integer, String>> continuations = new HashMap<>();
    for (LabelledPage page : pages) {
      PageOutcome o = run(pipeline, page);
      outcomes.add(o);
      if (o.reject() == RejectReason.CONTINUATION && o.article() != null) {
        Pagination.of(page.url()).ifPresent(p -> continuations.computeIfAbsent(p.firstPageUrl(), k -> new TreeMap<>())
            .put(p.order(), o.article().body()));
      }
    }
    List<PageResult> out = new ArrayList<>(pages.size());
    for (int i = 0; i < pages.size(); i++) {
      TreeMap<Integer, String> more = continuations.get(pages.get(i).url());
      out.add(judge(pages.get(i), outcomes.get(i), more == null ? List.of() : List.copyOf(more.values())));
    }
    return out;
  }

  private static PageOutcome run(Pipeline pipeline, LabelledPage page) {
    Map<String, String> headers = new HashMap<>();
    if (page.contentType() != null) {
      headers.put("content-type", page.contentType());
    }
    // Labels rarely say when the page was fetched; "now" is what a fresh crawl would see.
    Instant fetched = page.fetchedAt() != null ? page.fetchedAt() : Instant.now();
    return pipeline.process(new FetchedPage(page.url(), fetched, 200, headers, page.bytes()));
  }

  /** Compares one outcome with its label; {@code more}: the bodies of its continuation pages, in order. */
  private static PageResult judge(LabelledPage page, PageOutcome outcome, List<String> more) {
    Article a = outcome.article();
    if (a != null && !more.isEmpty()) {
      a = MultiPageArticles.merged(a, more);
    }
    LabelledPage.Expected e = page.expected();
    List<String> misses = new ArrayList<>();
    String charset = a == null ? null : CharsetFamily.of(a.charset());
    boolean charsetOk = e.charset() == null || Objects.equals(CharsetFamily.of(e.charset()), charset);
    if (!charsetOk) {
      misses.add("charset: want " + e.charset() + ", got " + charset);
    }
    // A continuation page is part of another article, never indexed on its own.
    boolean isArticle = a != null && a.isArticle() && outcome.reject() != RejectReason.CONTINUATION;
    boolean isArticleOk = isArticle == e.isArticle();
    if (!isArticleOk) {
      misses.add("isArticle: want " + e.isArticle() + ", got " + isArticle
          + (outcome.reject() == null ? "" : " (" + outcome.reject() + ")"));
    }
    boolean titleOk = true;
    boolean dateOk = true;
    boolean scriptOk = true;
    BodyF1.Score body = null;
    if (e.isArticle()) {
      String title = a == null ? null : a.title();
      titleOk = !e.hasTitle() || Objects.equals(e.title(), title);
      if (!titleOk) {
        misses.add("title: want " + e.title() + ", got " + title);
      }
      String date = a == null || a.published() == null ? null : a.published().toString();
      dateOk = !e.hasPublished() || Objects.equals(e.published(), date);
      if (!dateOk) {
        misses.add("published: want " + e.published() + ", got " + date + (a == null ? "" : " (" + a.publishedRule() + ")"));
      }
      String script = a == null ? null : a.script().name();
      scriptOk = !e.hasScript() || Objects.equals(e.script(), script);
      if (!scriptOk) {
        misses.add("script: want " + e.script() + ", got " + script);
      }
      if (e.hasBody()) {
        body = BodyF1.of(a == null ? "" : a.body(), e.body());
        if (body.f1() < BODY_OK) {
          misses.add(String.format(java.util.Locale.ROOT, "body: F1 %.3f (P %.3f R %.3f)", body.f1(), body.precision(),
              body.recall()));
        }
      }
    }
    return new PageResult(page, a, outcome.reject() == null ? null : outcome.reject().name(), titleOk, dateOk,
        scriptOk, charsetOk, isArticleOk, body, misses);
  }

  public static Summary summarize(List<PageResult> results, double seconds) {
    int articles = 0;
    int titleHits = 0;
    int titleN = 0;
    int dateHits = 0;
    int dateN = 0;
    int scriptHits = 0;
    int scriptN = 0;
    int charsetHits = 0;
    int charsetN = 0;
    int isArticleHits = 0;
    double f1 = 0;
    double p = 0;
    double r = 0;
    int bodyN = 0;
    for (PageResult pr : results) {
      LabelledPage.Expected e = pr.page().expected();
      if (e.charset() != null) {
        charsetN++;
        charsetHits += pr.charsetOk() ? 1 : 0;
      }
      isArticleHits += pr.isArticleOk() ? 1 : 0;
      if (!e.isArticle()) {
        continue;
      }
      articles++;
      if (e.hasTitle()) {
        titleN++;
        titleHits += pr.titleOk() ? 1 : 0;
      }
      if (e.hasPublished()) {
        dateN++;
        dateHits += pr.dateOk() ? 1 : 0;
      }
      if (e.hasScript()) {
        scriptN++;
        scriptHits += pr.scriptOk() ? 1 : 0;
      }
      if (pr.body() != null) {
        bodyN++;
        f1 += pr.body().f1();
        p += pr.body().precision();
        r += pr.body().recall();
      }
    }
    return new Summary(results.size(), articles, titleHits, titleN, dateHits, dateN, scriptHits, scriptN, charsetHits,
        charsetN, isArticleHits, bodyN == 0 ? 0 : f1 / bodyN, bodyN == 0 ? 0 : p / bodyN, bodyN == 0 ? 0 : r / bodyN,
        bodyN, seconds <= 0 ? 0 : results.size() / seconds);
  }
}
