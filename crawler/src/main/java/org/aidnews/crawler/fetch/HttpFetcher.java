package org.aidnews.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.StandardCookieSpec;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one URL with a plain GET: no redirects followed (the crawler decides on each hop), no retries,
 * response body decompressed by us so the size limit counts decompressed bytes (a gzip bomb stops at the
 * limit), a total-time deadline per fetch (a server trickling one byte per second cannot hold a thread),
 * and every connection made through {@link AddressGuard}.
 * <p>
 * HttpClient types stay inside this class: callers get a {@link FetchedResponse}.
 */
public final class HttpFetcher implements Closeable {

    /**
     * @param userAgent        User-Agent sent with every request (also the robots.txt product token's source)
     * @param connectTimeoutMs TCP connect timeout
     * @param readTimeoutMs    longest silence between two reads
     * @param totalTimeMs      hard limit for the whole fetch, headers and body
     * @param maxBytes         size limit of the stored body, after decompression
     */
    public record Settings(String userAgent, int connectTimeoutMs, int readTimeoutMs, long totalTimeMs, int maxBytes) {
        public static Settings defaults() {
            return new Settings("aidnews-crawler/0.1 (+regional health-news research; polite)", 10_000, 20_000,
                    30_000, 5 * 1024 * 1024);
        }
    }

    private static final String SENT_HEADERS = "aidnews.sentHeaders";

    private final Settings settings;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService watchdog;

    public HttpFetcher(Settings settings, AddressGuard guard) {
        this.settings = settings;
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(guard)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMs()))
                        .setSocketTimeout(Timeout.ofMilliseconds(settings.readTimeoutMs()))
                        .build())
                .setDefaultSocketConfig(SocketConfig.custom()
                        .setSoTimeout(Timeout.ofMilliseconds(settings.readTimeoutMs())).build())
                .setMaxConnTotal(32)
                .setMaxConnPerRoute(1) // politeness: never more than one connection per host
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableContentCompression() // we decompress, under our own size limit
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .setUserAgent(settings.userAgent())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setCookieSpec(StandardCookieSpec.RELAXED)
                        .setResponseTimeout(Timeout.ofMilliseconds(settings.readTimeoutMs()))
                        .build())
                .addRequestInterceptorLast((HttpRequest request, org.apache.hc.core5.http.EntityDetails entity,
                        org.apache.hc.core5.http.protocol.HttpContext context) ->
                        context.setAttribute(SENT_HEADERS, request.getHeaders()))
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fetch-deadline");
            t.setDaemon(true);
            return t;
        });
    }

    public Settings settings() {
        return settings;
    }

    /**
     * GETs the URL. Never throws for network trouble: that is a {@link FetchedResponse.Failure}.
     *
     * @param extraHeaders  e.g. If-None-Match / If-Modified-Since for a conditional recrawl
     * @param allowPrivate  whether loopback/private addresses may be connected to
     */
    public FetchedResponse fetch(URI url, Map<String, String> extraHeaders, boolean allowPrivate)
            throws InterruptedException {
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        HttpGet get = new HttpGet(url);
        get.setHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        get.setHeader("Accept-Encoding", "gzip, deflate");
        get.setHeader("Accept-Language", "zh-CN,zh;q=0.9");
        extraHeaders.forEach(get::setHeader);
        HttpClientContext context = HttpClientContext.create();
        AtomicBoolean deadlineHit = new AtomicBoolean();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            deadlineHit.set(true);
            get.cancel();
        }, settings.totalTimeMs(), TimeUnit.MILLISECONDS);
        AddressGuard.allowPrivateOnThisThread(allowPrivate);
        try (ClassicHttpResponse response = client.executeOpen(null, get, context)) {
            List<HttpField> received = fields(response.getHeaders());
            Body body = readBody(response.getEntity(), received, get::cancel);
            List<HttpField> stored = body.decoded() ? rewriteForDecodedBody(received, body.bytes().length) : received;
            if (deadlineHit.get()) {
                return timedOut(url, start, t0);
            }
            return new FetchedResponse(url.toString(), start, requestLine(url), sentHeaders(context, get),
                    response.getCode(), response.getVersion() == null ? "HTTP/1.1" : response.getVersion().toString(),
                    response.getReasonPhrase() == null ? "" : response.getReasonPhrase(), stored, body.bytes(),
                    body.truncated(), remoteAddress(context), millisSince(t0), FetchedResponse.Failure.NONE, null);
        } catch (AddressGuard.PrivateAddressException e) {
            return FetchedResponse.failed(url.toString(), start, millisSince(t0), FetchedResponse.Failure.PRIVATE_ADDRESS,
                    e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("fetch of " + url + " interrupted");
            }
            if (deadlineHit.get()) {
                return timedOut(url, start, t0);
            }
            return FetchedResponse.failed(url.toString(), start, millisSince(t0), FetchedResponse.Failure.NETWORK,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            deadline.cancel(false);
            AddressGuard.allowPrivateOnThisThread(false);
        }
    }

    private FetchedResponse timedOut(URI url, Instant start, long t0) {
        return FetchedResponse.failed(url.toString(), start, millisSince(t0), FetchedResponse.Failure.NETWORK,
                "total time limit of " + settings.totalTimeMs() + " ms exceeded");
    }

    private record Body(byte[] bytes, boolean truncated, boolean decoded) { }

    /**
     * Reads the body up to the limit. At the limit the connection is aborted rather than closed: closing
     * HttpClient's stream would first read the rest (all of a gzip bomb) to reuse the connection.
     */
    private Body readBody(HttpEntity entity, List<HttpField> headers, Runnable abort) throws IOException {
        if (entity == null) {
            return new Body(new byte[0], false, false);
        }
        List<String> codings = contentCodings(headers);
        boolean decodable = codings.stream().allMatch(c -> c.equals("gzip") || c.equals("x-gzip") || c.equals("deflate"));
        InputStream raw = entity.getContent();
        if (raw == null) {
            return new Body(new byte[0], false, false);
        }
        boolean complete = false;
        try {
            InputStream in = raw;
            if (decodable) {
                // Codings are listed in the order applied; undo them in reverse.
                for (int i = codings.size() - 1; i >= 0; i--) {
                    in = codings.get(i).equals("deflate") ? inflate(in) : new GZIPInputStream(in, 8192);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int limit = settings.maxBytes();
            int n;
            while ((n = in.read(buf)) > 0) {
                int room = limit - out.size();
                if (n > room) {
                    out.write(buf, 0, room);
                    abort.run();
                    return new Body(out.toByteArray(), true, decodable && !codings.isEmpty());
                }
                out.write(buf, 0, n);
            }
            complete = true;
            return new Body(out.toByteArray(), false, decodable && !codings.isEmpty());
        } finally {
            if (complete) {
                raw.close();
            } else {
                abort.run();
                try {
                    raw.close();
                } catch (IOException | RuntimeException afterAbort) {
                    // the connection is already gone; nothing to release
                }
            }
        }
    }

    /** "deflate" is zlib-wrapped by the RFC but raw in many servers: look at the first two bytes. */
    private static InputStream inflate(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 2);
        int b0 = p.read();
        int b1 = p.read();
        if (b1 >= 0) {
            p.unread(b1);
        }
        if (b0 >= 0) {
            p.unread(b0);
        }
        boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
        return new InflaterInputStream(p, new Inflater(!zlib), 8192);
    }

    static List<String> contentCodings(List<HttpField> headers) {
        List<String> codings = new ArrayList<>();
        for (HttpField f : headers) {
            if (f.is("Content-Encoding")) {
                for (String c : f.value().split(",")) {
                    String t = c.trim().toLowerCase(Locale.ROOT);
                    if (!t.isEmpty() && !t.equals("identity")) {
                        codings.add(t);
                    }
                }
            }
        }
        return codings;
    }

    /** Keeps the record self-consistent after decompression; the original values stay visible. */
    static List<HttpField> rewriteForDecodedBody(List<HttpField> headers, int storedLength) {
        List<HttpField> out = new ArrayList<>();
        for (HttpField f : headers) {
            if (f.is("Content-Encoding") || f.is("Content-Length") || f.is("Transfer-Encoding")) {
                out.add(new HttpField("X-Crawler-" + f.name(), f.value()));
            } else {
                out.add(f);
            }
        }
        out.add(new HttpField("Content-Length", Integer.toString(storedLength)));
        return out;
    }

    private static List<HttpField> fields(Header[] headers) {
        List<HttpField> out = new ArrayList<>(headers.length);
        for (Header h : headers) {
            out.add(new HttpField(h.getName(), h.getValue() == null ? "" : h.getValue()));
        }
        return out;
    }

    private static List<HttpField> sentHeaders(HttpClientContext context, HttpGet get) {
        Object sent = context.getAttribute(SENT_HEADERS);
        return fields(sent instanceof Header[] h ? h : get.getHeaders());
    }

    private static String requestLine(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return "GET " + (url.getRawQuery() == null ? path : path + "?" + url.getRawQuery()) + " HTTP/1.1";
    }

    private static String remoteAddress(HttpClientContext context) {
        if (context.getEndpointDetails() == null) {
            return null;
        }
        SocketAddress a = context.getEndpointDetails().getRemoteAddress();
        return a instanceof InetSocketAddress i && i.getAddress() != null ? i.getAddress().getHostAddress() : null;
    }

    private static long millisSince(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    @Override
    public void close() throws IOException {
        watchdog.shutdownNow();
        client.close();
    }
}
