package org.aidnews.indexer.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes the bundled sample sites ({@code testdata/sites/}) into one WARC file exactly as the
 * sample-site server would serve them (URL on the site's demo port, Content-Type from its
 * {@code _site.properties}), so evaluations run the real indexing path without a crawl.
 */
public final class SampleSitesWarc {
  /** The fixed fetch time of the evaluation corpus, so inferred years are reproducible. */
  public static final Instant FETCHED_AT = Instant.parse("2026-11-01T02:00:00Z");

  private SampleSitesWarc() {}

  /** Writes {@code sitesDir}'s HTML pages to {@code warcDir/sample-sites.warc.gz}; returns the page count. */
  public static int write(Path sitesDir, Path warcDir) throws IOException {
    Files.createDirectories(warcDir);
    int n = 0;
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(warcDir.resolve("sample-sites.warc.gz"),
        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), WarcCompression.GZIP);
        Stream<Path> sites = Files.list(sitesDir)) {
      for (Path site : sites.filter(Files::isDirectory).sorted().toList()) {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(site.resolve("_site.properties"), StandardCharsets.ISO_8859_1)) {
          props.load(r);
        }
        String port = strip(props.getProperty("port"));
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
          pages = walk.filter(Files::isRegularFile).filter(SampleSitesWarc::isHtml).sorted().toList();
        }
        for (Path page : pages) {
          String path = "/" + site.relativize(page).toString().replace('\\', '/');
          if (path.contains("/_")) {
            continue;
          }
          String contentType = strip(props.getProperty("contentType." + path, props.getProperty("contentType.html",
              "text/html")));
          byte[] body;
          try (InputStream in = Files.newInputStream(page)) {
            body = in.readAllBytes();
          }
          HttpResponse http = new HttpResponse.Builder(200, "OK")
              .addHeader("Content-Type", contentType)
              .body(MediaType.parse(contentType), body)
              .build();
          w.write(new WarcResponse.Builder(URI.create("http://127.0.0.1:" + port + path)).date(FETCHED_AT).body(http)
              .build());
          n++;
        }
      }
    }
    return n;
  }

  private static boolean isHtml(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml");
  }

  /** Java Properties keeps a trailing "# comment" in a value; the sample-site format allows one. */
  private static String strip(String v) {
    if (v == null) {
      return null;
    }
    int hash = v.indexOf(" #");
    return (hash >= 0 ? v.substring(0, hash) : v).strip();
  }
}
