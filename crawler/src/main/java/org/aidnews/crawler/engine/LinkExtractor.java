package org.aidnews.crawler.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aidnews.crawler.url.UrlCanonicalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the links in a fetched page, as canonical absolute URLs. HTML is parsed with jsoup from the raw
 * bytes (it honours a BOM and {@code <meta charset>}, and {@code <base href>}, and resolves with
 * java.net: crawler4j ignores {@code <base>} and its resolver can loop forever on odd bases). Covers
 * {@code a}, {@code area}, {@code frame}, {@code iframe} and {@code <meta http-equiv=refresh>}, which
 * Chinese government portals often use as their home page. Sitemaps, sitemap indexes, RSS and Atom are read
 * for their {@code <loc>}/{@code <link>} entries.
 */
public final class LinkExtractor {

    /** Outlinks kept per page: a page with more is a link farm or a generated index. */
    static final int MAX_LINKS = 2000;
    private static final Pattern XML_LOC = Pattern.compile("(?is)<(?:loc|link)\\s*>\\s*(?:<!\\[CDATA\\[)?\\s*([^<\\s\\]]+)");
    private static final Pattern ATOM_LINK = Pattern.compile("(?is)<link\\b[^>]*\\bhref\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\"\\s;]+)");

    private LinkExtractor() {
    }

    public static Set<String> links(String pageUrl, String contentType, byte[] body) {
        if (body.length == 0) {
            return Set.of();
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (isGzip(body)) {
            // A gzipped sitemap (sitemap.xml.gz) served as a file, not with Content-Encoding: the fetcher kept the
            // compressed bytes. Only sitemaps and feeds are read from gzip files; anything else has no links for us.
            byte[] xml = gunzip(body, MAX_SITEMAP_BYTES);
            return xml.length > 0 && looksLikeXmlFeed(xml) ? xmlLinks(pageUrl, xml) : Set.of();
        }
        if (type.contains("xml") || type.contains("rss") || type.contains("atom") || looksLikeXmlFeed(body)) {
            return xmlLinks(pageUrl, body);
        }
        if (type.isEmpty() || type.contains("html")) {
            return htmlLinks(pageUrl, body);
        }
        return Set.of();
    }

    static Set<String> htmlLinks(String pageUrl, byte[] body) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(body), null, pageUrl);
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        // One walk over the elements instead of three CSS selects: jsoup parses a selector string on every
        // select() call, which the crawl benchmark's profile showed as a tenth of link extraction.
        for (Element e : doc.getAllElements()) {
            switch (e.normalName()) {
                case "a", "area" -> {
                    if (e.hasAttr("href")) {
                        add(out, e.absUrl("href"));
                    }
                }
                case "frame", "iframe" -> {
                    if (e.hasAttr("src")) {
                        add(out, e.absUrl("src"));
                    }
                }
                case "meta" -> {
                    if (e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                        Matcher m = REFRESH_URL.matcher(e.attr("content"));
                        if (m.find()) {
                            UrlCanonicalizer.resolve(doc.location(), m.group(1)).ifPresent(out::add);
                        }
                    }
                }
                default -> {
                    // not a link
                }
            }
        }
        return limit(out);
    }

    static Set<String> xmlLinks(String pageUrl, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8); // sitemaps are UTF-8 by protocol; URLs are ASCII-escaped
        Set<String> out = new LinkedHashSet<>();
        Matcher m = XML_LOC.matcher(text);
        while (m.find()) {
            // The protocol wants absolute URLs; relative ones are resolved rather than dropped.
            UrlCanonicalizer.resolve(pageUrl, unescapeXml(m.group(1))).ifPresent(out::add);
        }
        Matcher a = ATOM_LINK.matcher(text);
        while (a.find()) {
            UrlCanonicalizer.resolve(pageUrl, unescapeXml(a.group(1))).ifPresent(out::add);
        }
        return limit(out);
    }

    /** sitemaps.org: at most 50 MB uncompressed. A gzip bomb stops here. */
    static final int MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

    private static boolean isGzip(byte[] body) {
        return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    }

    /** The decompressed bytes, cut at {@code limit}; what could be read when the data is broken. */
    static byte[] gunzip(byte[] gz, int limit) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gz), 8192)) {
            byte[] buf = new byte[8192];
            for (int n = in.read(buf); n > 0 && out.size() < limit; n = in.read(buf)) {
                out.write(buf, 0, Math.min(n, limit - out.size()));
            }
        } catch (IOException e) {
            // truncated or corrupt gzip: keep what was decoded
        }
        return out.toByteArray();
    }

    private static boolean looksLikeXmlFeed(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<urlset") || head.contains("<sitemapindex") || head.contains("<rss") || head.contains("<feed");
    }

    private static String unescapeXml(String s) {
        return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
    }

    private static void add(Set<String> out, String absolute) {
        if (!absolute.isEmpty()) {
            UrlCanonicalizer.canonical(absolute).ifPresent(out::add);
        }
    }

    private static Set<String> limit(Set<String> links) {
        if (links.size() <= MAX_LINKS) {
            return links;
        }
        Set<String> cut = new LinkedHashSet<>();
        for (String l : links) {
            if (cut.size() == MAX_LINKS) {
                break;
            }
            cut.add(l);
        }
        return cut;
    }
}
