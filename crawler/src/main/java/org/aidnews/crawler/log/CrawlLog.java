package org.aidnews.crawler.log;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends {@link CrawlLogEntry} lines to a JSON-lines file, one flushed line per decision, so a crash loses
 * at most the line being written (a torn last line is skipped when the log is read back).
 */
public final class CrawlLog implements Closeable {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;
    private final BufferedWriter out;
    private final Consumer<CrawlLogEntry> listener;

    public CrawlLog(Path file, Consumer<CrawlLogEntry> listener) throws IOException {
        this.file = file;
        this.listener = listener;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    public Path file() {
        return file;
    }

    public synchronized void write(CrawlLogEntry entry) {
        try {
            out.write(JSON.writeValueAsString(entry));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write crawl log " + file, e);
        }
        listener.accept(entry);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    /** Reads a crawl log; lines that do not parse (a line torn by a crash) are skipped. */
    public static List<CrawlLogEntry> read(Path file) throws IOException {
        List<CrawlLogEntry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(JSON.readValue(line, CrawlLogEntry.class));
            } catch (JacksonException e) {
                // torn line from a killed process: the URL it described is simply treated as not done
            }
        }
        return entries;
    }
}
