package org.aidnews.crawler.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves every sample site {@code <root>/<site-id>/} on 127.0.0.1, each on its own port (the one in its
 * {@code _site.properties}, or a random free one). Files are sent as raw bytes with the Content-Type rules
 * of {@code SITES-FORMAT.md}; {@code /} and paths ending in {@code /} serve that directory's
 * {@code index.html}; files and directories starting with {@code _} are never served; anything else is 404.
 * Answers conditional GETs ({@code If-None-Match}, {@code If-Modified-Since}) with 304.
 *
 * <pre>{@code
 * try (SampleSiteServer server = new SampleSiteServer()) {
 *     Map<String, URI> sites = server.start(Path.of("testdata/sites"), true); // site id -> http://127.0.0.1:port/
 *     ...
 * }
 * }</pre>
 *
 * From the command line: {@code SampleSiteServer [root] [--random-ports]} prints one
 * {@code <site-id> <base-url>} line per site and serves until killed.
 */
public final class SampleSiteServer implements Closeable {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("txt", "text/plain"), Map.entry("xml", "application/xml"), Map.entry("rss", "application/rss+xml"),
            Map.entry("css", "text/css"), Map.entry("js", "text/javascript"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("json", "application/json"));

    private final List<HttpServer> servers = new ArrayList<>();
    private ExecutorService executor;

    /**
     * Starts one listener per site directory (a directory with a {@code _site.properties}).
     *
     * @return site id → base URL ({@code http://127.0.0.1:<port>/}), in site-id order
     */
    public synchronized Map<String, URI> start(Path root, boolean randomPorts) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": no such directory of sample sites");
        }
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "sample-site");
            t.setDaemon(true);
            return t;
        });
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(d -> Files.isRegularFile(d.resolve("_site.properties"))).sorted().toList();
        }
        Map<String, URI> bases = new LinkedHashMap<>();
        for (Path dir : dirs) {
            Site site = Site.read(dir);
            int port = randomPorts ? 0 : site.port();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            server.createContext("/", exchange -> site.handle(exchange));
            server.setExecutor(executor);
            server.start();
            servers.add(server);
            bases.put(dir.getFileName().toString(), URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
        }
        return bases;
    }

    @Override
    public synchronized void close() {
        for (HttpServer s : servers) {
            s.stop(0);
        }
        servers.clear();
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** One site directory and its {@code _site.properties}. */
    private record Site(Path dir, int port, String htmlType, Map<String, String> overrides) {

        static Site read(Path dir) throws IOException {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(dir.resolve("_site.properties"))) {
                p.load(in); // ISO-8859-1, as the format says the file is ASCII
            }
            Map<String, String> overrides = new LinkedHashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("contentType./")) {
                    overrides.put(key.substring("contentType.".length()), value(p, key));
                }
            }
            String port = value(p, "port");
            int portNumber;
            try {
                portNumber = port == null ? 0 : Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new IOException(dir.resolve("_site.properties") + ": key 'port': '" + port + "' is not a number");
            }
            String html = value(p, "contentType.html");
            return new Site(dir, portNumber, html == null ? "text/html" : html, overrides);
        }

        /** Properties files do not end values at '#': the format's examples put comments after values. */
        private static String value(Properties p, String key) {
            String v = p.getProperty(key);
            return v == null ? null : v.replaceFirst("\\s+#.*$", "").strip();
        }

        void handle(HttpExchange ex) throws IOException {
            try (ex) {
                String method = ex.getRequestMethod();
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    send(ex, 405, "text/plain", "method not allowed\n".getBytes(StandardCharsets.US_ASCII), method);
                    return;
                }
                String path = ex.getRequestURI().getRawPath();
                Path file = resolve(path);
                if (file == null) {
                    send(ex, 404, "text/plain", "not found\n".getBytes(StandardCharsets.US_ASCII), method);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                String etag = "\"" + sha1(body) + "\"";
                Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
                ex.getResponseHeaders().set("ETag", etag);
                ex.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(modified));
                if (notModified(ex, etag, modified)) {
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
                send(ex, 200, contentType(path, file), body, method);
            }
        }

        private static boolean notModified(HttpExchange ex, String etag, Instant modified) {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            if (inm != null) {
                // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2)
                for (String tag : inm.split(",")) {
                    String t = tag.strip();
                    if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                        return true;
                    }
                }
                return false;
            }
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            if (ims != null) {
                try {
                    Instant since = ZonedDateTime.parse(ims.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return !modified.isAfter(since);
                } catch (DateTimeParseException e) {
                    return false; // an unparsable date is ignored, as RFC 9110 says
                }
            }
            return false;
        }

        /** The file for a request path, or null: outside the site, a '_' name, a directory without index.html. */
        private Path resolve(String rawPath) {
            if (rawPath == null || !rawPath.startsWith("/")) {
                return null;
            }
            String path = URI.create("http://x" + rawPath).getPath(); // percent-decoded
            if (path.endsWith("/")) {
                path = path + "index.html";
            }
            for (String segment : path.split("/")) {
                if (segment.startsWith("_") || segment.equals("..") || segment.startsWith(".")) {
                    return null;
                }
            }
            Path file = dir.resolve(path.substring(1)).normalize();
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                return null;
            }
            return file;
        }

        private String contentType(String rawPath, Path file) {
            String path = rawPath.endsWith("/") ? rawPath + "index.html" : rawPath;
            String override = overrides.get(path);
            if (override == null && rawPath.endsWith("/")) {
                override = overrides.get(rawPath);
            }
            if (override != null) {
                return override;
            }
            String name = file.getFileName().toString();
            if (name.equals("robots.txt")) {
                return "text/plain";
            }
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (ext.equals("html") || ext.equals("htm") || ext.equals("shtml")) {
                return htmlType;
            }
            return TYPES.getOrDefault(ext, "application/octet-stream");
        }

        private static void send(HttpExchange ex, int status, String type, byte[] body, String method) throws IOException {
            ex.getResponseHeaders().set("Content-Type", type);
            if (method.equals("HEAD")) {
                ex.sendResponseHeaders(status, -1);
                return;
            }
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }

        private static String sha1(byte[] body) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-1", e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("testdata/sites");
        boolean random = false;
        for (String a : args) {
            if (a.equals("--random-ports")) {
                random = true;
            } else if (a.equals("--help") || a.equals("-h")) {
                System.out.println("usage: SampleSiteServer [ROOT (default testdata/sites)] [--random-ports]");
                return;
            } else {
                root = Path.of(a);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SampleSiteServer server = new SampleSiteServer();
        try {
            server.start(root, random).forEach((id, base) -> out.println(id + " " + base));
        } catch (IOException e) {
            System.err.println("SampleSiteServer: " + e.getMessage());
            System.exit(2);
        }
        Thread.currentThread().join(); // serve until killed
    }
}
