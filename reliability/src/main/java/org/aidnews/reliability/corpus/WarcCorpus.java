package org.aidnews.reliability.corpus;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes crawled pages as WARC response records, the way the crawler stores them: the indexer's only input. */
public final class WarcCorpus {
  private WarcCorpus() {}

  /**
   * One page as a server sent it.
   *
   * @param contentType the Content-Type header, or null to send none
   */
  public record Page(String url, Instant fetchedAt, int status, String contentType, byte[] body) {
    public Page(String url, Instant fetchedAt, String contentType, byte[] body) {
      this(url, fetchedAt, 200, contentType, body);
    }
  }

  /** Writes {@code pages} to a new gzipped WARC file {@code dir/name}; returns the file. */
  public static Path write(Path dir, String name, Iterable<Page> pages) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (Page p : pages) {
        HttpResponse.Builder http = new HttpResponse.Builder(p.status(), p.status() == 200 ? "OK" : "Status");
        if (p.contentType() != null) {
          http.addHeader("Content-Type", p.contentType());
        }
        // The payload's media type for jwarc; the HTTP header above is what the indexer reads.
        w.write(new WarcResponse.Builder(URI.create(p.url()))
            .date(p.fetchedAt())
            .body(http.body(MediaType.HTML, p.body()).build())
            .build());
      }
    }
    return file;
  }

  /** A UTF-8 HTML page. */
  public static Page html(String url, Instant fetchedAt, String html) {
    return new Page(url, fetchedAt, "text/html; charset=utf-8", html.getBytes(Charset.forName("UTF-8")));
  }

  /** Writes {@code pages} split over {@code files} WARC files named {@code prefix-N.warc.gz}. */
  public static void writeSplit(Path dir, String prefix, List<Page> pages, int files) throws IOException {
    int per = (pages.size() + files - 1) / Math.max(1, files);
    for (int f = 0, from = 0; from < pages.size(); f++, from += per) {
      write(dir, prefix + "-" + f + ".warc.gz", pages.subList(from, Math.min(pages.size(), from + per)));
    }
  }
}
