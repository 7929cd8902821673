package org.aidnews.indexer.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A page turned into a clean article: the output of decode → extract → clean.
 * Text is kept in the page's own script; {@code script} says which.
 *
 * @param url           the page URL
 * @param fetchedAt     when the crawler fetched it
 * @param charset       the charset the bytes were decoded with
 * @param title         cleaned title, or null when the page has none
 * @param body          cleaned main text, paragraphs separated by '\n'
 * @param published     publish date in Asia/Shanghai, or null when unknown
 * @param publishedRule which rule gave the date (meta, label, url, text, inferred-year ...), or null
 * @param source        the outlet credited (来源), or null
 * @param author        author and editor credits, or null
 * @param script        the script of the page's own text
 * @param isArticle     false for list, index and navigation pages
 * @param onTopic       whether the article is about health assistance
 * @param topicScore    the on-topic score behind {@code onTopic}
 * @param quality       rules fired, flags and the reject reason
 */
public record Article(
    String url,
    Instant fetchedAt,
    String charset,
    String title,
    String body,
    LocalDate published,
    String publishedRule,
    String source,
    String author,
    Script script,
    boolean isArticle,
    boolean onTopic,
    double topicScore,
    Quality quality) {
  public Article {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(quality, "quality");
  }
}
