package org.aidnews.crawler.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A made-up news site of {@code pages} HTML pages split over {@code hosts} loopback listeners (one port per
 * host, as the sample sites are served), for the crawl benchmark and the recrawl-bytes test.
 * <p>
 * Shape per host: {@code /} is page 0; page {@code i} links to pages {@code 10i+1 … 10i+10} (so every page is
 * within four or five hops of {@code /}), back to {@code /} and to its parent. Bodies are a few KiB of
 * Chinese text, different per page. Every response carries an ETag and Last-Modified and a conditional GET
 * that matches is answered 304 without a body. {@code /robots.txt} allows everything and {@code /sitemap.xml}
 * lists every page of the host.
 * <p>
 * Bytes sent are counted per response: status line, headers and body as written (the JDK server adds a
 * Date header and chunking framing that are not counted; both are the same for every response).
 */
public final class GeneratedSite implements AutoCloseable {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final String TEXT = "对口支援医疗队在受援医院开展带教查房，帮助当地医生提高诊疗水平。"
            + "远程会诊中心连接了两地医院，专家每周为县医院疑难病例会诊。";
    private static final int FAN_OUT = 10;

    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService pool;
    private final int pagesPerHost;
    private final String lastModified = HTTP_DATE.format(Instant.parse("2026-01-05T02:00:00Z"));
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();
    private volatile int version = 1;

    /**
     * @param pages total pages over all hosts (robots.txt and sitemaps not counted)
     * @param hosts number of listeners, each its own origin
     */
    public GeneratedSite(int pages, int hosts) throws IOException {
        if (pages < 1 || hosts < 1) {
            throw new IllegalArgumentException("pages and hosts must be at least 1");
        }
        this.pagesPerHost = Math.max(1, pages / hosts);
        this.pool = Executors.newFixedThreadPool(Math.max(2, hosts), r -> {
            Thread t = new Thread(r, "generated-site");
            t.setDaemon(true);
            return t;
        });
        for (int h = 0; h < hosts; h++) {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            s.createContext("/", this::handle);
            s.setExecutor(pool);
            s.start();
            servers.add(s);
        }
    }

    /** Base URLs, one per host: {@code http://127.0.0.1:<port>/}. */
    public List<URI> bases() {
        return servers.stream().map(s -> URI.create("http://127.0.0.1:" + s.getAddress().getPort() + "/")).toList();
    }

    /** Every page URL of every host, in the crawler's canonical form (what a crawl should fetch). */
    public List<String> pageUrls() {
        List<String> out = new ArrayList<>();
        for (URI base : bases()) {
            for (int i = 0; i < pagesPerHost; i++) {
                out.add(base.resolve(path(i)).toString());
            }
        }
        return out;
    }

    public int pageCount() {
        return pagesPerHost * servers.size();
    }

    /** Every page changes (new body, new ETag): the next crawl sees new content everywhere. */
    public void changeEverything() {
        version++;
    }

    public long bytesSent() {
        return bytesSent.get();
    }

    public long requests() {
        return requests.get();
    }

    public long notModified() {
        return notModified.get();
    }

    /** Zeroes the counters (between a first and a second crawl). */
    public void resetCounters() {
        bytesSent.set(0);
        requests.set(0);
        notModified.set(0);
    }

    static String path(int i) {
        return i == 0 ? "/" : "/news/" + i + ".html";
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            if (path.equals("/robots.txt")) {
                respond(ex, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\n", "\"robots\"");
                return;
            }
            if (path.equals("/sitemap.xml")) {
                respond(ex, "application/xml", sitemap(ex), "\"sitemap-" + pagesPerHost + "\"");
                return;
            }
            int page = pageNumber(path);
            if (page < 0) {
                send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8), null);
                return;
            }
            respond(ex, "text/html; charset=utf-8", html(page), "\"p" + page + "-v" + version + "\"");
        }
    }

    private int pageNumber(String path) {
        if (path.equals("/")) {
            return 0;
        }
        if (path.startsWith("/news/") && path.endsWith(".html")) {
            try {
                int i = Integer.parseInt(path.substring("/news/".length(), path.length() - ".html".length()));
                return i > 0 && i < pagesPerHost ? i : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    private void respond(HttpExchange ex, String type, String body, String etag) throws IOException {
        Headers req = ex.getRequestHeaders();
        String inm = req.getFirst("If-None-Match");
        if (inm != null && inm.contains(etag)) {
            notModified.incrementAndGet();
            send(ex, 304, null, new byte[0], etag);
            return;
        }
        send(ex, 200, type, body.getBytes(StandardCharsets.UTF_8), etag);
    }

    private void send(HttpExchange ex, int status, String type, byte[] body, String etag) throws IOException {
        Headers h = ex.getResponseHeaders();
        if (type != null) {
            h.set("Content-Type", type);
        }
        if (etag != null) {
            h.set("ETag", etag);
            h.set("Last-Modified", lastModified);
        }
        long headerBytes = ("HTTP/1.1 " + status + " \r\n").length() + 2L;
        for (Map.Entry<String, List<String>> e : h.entrySet()) {
            for (String v : e.getValue()) {
                headerBytes += e.getKey().length() + 2 + v.getBytes(StandardCharsets.UTF_8).length + 2;
            }
        }
        if (body.length > 0) {
            headerBytes += ("Content-length: " + body.length + "\r\n").length();
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        bytesSent.addAndGet(headerBytes + body.length);
    }

    private String html(int page) {
        StringBuilder sb = new StringBuilder(6000);
        sb.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append("援疆医疗新闻 第").append(page).append("篇 v").append(version).append("</title></head><body>")
                .append("<nav><a href=\"/\">首页</a>");
        if (page > 0) {
            sb.append(" <a href=\"").append(path((page - 1) / FAN_OUT)).append("\">上一级</a>");
        }
        sb.append("</nav><article><h1>对口支援工作简报（").append(page).append("）</h1>")
                .append("<p class=\"date\">2026-01-").append(String.format(Locale.ROOT, "%02d", page % 28 + 1)).append("</p>");
        for (int p = 0; p < 12; p++) {
            sb.append("<p>第").append(page).append("期第").append(p + 1).append("段：").append(TEXT).append("</p>");
        }
        sb.append("</article><ul>");
        for (int c = FAN_OUT * page + 1; c <= FAN_OUT * page + FAN_OUT && c < pagesPerHost; c++) {
            sb.append("<li><a href=\"").append(path(c)).append("?utm_source=list\">简报").append(c).append("</a></li>");
        }
        return sb.append("</ul></body></html>").toString();
    }

    private String sitemap(HttpExchange ex) {
        String base = "http://127.0.0.1:" + ex.getLocalAddress().getPort();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0; i < pagesPerHost; i++) {
            sb.append("<url><loc>").append(base).append(path(i)).append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    @Override
    public void close() {
        for (HttpServer s : servers) {
            s.stop(0);
        }
        pool.shutdownNow();
    }
}
