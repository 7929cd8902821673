package org.aidnews.crawler.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One spelling per page, so the same page is fetched once: lower-case scheme and host, default port
 * dropped, empty path as {@code /}, dot segments resolved, fragment dropped, percent-escapes upper-case,
 * non-ASCII characters percent-encoded as UTF-8, and session ids ({@code ;jsessionid=}, {@code sid},
 * {@code PHPSESSID}...) and tracking parameters ({@code utm_*}, {@code spm}, click ids) removed. The order
 * of the remaining query parameters is kept: some servers care, and links on one site are written
 * consistently.
 */
public final class UrlCanonicalizer {

    private static final Set<String> SESSION_PARAMS = Set.of("jsessionid", "sid", "phpsessid", "sessionid",
            "session_id", "aspsessionid", "cfid", "cftoken");
    private static final Set<String> TRACKING_PARAMS = Set.of("spm", "fbclid", "gclid", "yclid", "msclkid",
            "mc_cid", "mc_eid", "_hsenc", "_hsmi");
    private static final Pattern PATH_SESSION = Pattern.compile("(?i);(jsessionid|phpsessid|sid)=[^/?#]*");
    private static final Pattern LOWER_ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

    private UrlCanonicalizer() {
    }

    /** The canonical form of an absolute http(s) URL, or empty when it is not one (or cannot be parsed). */
    public static Optional<String> canonical(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String s = url.strip();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        s = PATH_SESSION.matcher(s).replaceAll("");
        URI u;
        try {
            u = new URI(escapeIllegal(s));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return Optional.empty();
        }
        String host = u.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = u.getPort();
        if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
            port = -1;
        }
        String path = u.getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        path = removeDotSegments(path);
        String query = cleanQuery(u.getRawQuery());
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (u.getRawUserInfo() != null) {
            out.append(u.getRawUserInfo()).append('@');
        }
        out.append(host);
        if (port >= 0) {
            out.append(':').append(port);
        }
        out.append(path);
        if (query != null) {
            out.append('?').append(query);
        }
        return Optional.of(upperCaseEscapes(out.toString()));
    }

    /** Resolves a link against the page it was found on, then canonicalises it. */
    public static Optional<String> resolve(String base, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            URI b = new URI(escapeIllegal(base));
            String h = href.strip();
            if (h.startsWith("//")) {
                return canonical(b.getScheme() + ":" + h);
            }
            return canonical(b.resolve(new URI(escapeIllegal(h))).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (SESSION_PARAMS.contains(name) || TRACKING_PARAMS.contains(name) || name.startsWith("utm_")
                    || name.startsWith("aspsessionid")) {
                continue;
            }
            kept.add(pair);
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }

    /** RFC 3986 §5.2.4, applied to the raw path; ".." never climbs above the root. */
    static String removeDotSegments(String path) {
        if (!path.contains(".")) {
            return path;
        }
        String[] parts = path.split("/", -1);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            boolean last = i == parts.length - 1;
            if (p.equals(".")) {
                if (last) {
                    out.add("");
                }
            } else if (p.equals("..")) {
                if (!out.isEmpty()) {
                    out.removeLast();
                }
                if (last) {
                    out.add("");
                }
            } else {
                out.add(p);
            }
        }
        return "/" + String.join("/", out);
    }

    /** Percent-encodes what java.net.URI refuses: spaces, non-ASCII (as UTF-8), and a few ASCII characters. */
    static String escapeIllegal(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c > 0x7e || c <= 0x20 || "\"<>\\^`{|}".indexOf(c) >= 0
                    || (c == '%' && !isEscape(s, i));
            if (bad && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (bad) {
                    int cp = s.codePointAt(i);
                    for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                    }
                    if (Character.isSupplementaryCodePoint(cp)) {
                        i++;
                    }
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isEscape(String s, int i) {
        return i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String upperCaseEscapes(String s) {
        return LOWER_ESCAPE.matcher(s).replaceAll(m -> m.group().toUpperCase(Locale.ROOT));
    }
}
