package org.aidnews.crawler.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.client5.http.DnsResolver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback server for misbehaving-site scenarios. Handlers are registered per "host path" key (the Host
 * header without port, plus the path); every request is recorded with its arrival time. Made-up host names
 * ({@code *.test}) are mapped to 127.0.0.1 by {@link #resolver()}, which refuses every other name, so no test
 * can leave loopback.
 */
public final class HostileSite implements AutoCloseable {

    /** Handles one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    /** One request as it arrived. */
    public record Hit(String host, String path, long nanos) { }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    public HostileSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::dispatch);
        server.setExecutor(pool);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String base(String host) {
        return "http://" + host + ":" + port();
    }

    public HostileSite on(String host, String path, Handler h) {
        handlers.put(host + " " + path, h);
        return this;
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public long hits(String host) {
        return hits.stream().filter(h -> h.host().equals(host)).count();
    }

    public int maxConcurrent() {
        return maxInFlight.get();
    }

    private void dispatch(HttpExchange ex) throws IOException {
        String host = ex.getRequestHeaders().getFirst("Host");
        host = host == null ? "" : host.replaceFirst(":\\d+$", "");
        String path = ex.getRequestURI().getRawPath();
        hits.add(new Hit(host, ex.getRequestURI().toString(), System.nanoTime()));
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            Handler h = handlers.get(host + " " + path);
            if (h == null) {
                h = handlers.get(host + " *");
            }
            if (h == null) {
                send(ex, 404, "text/plain", "not found");
            } else {
                h.handle(ex);
            }
        } catch (IOException e) {
            // the client went away (a deadline or size limit closed it): expected in these scenarios
        } finally {
            inFlight.decrementAndGet();
            ex.close();
        }
    }

    public static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        }
    }

    /** Maps {@code *.test} to 127.0.0.1 and refuses everything else. */
    public static DnsResolver resolver() {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                if (host.endsWith(".test")) {
                    return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
                }
                if (host.equals("127.0.0.1") || host.equals("localhost")) {
                    return new InetAddress[] {InetAddress.getLoopbackAddress()};
                }
                throw new UnknownHostException(host + " (tests resolve only *.test)");
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
