package org.aidnews.indexer.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidnews.indexer.decode.Decoded;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.Quality;
import org.aidnews.indexer.model.QualityFlag;
import org.aidnews.indexer.model.RejectReason;
import org.aidnews.indexer.model.Script;
import org.aidnews.indexer.normalize.ScriptConverter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a decoded page into a clean article, with no per-site rules:
 * <ol>
 *   <li>mark boilerplate elements ({@link BoilerplateElements}) and pick the main text element by text
 *       and punctuation density ({@link TextDensity});
 *   <li>read the page as lines ({@link PageLines}), remove pinyin annotations, normalise whitespace;
 *   <li>title ({@link TitleExtractor}), line cleaning of the main text ({@link BodyCleaner}), credits
 *       ({@link Credits}), publish date ({@link PublishDate});
 *   <li>quality: lost characters, spun text, script, topic score, page kind, reject reason.
 * </ol>
 */
public final class ArticleExtractor {
  /**
   * Visible characters below which a page is TOO_SHORT. The shortest real items on these sites (a
   * two-sentence 简讯) have about 60; stubs, deleted-article and error pages inside a full template
   * leave 0–40 characters in the main element.
   */
  static final int MIN_BODY_CHARS = 50;
  /** Real pages are under 1–2 MB of text; beyond 4 M characters only the head is read. */
  static final int MAX_CHARS = 4_000_000;
  /**
   * The longest news articles run to 20–30 thousand characters; a "body" beyond 100 000 is a dump, not an
   * article, and is cut so that script conversion (ICU, about 0.2 M characters/s) and enrichment stay bounded.
   */
  static final int MAX_BODY_CHARS = 100_000;
  /** Script detection reads this much of the body: a few thousand characters decide it beyond doubt. */
  static final int SCRIPT_SAMPLE = 4_000;

  /** Extracts title, body, date, source and quality from one decoded page. Never throws on bad HTML. */
  public Article extract(String url, Instant fetchedAt, Decoded decoded) {
    try {
      return run(url, fetchedAt, decoded);
    } catch (RuntimeException | StackOverflowError e) {
      // A page that breaks a rule is an outcome, not a crash of the batch; the rule name says what broke.
      return new Article(url, fetchedAt, decoded == null ? null : decoded.charset(), null, "", null, null, null, null,
          Script.Hans, false, false, 0, new Quality(List.of("error:" + e.getClass().getSimpleName()),
              Set.of(), 0, RejectReason.NOT_ARTICLE));
    }
  }

  private Article run(String url, Instant fetchedAt, Decoded decoded) {
    List<String> rules = new ArrayList<>();
    Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
    rules.add("decode:" + decoded.rule());
    if (decoded.mismatch()) {
      flags.add(QualityFlag.CHARSET_MISMATCH);
    }
    String html = decoded.text();
    if (html.length() > MAX_CHARS) {
      html = html.substring(0, MAX_CHARS);
      rules.add("truncated");
    }
    LocalDate fetched = fetchedAt.atZone(DateText.SHANGHAI).toLocalDate();
    Document doc = Jsoup.parse(html, url);
    Element root = doc.body() != null ? doc.body() : doc;
    MetaTags meta = MetaTags.of(doc);

    Map<Element, TextDensity.Stats> raw = TextDensity.measure(root, Set.of());
    Set<Element> boilerplate = BoilerplateElements.mark(root, e -> {
      TextDensity.Stats s = raw.get(e);
      return s == null ? 0 : s.text;
    });
    Map<Element, TextDensity.Stats> stats = TextDensity.measure(root, boilerplate);
    // The headline first: its position on the page tells which dense block is the article.
    TitleExtractor.Result titleResult = TitleExtractor.extract(doc, meta.values, meta.jsonLdHeadline, boilerplate);
    String title = titleResult.title();
    Element main = TextDensity.best(stats, titleResult.element());
    rules.add(main == null ? "body:none" : "body:density");

    // Lines, with annotations removed before any rule reads them (發(fā)布時(shí)間 must read 發布時間).
    List<PageLines.Line> lines = PageLines.of(root, main, boilerplate);
    int pinyin = 0;
    List<String> texts = new ArrayList<>(lines.size());
    List<String> outsideBody = new ArrayList<>();
    int firstBody = -1;
    int lastBody = -1;
    for (int i = 0; i < lines.size(); i++) {
      PinyinAnnotations.Result r = PinyinAnnotations.remove(lines.get(i).text());
      texts.add(Whitespace.normalize(r.text()));
      if (!lines.get(i).body() && !lines.get(i).text().equals(PageLines.IMAGE)) {
        outsideBody.add(texts.get(i));
      }
      if (lines.get(i).body()) {
        pinyin += r.removed();
        if (firstBody < 0) {
          firstBody = i;
        }
        lastBody = i;
      }
    }

    rules.add("title:" + titleResult.rule());
    pinyin += PinyinAnnotations.remove(doc.title()).removed();

    List<String> bodyIn = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).body()) {
        bodyIn.add(texts.get(i));
      }
    }
    List<String> headerAll = withoutImages(firstBody < 0 ? texts : texts.subList(0, firstBody));
    List<String> header = new ArrayList<>(afterTitle(headerAll, title));
    List<String> tail = lastBody < 0 ? List.of() : withoutImages(texts.subList(lastBody + 1, texts.size()));

    Credits credits = new Credits();
    credits.addMeta(firstNonBlank(meta.get("contentsource"), meta.get("source")), firstNonBlank(meta.get("author"), meta.get("article:author")));
    BodyCleaner.Result cleaned = BodyCleaner.clean(bodyIn, title, credits);
    rules.addAll(cleaned.rules());
    if (cleaned.spamRemoved()) {
      flags.add(QualityFlag.SPAM_REMOVED);
    }
    header.addAll(cleaned.headerLines());
    for (String h : lastLines(header, 8)) {
      credits.scan(h);
    }
    if (!cleaned.lines().isEmpty()) {
      credits.scanLead(cleaned.lines().get(0));
    }
    for (String t : tail.subList(0, Math.min(6, tail.size()))) {
      credits.scan(t);
    }
    String body = String.join("\n", cleaned.lines());
    if (body.length() > MAX_BODY_CHARS) {
      int cut = body.lastIndexOf('\n', MAX_BODY_CHARS);
      body = body.substring(0, cut > MAX_BODY_CHARS / 2 ? cut : MAX_BODY_CHARS);
      rules.add("body-truncated");
    }
    int bodyChars = Whitespace.visibleLength(body);

    PublishDate.Result date = PublishDate.find(meta.values, meta.jsonLdDate, meta.timeDatetime, meta.scriptDate, url, header,
        cleaned.lines(), tail, outsideBody, fetched);
    if (date.date() == null) {
      flags.add(QualityFlag.NO_DATE);
    } else {
      rules.add("date:" + date.rule());
    }
    if (date.yearInferred()) {
      flags.add(QualityFlag.YEAR_INFERRED);
    }
    if (title == null) {
      flags.add(QualityFlag.NO_TITLE);
    }
    if (pinyin > 0) {
      flags.add(QualityFlag.PINYIN_REMOVED);
      rules.add("pinyin-removed:" + pinyin);
    }
    int lost = LostCharacters.count(body) + LostCharacters.count(title);
    if (lost > 0) {
      flags.add(QualityFlag.LOST_CHARACTERS);
    }

    ScriptConverter converter = ScriptConverter.get();
    String titleS = converter.toSimplified(title);
    String bodyS = converter.toSimplified(body);
    if (SpunText.find(titleS, bodyS).spun()) {
      flags.add(QualityFlag.SPUN_TEXT);
    }
    String scriptSample = body.isEmpty() ? (title == null ? "" : title) : body;
    Script script = converter.detect(
        scriptSample.length() > SCRIPT_SAMPLE ? scriptSample.substring(0, SCRIPT_SAMPLE) : scriptSample);
    double topic = TopicVocabulary.score(titleS, bodyS);
    boolean onTopic = topic >= TopicVocabulary.THRESHOLD;

    boolean isArticle =
        !PageKind.isList(doc, main, main == null ? null : stats.get(main), cleaned.lines(), boilerplate);
    RejectReason reject = null;
    if (!isArticle) {
      reject = RejectReason.NOT_ARTICLE;
    } else if (PageKind.isContinuation(url, doc)) {
      reject = RejectReason.CONTINUATION;
    } else if (bodyChars < MIN_BODY_CHARS) {
      reject = RejectReason.TOO_SHORT;
    } else if (!onTopic) {
      reject = RejectReason.OFF_TOPIC;
    }
    return new Article(url, fetchedAt, decoded.charset(), title, body, date.date(), date.rule(),
        credits.source(), credits.author(), script, isArticle, onTopic, Math.round(topic * 1000) / 1000.0,
        new Quality(rules, flags, lost, reject));
  }

  /** The header lines after the one carrying the title (the date and credits sit there), else all. */
  private static List<String> afterTitle(List<String> header, String title) {
    if (title == null) {
      return header;
    }
    for (int i = header.size() - 1; i >= 0; i--) {
      String line = header.get(i);
      if (line.contains(title) || CommonSubstring.length(line, title) >= 0.8 * title.length()) {
        return header.subList(i + 1, header.size());
      }
    }
    return header;
  }

  private static List<String> withoutImages(List<String> lines) {
    return lines.stream().filter(l -> !l.equals(PageLines.IMAGE)).toList();
  }

  private static List<String> lastLines(List<String> lines, int n) {
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }
}
