package org.aidnews.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastCrawlTest {
  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void newestCrawlLogsLastCompleteLineWins() throws IOException {
    write("crawl-20250101T000000Z.jsonl", "{\"time\":\"2025-06-01T00:00:00Z\",\"url\":\"u\"}\n");
    write("crawl-20250301T000000Z.jsonl", "{\"time\":\"2025-03-01T00:00:01Z\",\"url\":\"u\"}\n"
        + "{\"time\":\"2025-03-01T08:30:00.5Z\",\"url\":\"v\"}\n{\"time\":\"2025-03-0"); // torn by a kill -9
    write("aidnews-20250301000000-00001.warc.gz", "x");
    assertThat(new LastCrawl(dir).time()).contains(Instant.parse("2025-03-01T08:30:00.5Z"));
  }

  @Test
  void epochSecondsAreReadToo() throws IOException {
    write("crawl-20250301T000000Z.jsonl", "{\"url\":\"u\",\"time\":1740817800.250}\n");
    assertThat(new LastCrawl(dir).time()).contains(Instant.parse("2025-03-01T08:30:00.250Z"));
  }

  @Test
  void withoutLogTheNewestWarcFileStandsIn() throws IOException {
    write("aidnews-20250301000000-00001.warc.gz", "x");
    write("aidnews-20250302000000-00001.warc.gz", "x");
    write("aidnews-20250303000000-00001.warc.gz.open", "being written");
    Files.setLastModifiedTime(dir.resolve("aidnews-20250301000000-00001.warc.gz"),
        FileTime.from(Instant.parse("2025-03-01T10:00:00Z")));
    Files.setLastModifiedTime(dir.resolve("aidnews-20250302000000-00001.warc.gz"),
        FileTime.from(Instant.parse("2025-03-02T10:00:00Z")));
    Files.setLastModifiedTime(dir.resolve("aidnews-20250303000000-00001.warc.gz.open"),
        FileTime.from(Instant.parse("2025-03-03T10:00:00Z")));
    assertThat(new LastCrawl(dir).time()).contains(Instant.parse("2025-03-02T10:00:00Z"));
  }

  @Test
  void unknownIsEmptyNeverAnError() throws IOException {
    assertThat(new LastCrawl(dir.resolve("missing")).time()).isEmpty();
    assertThat(new LastCrawl(null).time()).isEmpty();
    assertThat(new LastCrawl(dir).time()).isEmpty();
    write("crawl-20250301T000000Z.jsonl", "not json at all\n\u0000\u0001");
    assertThat(new LastCrawl(dir).time()).isEmpty();
    write("crawl-20250302T000000Z.jsonl", "{\"time\":\"yesterday\"}\n");
    assertThat(new LastCrawl(dir).time()).isEmpty();
    Files.writeString(dir.resolve("afile"), "x");
    assertThat(new LastCrawl(dir.resolve("afile")).time()).isEmpty();
  }

  @Test
  void onlyTheTailOfALongLogIsNeeded() throws IOException {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      log.append("{\"time\":\"2025-03-01T00:00:00Z\",\"url\":\"http://a.test/").append(i).append("\"}\n");
    }
    log.append("{\"time\":\"2025-03-02T00:00:00Z\",\"url\":\"http://a.test/last\"}\n");
    write("crawl-20250301T000000Z.jsonl", log.toString());
    assertThat(new LastCrawl(dir).time()).contains(Instant.parse("2025-03-02T00:00:00Z"));
  }
}
