package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidnews.indexer.decode.Decoded;
import org.aidnews.indexer.decode.PageDecoder;
import org.aidnews.indexer.extract.eval.BodyF1;
import org.aidnews.indexer.extract.eval.LabelledPage;
import org.aidnews.indexer.extract.eval.LabelledPages;
import org.junit.jupiter.api.Test;

/**
 * Every labelled article page again, with a block of noise put at the start and at the end of its
 * {@code <body>} under a class name that says nothing: a dated list without links, the same with links,
 * six short reader comments, and a mix. The text must still be found — this is what chose the density
 * variant, the rival-block rule and the headline prior (figures in the report).
 */
class NoisyPagesTest {
  static final double MIN_MEAN_F1 = 0.95;

  private static String datedList(int n, boolean links, int salt) {
    StringBuilder b = new StringBuilder("<div class=c" + salt + "><ul>");
    for (int i = 0; i < n; i++) {
      String t = "某某单位召开第" + (i + 1) + "次工作推进会议";
      b.append("<li>").append(links ? "<a href=/x" + i + ">" + t + "</a>" : t).append(" 2023-0").append(1 + i % 9)
          .append("-1").append(i % 10).append("</li>");
    }
    return b.append("</ul></div>").toString();
  }

  private static String comments(int n, int salt) {
    StringBuilder b = new StringBuilder("<div class=box" + salt + ">");
    for (int i = 0; i < n; i++) {
      b.append("<p>网友").append(i).append("：说得好，希望多开展这样的活动，让群众受益！支持！</p>");
    }
    return b.append("</div>").toString();
  }

  @Test
  void textIsFoundBesideNoiseBlocks() {
    List<String> noises = List.of(datedList(30, false, 1), datedList(30, true, 2), comments(6, 3),
        datedList(15, false, 4) + comments(3, 5));
    ArticleExtractor extractor = new ArticleExtractor();
    PageDecoder decoder = new PageDecoder();
    double sum = 0;
    int n = 0;
    List<String> low = new ArrayList<>();
    for (LabelledPage page : LabelledPages.load(List.of(LabelledPagesOnDisk.fixtures())).pages()) {
      if (!page.expected().isArticle() || page.expected().body() == null) {
        continue;
      }
      String html = decoder.decode(page.bytes(), page.contentType()).text();
      String lower = html.toLowerCase(Locale.ROOT);
      int close = lower.lastIndexOf("</body>");
      close = close < 0 ? html.length() : close;
      int open = lower.indexOf("<body");
      int afterOpen = open < 0 ? 0 : html.indexOf('>', open) + 1;
      Instant fetched = page.fetchedAt() == null ? Instant.parse("2024-01-01T00:00:00Z") : page.fetchedAt();
      for (String noise : noises) {
        for (String variant : List.of(html.substring(0, close) + noise + html.substring(close),
            html.substring(0, afterOpen) + noise + html.substring(afterOpen))) {
          String body = extractor.extract(page.url(), fetched, new Decoded(variant, "UTF-8", "test", false)).body();
          double f1 = BodyF1.of(body, page.expected().body()).f1();
          sum += f1;
          n++;
          if (f1 < 0.9) {
            low.add(String.format(Locale.ROOT, "%s %.3f", page.id(), f1));
          }
        }
      }
    }
    assertThat(n).isGreaterThanOrEqualTo(100);
    assertThat(sum / n).as("mean body F1 over %d noisy pages; below 0.9: %s", n, low).isGreaterThanOrEqualTo(MIN_MEAN_F1);
  }
}
