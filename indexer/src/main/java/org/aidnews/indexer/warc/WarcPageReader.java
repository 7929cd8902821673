package org.aidnews.indexer.warc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.aidnews.indexer.model.FetchedPage;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads every HTTP response record from the WARC files under a directory, whoever wrote them.
 * Revisit records (unchanged pages) carry no payload and are skipped. A damaged or truncated file
 * is read up to its last whole record and reported through the warning sink; it never stops the run.
 */
public final class WarcPageReader {
  /** Bodies larger than this are cut: no news article is this big, and it bounds memory per page. */
  public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  private final Consumer<String> warnings;

  public WarcPageReader(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  /** The WARC files under {@code dir} (recursively), in name order so runs are repeatable. */
  public static List<Path> warcFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a directory: " + dir);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".warc") || n.endsWith(".warc.gz");
          })
          .sorted()
          .toList();
    }
  }

  /** Calls {@code sink} for every response record in every WARC file under {@code dir}. */
  public long readAll(Path dir, Consumer<WarcPage> sink) throws IOException {
    long count = 0;
    for (Path file : warcFiles(dir)) {
      count += read(file, sink);
    }
    return count;
  }

  /** Calls {@code sink} for every response record in one WARC file; returns how many. */
  public long read(Path file, Consumer<WarcPage> sink) {
    long count = 0;
    try (WarcReader reader = new WarcReader(file)) {
      reader.onWarning(w -> warnings.accept(file.getFileName() + ": " + w));
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          warnings.accept(file.getFileName() + ": unreadable record after byte " + reader.position()
              + " (" + e.getMessage() + "); the rest of this file is skipped");
          break;
        }
        if (next.isEmpty()) {
          break;
        }
        // jwarc reports the start of the record just read (its gzip member, for compressed files).
        long offset = reader.position();
        if (next.get() instanceof WarcResponse response) {
          FetchedPage page = toPage(file, offset, response);
          if (page != null) {
            sink.accept(new WarcPage(page, file, offset));
            count++;
          }
        }
      }
    } catch (IOException e) {
      warnings.accept(file.getFileName() + ": cannot open (" + e.getMessage() + ")");
    } catch (UncheckedIOException e) {
      warnings.accept(file.getFileName() + ": " + e.getMessage());
    }
    return count;
  }

  private FetchedPage toPage(Path file, long offset, WarcResponse response) {
    String url = response.target();
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      return null;
    }
    try {
      HttpResponse http = response.http();
      Map<String, String> headers = new LinkedHashMap<>();
      http.headers().map().forEach((name, values) -> {
        if (!values.isEmpty()) {
          headers.put(name.toLowerCase(Locale.ROOT), values.get(values.size() - 1));
        }
      });
      byte[] body;
      try (InputStream in = http.bodyDecoded().stream()) {
        body = in.readNBytes(MAX_BODY_BYTES);
      }
      return new FetchedPage(url, response.date(), http.status(), headers, body);
    } catch (IOException | RuntimeException e) {
      warnings.accept(file.getFileName() + ": record at byte " + offset + " for " + url
          + " has a damaged HTTP message (" + e.getMessage() + ")");
      return null;
    }
  }

  /** Reads the one response record at {@code offset} of {@code file}, for the saved-copy view. */
  public static Optional<FetchedPage> readAt(Path file, long offset) throws IOException {
    List<FetchedPage> found = new ArrayList<>(1);
    try (WarcReader reader = new WarcReader(file)) {
      reader.position(offset);
      Optional<WarcRecord> next = reader.next();
      if (next.isPresent() && next.get() instanceof WarcResponse response) {
        FetchedPage page = new WarcPageReader(w -> { }).toPage(file, offset, response);
        if (page != null) {
          found.add(page);
        }
      }
    }
    return found.stream().findFirst();
  }
}
