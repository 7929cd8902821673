package org.aidnews.crawler.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code sites.yml}: a top-level {@code sites:} list of site mappings. Fails at start-up, naming the
 * file, the line and the key, on an unknown key, a missing required key, a bad regex, a bad URL or a value
 * of the wrong type (Guava-style: the caller's mistake is reported as such, at the boundary).
 *
 * <pre>{@code
 * List<SitePolicy> sites = SitePolicyLoader.load(Path.of("config/sites.yml"));
 * }</pre>
 */
public final class SitePolicyLoader {

    private static final Set<String> SITE_KEYS = Set.of("id", "name", "seeds", "sitemaps", "allow", "articlePattern",
            "listPatterns", "regionHint", "politenessMs", "maxDepth", "maxPages", "charset", "enabled",
            "allowPrivateAddresses", "reachable", "maxPagesPerHost", "maxHostMinutes");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    /** GB/T 2260 province-level codes end in 0000 (650000 新疆, 540000 西藏, 660000 兵团 as used by us). */
    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}0000");

    private SitePolicyLoader() {
    }

    public static List<SitePolicy> load(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": no such file");
        }
        YamlNode root = YamlNode.read(file);
        if (!(root instanceof YamlNode.Mapping top)) {
            throw ConfigException.at(file, root.line(), "sites", "the file must be a mapping with a 'sites:' list");
        }
        for (String key : top.entries().keySet()) {
            if (!key.equals("sites")) {
                throw ConfigException.at(file, top.keyLines().get(key), key, "unknown top-level key (expected only 'sites')");
            }
        }
        YamlNode sites = top.entries().get("sites");
        if (sites == null) {
            throw ConfigException.at(file, top.line(), "sites", "missing");
        }
        if (!(sites instanceof YamlNode.Sequence list)) {
            throw ConfigException.at(file, sites.line(), "sites", "must be a list of site mappings");
        }
        List<SitePolicy> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode item : list.items()) {
            SitePolicy site = new SiteReader(file, item).read();
            if (!ids.add(site.id())) {
                throw ConfigException.at(file, item.line(), "id", "duplicate site id '" + site.id() + "'");
            }
            result.add(site);
        }
        return List.copyOf(result);
    }

    /** Reads one site mapping; every accessor names its key in the error. */
    private static final class SiteReader {
        private final Path file;
        private final YamlNode node;
        private Map<String, YamlNode> entries;
        private Map<String, Integer> keyLines;
        private String id = "?";

        SiteReader(Path file, YamlNode node) {
            this.file = file;
            this.node = node;
        }

        SitePolicy read() throws ConfigException {
            if (!(node instanceof YamlNode.Mapping m)) {
                throw ConfigException.at(file, node.line(), "sites[]", "each site must be a mapping of keys");
            }
            entries = m.entries();
            keyLines = m.keyLines();
            for (String key : entries.keySet()) {
                if (!SITE_KEYS.contains(key)) {
                    throw error(key, "unknown key (known: " + String.join(", ", SITE_KEYS.stream().sorted().toList()) + ")");
                }
            }
            id = requiredString("id");
            if (!ID.matcher(id).matches()) {
                throw error("id", "'" + id + "' must match [a-z0-9-]+");
            }
            String name = requiredString("name");
            List<URI> seeds = urls("seeds", true);
            List<URI> sitemaps = urls("sitemaps", false);
            List<Pattern> allow = patterns("allow");
            Pattern article = optionalString("articlePattern") == null ? null : pattern("articlePattern", optionalString("articlePattern"));
            List<Pattern> lists = patterns("listPatterns");
            String region = optionalString("regionHint");
            if (region != null && !PROVINCE_CODE.matcher(region).matches()) {
                throw error("regionHint", "'" + region + "' is not a GB/T 2260 province code such as 650000");
            }
            long politeness = integer("politenessMs", SitePolicy.DEFAULT_POLITENESS_MS, 0, 600_000);
            int depth = (int) integer("maxDepth", SitePolicy.DEFAULT_MAX_DEPTH, 0, 100);
            int pages = (int) integer("maxPages", SitePolicy.DEFAULT_MAX_PAGES, 1, 10_000_000);
            String charset = optionalString("charset");
            if (charset != null) {
                try {
                    Charset.forName(charset);
                } catch (IllegalArgumentException e) {
                    throw error("charset", "'" + charset + "' is not a charset this JVM knows");
                }
            }
            int pagesPerHost = (int) integer("maxPagesPerHost", pages, 1, 10_000_000);
            long hostMinutes = integer("maxHostMinutes", SitePolicy.DEFAULT_MAX_HOST_MINUTES, 1, 100_000);
            return new SitePolicy(id, name, seeds, sitemaps, allow, article, lists, region, politeness, depth, pages,
                    charset, bool("enabled", true), bool("allowPrivateAddresses", false), bool("reachable", true),
                    pagesPerHost, hostMinutes);
        }

        private ConfigException error(String key, String problem) {
            Integer line = keyLines.get(key);
            return ConfigException.at(file, line == null ? node.line() : line, key,
                    "site '" + id + "': " + problem);
        }

        private String requiredString(String key) throws ConfigException {
            String s = optionalString(key);
            if (s == null || s.isBlank()) {
                throw error(key, "missing (required)");
            }
            return s;
        }

        private String optionalString(String key) throws ConfigException {
            YamlNode v = entries.get(key);
            if (v == null) {
                return null;
            }
            if (!(v instanceof YamlNode.Scalar s)) {
                throw error(key, "must be a single value, not a list or mapping");
            }
            return s.isNull() ? null : s.text();
        }

        private List<String> strings(String key) throws ConfigException {
            YamlNode v = entries.get(key);
            if (v == null || v instanceof YamlNode.Scalar s && s.isNull()) {
                return List.of();
            }
            if (v instanceof YamlNode.Scalar s) {
                return List.of(s.text()); // one value written without list syntax
            }
            if (!(v instanceof YamlNode.Sequence seq)) {
                throw error(key, "must be a list");
            }
            List<String> out = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (!(item instanceof YamlNode.Scalar s) || s.isNull()) {
                    throw error(key, "list items must be single values");
                }
                out.add(s.text());
            }
            return out;
        }

        private List<URI> urls(String key, boolean required) throws ConfigException {
            List<URI> out = new ArrayList<>();
            for (String s : strings(key)) {
                out.add(url(key, s));
            }
            if (required && out.isEmpty()) {
                throw error(key, "missing (required, at least one URL)");
            }
            return out;
        }

        private URI url(String key, String s) throws ConfigException {
            try {
                URI u = new URI(s.trim());
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                    throw error(key, "'" + s + "' is not an absolute http(s) URL with a host");
                }
                return u;
            } catch (URISyntaxException e) {
                throw error(key, "'" + s + "' is not a valid URL: " + e.getReason());
            }
        }

        private List<Pattern> patterns(String key) throws ConfigException {
            List<Pattern> out = new ArrayList<>();
            for (String s : strings(key)) {
                out.add(pattern(key, s));
            }
            return out;
        }

        private Pattern pattern(String key, String regex) throws ConfigException {
            try {
                return Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw error(key, "bad regex '" + regex + "': " + e.getDescription() + " near index " + e.getIndex());
            }
        }

        private long integer(String key, long defaultValue, long min, long max) throws ConfigException {
            String s = optionalString(key);
            if (s == null) {
                return defaultValue;
            }
            long v;
            try {
                v = Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw error(key, "'" + s + "' is not a whole number");
            }
            if (v < min || v > max) {
                throw error(key, v + " is outside " + min + ".." + max);
            }
            return v;
        }

        private boolean bool(String key, boolean defaultValue) throws ConfigException {
            String s = optionalString(key);
            if (s == null) {
                return defaultValue;
            }
            return switch (s.trim()) {
                case "true" -> true;
                case "false" -> false;
                default -> throw error(key, "'" + s + "' must be true or false");
            };
        }
    }
}
