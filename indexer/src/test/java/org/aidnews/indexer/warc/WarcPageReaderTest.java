package org.aidnews.indexer.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aidnews.indexer.model.FetchedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcPageReaderTest {
  /** Writes {@code n} response records (HTML in GB18030) to a gzipped WARC file. */
  static Path writeWarc(Path dir, String name, int n) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (int i = 0; i < n; i++) {
        byte[] body = ("<html><head><meta charset=gbk><title>第" + i + "篇 镕</title></head><body><p>正文" + i
            + "</p></body></html>").getBytes(java.nio.charset.Charset.forName("GB18030"));
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .addHeader("Content-Type", "text/html")
            .body(MediaType.HTML, body)
            .build();
        w.write(new WarcResponse.Builder(URI.create("http://site.test/a/" + i + ".html"))
            .date(Instant.parse("2026-11-0" + (1 + i % 9) + "T01:02:03Z"))
            .body(http)
            .build());
      }
    }
    return file;
  }

  @Test
  void readsEveryResponseAndFindsEachAgainByOffset(@TempDir Path dir) throws Exception {
    writeWarc(dir, "a.warc.gz", 5);
    List<WarcPage> pages = new ArrayList<>();
    long n = new WarcPageReader(w -> { throw new AssertionError(w); }).readAll(dir, pages::add);
    assertThat(n).isEqualTo(5);
    assertThat(pages).extracting(p -> p.page().url()).containsExactly(
        "http://site.test/a/0.html", "http://site.test/a/1.html", "http://site.test/a/2.html",
        "http://site.test/a/3.html", "http://site.test/a/4.html");
    WarcPage third = pages.get(2);
    assertThat(third.page().status()).isEqualTo(200);
    assertThat(third.page().header("Content-Type")).isEqualTo("text/html");
    assertThat(new String(third.page().body(), "GB18030")).contains("第2篇 镕");
    for (WarcPage p : pages) {
      FetchedPage again = WarcPageReader.readAt(p.file(), p.offset()).orElseThrow();
      assertThat(again.url()).isEqualTo(p.page().url());
      assertThat(again.body()).isEqualTo(p.page().body());
      assertThat(again.fetchedAt()).isEqualTo(p.page().fetchedAt());
    }
  }

  @Test
  void aTruncatedFileIsReadUpToItsLastWholeRecordWithAWarning(@TempDir Path dir) throws Exception {
    Path file = writeWarc(dir, "b.warc.gz", 4);
    byte[] all = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(all, all.length - 40));
    List<String> warnings = new ArrayList<>();
    List<WarcPage> pages = new ArrayList<>();
    new WarcPageReader(warnings::add).readAll(dir, pages::add);
    assertThat(pages).hasSize(3);
    assertThat(warnings).isNotEmpty();
    assertThat(warnings.get(0)).contains("b.warc.gz");
  }

  @Test
  void garbageFilesAreReportedNotThrown(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("junk.warc.gz"), "this is not a warc".getBytes(StandardCharsets.UTF_8));
    List<String> warnings = new ArrayList<>();
    long n = new WarcPageReader(warnings::add).readAll(dir, p -> { });
    assertThat(n).isZero();
    assertThat(warnings).hasSize(1);
  }
}
