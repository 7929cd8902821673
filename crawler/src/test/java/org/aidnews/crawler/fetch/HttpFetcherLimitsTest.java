package org.aidnews.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Size limits after decompression, the total-time deadline and the address guard, against a loopback server. */
class HttpFetcherLimitsTest {

    private static final int LIMIT = 64 * 1024;
    private HostileSite site;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        site = new HostileSite();
        fetcher = new HttpFetcher(new HttpFetcher.Settings("test-agent", 2000, 2000, 1500, LIMIT),
                new AddressGuard(HostileSite.resolver()));
    }

    @AfterEach
    void stop() throws Exception {
        fetcher.close();
        site.close();
    }

    @Test
    void gzipBombStopsAtTheLimitOfDecompressedBytes() throws Exception {
        long[] sent = {0};
        site.on("bomb.test", "/", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, 0); // chunked, no Content-Length
            byte[] zeros = new byte[64 * 1024];
            try (OutputStream out = new GZIPOutputStream(ex.getResponseBody())) {
                for (int i = 0; i < 16 * 1024; i++) { // 1 GiB of zeros, about 1 MB on the wire
                    out.write(zeros);
                    sent[0] += zeros.length;
                }
            }
        });
        long t0 = System.nanoTime();
        FetchedResponse r = fetcher.fetch(URI.create(site.base("bomb.test") + "/"), Map.of(), true);
        assertThat(r.ok()).isTrue();
        assertThat(r.truncated()).isTrue();
        assertThat(r.body()).hasSize(LIMIT);
        assertThat(r.header("Content-Length")).isEqualTo(Integer.toString(LIMIT));
        assertThat(r.header("X-Crawler-Content-Encoding")).isEqualTo("gzip");
        assertThat(r.header("Content-Encoding")).isNull();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5000);
        assertThat(sent[0]).as("the server was cut off long before 1 GiB").isLessThan(1L << 30);
    }

    @Test
    void rawAndZlibDeflateBothDecode() throws Exception {
        byte[] page = "<html><body>援疆医疗队</body></html>".getBytes(StandardCharsets.UTF_8);
        for (boolean raw : new boolean[] {true, false}) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (DeflaterOutputStream d = new DeflaterOutputStream(buf, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
                d.write(page);
            }
            site.on("deflate.test", "/" + raw, ex -> {
                ex.getResponseHeaders().set("Content-Encoding", "deflate");
                ex.sendResponseHeaders(200, buf.size());
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(buf.toByteArray());
                }
            });
            FetchedResponse r = fetcher.fetch(URI.create(site.base("deflate.test") + "/" + raw), Map.of(), true);
            assertThat(r.body()).as("raw=" + raw).isEqualTo(page);
            assertThat(r.truncated()).isFalse();
        }
    }

    @Test
    void bigBodyWithoutCompressionIsCutToo() throws Exception {
        site.on("big.test", "/", ex -> {
            ex.sendResponseHeaders(200, 10L * 1024 * 1024);
            byte[] kb = new byte[1024];
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 10 * 1024; i++) {
                    out.write(kb);
                }
            }
        });
        FetchedResponse r = fetcher.fetch(URI.create(site.base("big.test") + "/"), Map.of(), true);
        assertThat(r.truncated()).isTrue();
        assertThat(r.body()).hasSize(LIMIT);
        assertThat(r.header("Content-Length")).as("original header kept when nothing was decoded")
                .isEqualTo(Integer.toString(10 * 1024 * 1024));
    }

    @Test
    void tricklingServerHitsTheTotalTimeDeadline() throws Exception {
        site.on("slow.test", "/", ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < 600; i++) { // one byte every 100 ms: never silent long enough for the read timeout
                out.write('x');
                out.flush();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0 = System.nanoTime();
        FetchedResponse r = fetcher.fetch(URI.create(site.base("slow.test") + "/"), Map.of(), true);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.failure()).isEqualTo(FetchedResponse.Failure.NETWORK);
        assertThat(r.failureReason()).contains("total time limit");
        assertThat(ms).isBetween(1400L, 5000L);
    }

    @Test
    void loopbackIsRefusedUnlessAllowedAndNothingIsSent() throws Exception {
        site.on("public.test", "/", ex -> HostileSite.send(ex, 200, "text/html", "secret"));
        FetchedResponse refused = fetcher.fetch(URI.create(site.base("public.test") + "/"), Map.of(), false);
        assertThat(refused.failure()).isEqualTo(FetchedResponse.Failure.PRIVATE_ADDRESS);
        assertThat(refused.failureReason()).contains("127.0.0.1");
        assertThat(site.hits()).isEmpty();
        FetchedResponse literal = fetcher.fetch(URI.create("http://127.0.0.1:" + site.port() + "/"), Map.of(), false);
        assertThat(literal.failure()).isEqualTo(FetchedResponse.Failure.PRIVATE_ADDRESS);
        assertThat(site.hits()).isEmpty();
        FetchedResponse allowed = fetcher.fetch(URI.create(site.base("public.test") + "/"), Map.of(), true);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(site.hits()).hasSize(1);
    }

    @Test
    void capturesTheHeadersActuallySent() throws Exception {
        site.on("h.test", "/p", ex -> HostileSite.send(ex, 200, "text/html", "ok"));
        FetchedResponse r = fetcher.fetch(URI.create(site.base("h.test") + "/p?q=1"), Map.of("If-None-Match", "\"abc\""), true);
        assertThat(r.requestLine()).isEqualTo("GET /p?q=1 HTTP/1.1");
        assertThat(r.requestHeaders()).extracting(HttpField::name).contains("Host", "User-Agent", "If-None-Match", "Accept-Encoding");
        assertThat(r.remoteAddress()).isEqualTo("127.0.0.1");
    }
}
