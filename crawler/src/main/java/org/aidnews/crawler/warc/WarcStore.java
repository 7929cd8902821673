package org.aidnews.crawler.warc;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.aidnews.crawler.fetch.FetchedResponse;
import org.aidnews.crawler.fetch.HttpField;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes captures into rolling gzipped WARC files {@code aidnews-<yyyyMMddHHmmss>-<seq>.warc.gz} in one
 * directory. A file being written carries the suffix {@code .open} (so a reader of {@code *.warc.gz} never
 * sees a half-written file) and is renamed when it is rolled (at {@code rollBytes}) or closed. A file left
 * {@code .open} by a killed crawl is repaired by {@link #recover(Path)}: cut after its last complete record.
 * <p>
 * Crash safety: each capture (request + response, or request + revisit) is serialised in memory and appended
 * with one write; afterwards the new end offset is appended to a small side file {@code <name>.open.idx}.
 * After a {@code kill -9} the side file names the end of the last complete capture, so recovery never keeps
 * a torn record and never drops a complete one (jwarc cannot tell where a torn gzip member began).
 * <p>
 * Thread-safe: one record pair at a time.
 */
public final class WarcStore implements Closeable {

    public static final String SUFFIX = ".warc.gz";
    public static final String OPEN_SUFFIX = ".open";
    /** Extension WARC field naming the site the capture belongs to (sites.yml id). */
    public static final String SITE_FIELD = "Aidnews-Site";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final long rollBytes;
    private final String stamp;
    private int seq;
    private Path openFile;
    private Path indexFile;
    private FileChannel channel;
    /** Records are serialised here first, then appended to the file with one write (see {@link #flushBatch}). */
    private final java.io.ByteArrayOutputStream batch = new java.io.ByteArrayOutputStream();
    private org.netpreserve.jwarc.WarcWriter writer;

    public WarcStore(Path dir, long rollBytes) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.rollBytes = rollBytes;
        this.stamp = STAMP.format(Instant.now());
    }

    /** A 2xx/3xx/4xx/5xx response: request record, then response record (concurrent to each other). */
    public synchronized StoredRecord writeResponse(FetchedResponse r, String siteId) throws IOException {
        ensureOpen();
        URI target = URI.create(r.url());
        UUID responseId = UUID.randomUUID();
        byte[] block = httpResponseBlock(r.protocol(), r.status(), r.reasonPhrase(), r.headers(), r.body());
        WarcDigest payloadDigest = sha1(r.body());
        WarcResponse.Builder response = new WarcResponse.Builder(target)
                .recordId(responseId)
                .date(r.fetchTime())
                .body(MediaType.HTTP_RESPONSE, block)
                .blockDigest(sha1(block))
                .payloadDigest(payloadDigest)
                .addHeader(SITE_FIELD, siteId);
        if (r.truncated()) {
            response.truncated(WarcTruncationReason.LENGTH);
        }
        ipAddress(r).ifPresent(response::ipAddress);
        writeRequest(r, target, responseId);
        long offset = channel.position() + writer.position();
        writer.write(response.build());
        flushBatch();
        String file = finalName(openFile);
        rollIfLarge();
        return new StoredRecord(file, offset, "<urn:uuid:" + responseId + ">", payloadDigest.toString());
    }

    /** Why a capture is stored as a revisit (WARC 1.0 §6.7.2 profiles). */
    public enum RevisitProfile {
        /** A 304 answer to a conditional GET. */
        SERVER_NOT_MODIFIED(WarcRevisit.SERVER_NOT_MODIFIED_1_0),
        /** A full answer whose payload digest equals the earlier capture's. */
        IDENTICAL_PAYLOAD_DIGEST(WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_0);

        private final URI uri;

        RevisitProfile(URI uri) {
            this.uri = uri;
        }
    }

    /** The payload digest as written to WARC-Payload-Digest and the crawl log ({@code sha1:BASE32}). */
    public static String payloadDigest(byte[] payload) {
        return sha1(payload).toString();
    }

    /**
     * A revisit record holding only the new response's status line and headers (no payload) and pointing at
     * the earlier capture, whose payload digest it repeats: for a 304 ({@link RevisitProfile#SERVER_NOT_MODIFIED})
     * or a 200 with the same payload ({@link RevisitProfile#IDENTICAL_PAYLOAD_DIGEST}).
     */
    public synchronized StoredRecord writeRevisit(FetchedResponse r, String siteId, String refersToRecordId,
            Instant refersToDate, String refersToPayloadDigest, RevisitProfile profile) throws IOException {
        ensureOpen();
        URI target = URI.create(r.url());
        UUID id = UUID.randomUUID();
        byte[] block = httpResponseBlock(r.protocol(), r.status(), r.reasonPhrase(), r.headers(), new byte[0]);
        WarcRevisit.Builder revisit = new WarcRevisit.Builder(target, profile.uri)
                .recordId(id)
                .date(r.fetchTime())
                .body(MediaType.HTTP_RESPONSE, block)
                .blockDigest(sha1(block))
                .addHeader(SITE_FIELD, siteId);
        if (refersToRecordId != null) {
            revisit.refersTo(URI.create(refersToRecordId.replace("<", "").replace(">", "")), target, refersToDate);
        }
        if (refersToPayloadDigest != null) {
            revisit.payloadDigest(new WarcDigest(refersToPayloadDigest));
        }
        ipAddress(r).ifPresent(revisit::ipAddress);
        writeRequest(r, target, id);
        long offset = channel.position() + writer.position();
        writer.write(revisit.build());
        flushBatch();
        String file = finalName(openFile);
        rollIfLarge();
        return new StoredRecord(file, offset, "<urn:uuid:" + id + ">", refersToPayloadDigest);
    }

    private void writeRequest(FetchedResponse r, URI target, UUID concurrentTo) throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.writeBytes((r.requestLine() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        writeHeaders(block, r.requestHeaders());
        WarcRequest.Builder request = new WarcRequest.Builder(target)
                .date(r.fetchTime())
                .body(MediaType.HTTP_REQUEST, block.toByteArray())
                .concurrentTo(URI.create("urn:uuid:" + concurrentTo));
        ipAddress(r).ifPresent(request::ipAddress);
        writer.write(request.build());
    }

    static byte[] httpResponseBlock(String protocol, int status, String reason, List<HttpField> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 512);
        String statusLine = (protocol == null ? "HTTP/1.1" : protocol) + " " + status
                + (reason == null || reason.isEmpty() ? "" : " " + reason) + "\r\n";
        out.writeBytes(statusLine.getBytes(StandardCharsets.ISO_8859_1));
        writeHeaders(out, headers);
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static void writeHeaders(ByteArrayOutputStream out, List<HttpField> headers) {
        for (HttpField f : headers) {
            // Header values are bytes read as ISO-8859-1 by HttpClient; writing them back the same way keeps them exact.
            out.writeBytes((f.name() + ": " + f.value().replace("\r", " ").replace("\n", " ") + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Optional<InetAddress> ipAddress(FetchedResponse r) {
        if (r.remoteAddress() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(r.remoteAddress())); // a literal: no lookup happens
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static WarcDigest sha1(byte[] bytes) {
        try {
            return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }

    private void ensureOpen() throws IOException {
        if (writer != null) {
            return;
        }
        Path file;
        do {
            seq++;
            file = dir.resolve(String.format(Locale.ROOT, "aidnews-%s-%05d%s%s", stamp, seq, SUFFIX, OPEN_SUFFIX));
        } while (Files.exists(file) || Files.exists(Path.of(file.toString().replace(OPEN_SUFFIX, ""))));
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        openFile = file;
        indexFile = Path.of(file + ".idx");
        startBatchWriter();
        String name = finalName(file);
        writer.write(new Warcinfo.Builder()
                .date(Instant.now())
                .filename(name)
                .fields(Map.of("software", List.of("aidnews-crawler"),
                        "format", List.of("WARC File Format 1.0"),
                        "description", List.of("Regional health-news pages; bodies stored decompressed, "
                                + "original Content-Encoding kept as X-Crawler-Content-Encoding")))
                .build());
        flushBatch();
    }

    /** jwarc counts positions from 0 per writer, so a fresh in-memory writer is used for every batch. */
    private void startBatchWriter() throws IOException {
        batch.reset();
        writer = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.Channels.newChannel(batch), WarcCompression.GZIP);
    }

    /** Appends the serialised records with one write, then records the new end in the side file. */
    private void flushBatch() throws IOException {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(batch.toByteArray());
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        Files.writeString(indexFile, channel.position() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        startBatchWriter();
    }

    private void rollIfLarge() throws IOException {
        if (channel.position() >= rollBytes) {
            closeCurrent();
        }
    }

    private void closeCurrent() throws IOException {
        if (writer == null) {
            return;
        }
        channel.force(true);
        channel.close();
        Files.move(openFile, dir.resolve(finalName(openFile)), StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(indexFile);
        writer = null;
        channel = null;
        openFile = null;
    }

    private static String finalName(Path open) {
        String n = open.getFileName().toString();
        return n.endsWith(OPEN_SUFFIX) ? n.substring(0, n.length() - OPEN_SUFFIX.length()) : n;
    }

    @Override
    public synchronized void close() throws IOException {
        closeCurrent();
    }

    /**
     * Finishes WARC files left {@code .open} by a killed crawl: keeps every complete capture (up to the last
     * end offset in the side file), cuts the torn tail, and renames the file. Returns the number of files
     * repaired.
     */
    public static int recover(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> open;
        try (Stream<Path> s = Files.list(dir)) {
            open = s.filter(p -> p.getFileName().toString().endsWith(SUFFIX + OPEN_SUFFIX)).sorted().toList();
        }
        for (Path p : open) {
            Path idx = Path.of(p + ".idx");
            long good = 0;
            if (Files.exists(idx)) {
                for (String line : Files.readAllLines(idx, StandardCharsets.US_ASCII)) {
                    try {
                        good = Math.max(good, Long.parseLong(line.strip()));
                    } catch (NumberFormatException torn) {
                        // the last line, cut by the kill: the offset before it stands
                    }
                }
            }
            good = Math.min(good, Files.size(p));
            if (good == 0) {
                Files.delete(p); // not even the warcinfo record was complete
            } else {
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                    ch.truncate(good);
                }
                Files.move(p, dir.resolve(finalName(p)), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(idx);
        }
        return open.size();
    }

    /** The payload (HTTP body) of the response record at {@code offset} in {@code file}. */
    public static byte[] readPayload(Path file, long offset) throws IOException {
        try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
            reader.position(offset);
            Optional<WarcRecord> rec = reader.next();
            if (rec.isPresent() && rec.get() instanceof WarcResponse response) {
                try (InputStream in = response.http().body().stream()) {
                    return in.readAllBytes();
                }
            }
            throw new IOException("no response record at " + file + "@" + offset);
        }
    }
}
