package org.aidnews.indexer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.aidnews.indexer.decode.Decoded;
import org.aidnews.indexer.decode.PageDecoder;
import org.aidnews.indexer.enrich.Enricher;
import org.aidnews.indexer.extract.ArticleExtractor;
import org.aidnews.indexer.model.Article;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.FetchedPage;
import org.aidnews.indexer.model.RejectReason;
import org.aidnews.indexer.normalize.ScriptConverter;

/**
 * The one class that knows the order of the indexing stages:
 * decode → extract and clean → normalise to Simplified → enrich.
 * Each stage hands the next an immutable record; a bad page becomes a {@link PageOutcome} with a
 * reason, never an exception.
 */
public final class Pipeline {
  private final PageDecoder decoder;
  private final ArticleExtractor extractor;
  private final ScriptConverter converter;
  private final Enricher enricher;

  public Pipeline(PageDecoder decoder, ArticleExtractor extractor, ScriptConverter converter, Enricher enricher) {
    this.decoder = decoder;
    this.extractor = extractor;
    this.converter = converter;
    this.enricher = enricher;
  }

  /** A pipeline with the default stages and configuration. */
  public static Pipeline standard() {
    return new Pipeline(new PageDecoder(), new ArticleExtractor(), ScriptConverter.get(), new Enricher());
  }

  /** Runs one fetched page through every stage. */
  public PageOutcome process(FetchedPage page) {
    if (page.status() < 200 || page.status() >= 300) {
      return new PageOutcome(page.url(), null, null, RejectReason.NOT_HTML, "HTTP status " + page.status());
    }
    String contentType = page.header("content-type");
    if (contentType != null && !isHtml(contentType)) {
      return new PageOutcome(page.url(), null, null, RejectReason.NOT_HTML, "content type " + contentType);
    }
    Decoded decoded = decoder.decode(page.body(), contentType);
    if (decoded == null) {
      return new PageOutcome(page.url(), null, null, RejectReason.UNDECODABLE, "no charset decodes the page");
    }
    Article article = extractor.extract(page.url(), page.fetchedAt(), decoded);
    if (article.quality().rejected()) {
      return new PageOutcome(page.url(), article, null, article.quality().rejectReason(), null);
    }
    return new PageOutcome(page.url(), article, enrich(articleId(page.url()), article), null, null);
  }

  /** The normalise and enrich stages alone, for an article assembled from several pages. */
  public EnrichedArticle enrich(String id, Article article) {
    return enricher.enrich(id, article, converter.toSimplified(article.title()), converter.toSimplified(article.body()));
  }

  private static boolean isHtml(String contentType) {
    String ct = contentType.toLowerCase(Locale.ROOT);
    return ct.contains("html") || ct.startsWith("text/plain") || ct.isBlank();
  }

  /** The stable id of the article at {@code url}: 16 hex digits of its SHA-256. */
  public static String articleId(String url) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
