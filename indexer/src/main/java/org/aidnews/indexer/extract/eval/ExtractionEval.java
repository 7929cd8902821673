package org.aidnews.indexer.extract.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  public static PageResult evaluate(Pipeline pipeline, LabelledPage page) {
    Map<String, String> headers = new HashMap<>();
    if (page.contentType() != null) {
      headers.put("content-type", page.contentType());
    }
    // Labels rarely say when the page was fetched; "now" is what a fresh crawl would see.
    Instant fetched = page.fetchedAt() != null ? page.fetchedAt() : Instant.now();
    PageOutcome outcome = pipeline.process(new FetchedPage(page.url(), fetched, 200, headers, page.bytes()));
    Article a = outcome.article();
    LabelledPage.Expected e = page.expected();
    List<String> misses = new ArrayList<>();
    String charset = a == null ? null : CharsetFamily.of(a.charset());
    boolean charsetOk = e.charset() == null || Objects.equals(CharsetFamily.of(e.charset()), charset);
    if (!charsetOk) {
      misses.add("charset: want " + e.charset() + ", got " + charset);
    }
    boolean isArticle = a != null && a.isArticle();
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
