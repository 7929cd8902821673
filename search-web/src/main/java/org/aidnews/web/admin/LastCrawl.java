package org.aidnews.web.admin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the crawler last wrote to the WARC directory, read from the files it leaves there (the web app
 * does not depend on the crawler module, so the layout is read, not the crawler's classes):
 * <ul>
 *   <li>{@code crawl-<yyyyMMdd'T'HHmmss'Z'>.jsonl}, one JSON line per URL decision with its {@code "time"}:
 *       the newest log (names sort by start time) and the time of its last complete line is the last crawl;
 *   <li>without any crawl log (WARC files copied in, or written by {@code ./aidnews generate}) the newest
 *       {@code *.warc.gz} file's modification time stands in.
 * </ul>
 * Unknown (no directory, no files, unreadable) is an empty answer, never an exception: a metric about
 * the crawler must not break the portal. Only the last 64 KiB of the log are read, so a crawl log of a
 * million lines costs the same as a small one.
 */
final class LastCrawl {
  private static final Pattern LOG_NAME = Pattern.compile("crawl-\\d{8}T\\d{6}Z\\.jsonl");
  /** The crawl log's {@code time} field: ISO-8601 text (Jackson's default) or epoch seconds. */
  private static final Pattern TIME = Pattern.compile("\"time\"\\s*:\\s*(?:\"([^\"]+)\"|(-?\\d+(?:\\.\\d+)?))");
  private static final int TAIL_BYTES = 64 * 1024;

  private final Path warcDir;

  LastCrawl(Path warcDir) {
    this.warcDir = warcDir;
  }

  /** The last crawl's time, or empty when it cannot be told. */
  Optional<Instant> time() {
    if (warcDir == null || !Files.isDirectory(warcDir)) {
      return Optional.empty();
    }
    try {
      Path newestLog = null;
      Instant newestWarc = null;
      try (DirectoryStream<Path> files = Files.newDirectoryStream(warcDir)) {
        for (Path f : files) {
          String name = f.getFileName().toString();
          if (LOG_NAME.matcher(name).matches()) {
            if (newestLog == null || name.compareTo(newestLog.getFileName().toString()) > 0) {
              newestLog = f;
            }
          } else if (name.endsWith(".warc.gz") && Files.isRegularFile(f)) {
            Instant m = Files.getLastModifiedTime(f).toInstant();
            if (newestWarc == null || m.isAfter(newestWarc)) {
              newestWarc = m;
            }
          }
        }
      }
      if (newestLog != null) {
        Optional<Instant> t = lastLineTime(newestLog);
        if (t.isPresent()) {
          return t;
        }
      }
      return Optional.ofNullable(newestWarc);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The time of the last line that carries one; a torn last line (killed crawl) is skipped. */
  static Optional<Instant> lastLineTime(Path log) throws IOException {
    String tail;
    try (SeekableByteChannel ch = Files.newByteChannel(log)) {
      long size = ch.size();
      int n = (int) Math.min(size, TAIL_BYTES);
      ByteBuffer buf = ByteBuffer.allocate(n);
      ch.position(size - n);
      while (buf.hasRemaining() && ch.read(buf) >= 0) {
        // read the tail fully
      }
      tail = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }
    String[] lines = tail.split("\n");
    // The first line of a cut tail may be partial; the last may be torn: both just fail to match.
    for (int i = lines.length - 1; i >= 0; i--) {
      String line = lines[i].strip();
      if (!line.startsWith("{") || !line.endsWith("}")) {
        continue;
      }
      Matcher m = TIME.matcher(line);
      if (m.find()) {
        try {
          if (m.group(1) != null) {
            return Optional.of(Instant.parse(m.group(1)));
          }
          double seconds = Double.parseDouble(m.group(2));
          return Optional.of(Instant.ofEpochMilli(Math.round(seconds * 1000)));
        } catch (DateTimeException | NumberFormatException e) {
          // not a time we can read: try the line before
        }
      }
    }
    return Optional.empty();
  }
}
