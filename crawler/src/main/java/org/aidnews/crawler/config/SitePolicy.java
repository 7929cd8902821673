package org.aidnews.crawler.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How one site is crawled. Immutable; built by {@link SitePolicyLoader} from {@code config/sites.yml},
 * where every key is documented with its unit and default.
 *
 * @param id                    short stable id ({@code [a-z0-9-]+}), used in logs and WARC metadata
 * @param name                  human-readable name
 * @param seeds                 start pages
 * @param sitemaps              sitemap, sitemap-index or RSS/Atom URLs whose entries are crawled like links
 * @param allow                 a URL is in scope when it matches one of these (searched, not anchored); when
 *                              none are configured, a URL is in scope when its origin equals a seed's origin
 * @param articlePattern        URLs of article pages (informational for the indexer and the summary), or null
 * @param listPatterns          URLs of list/column pages, followed for links
 * @param regionHint            GB/T 2260 province code (e.g. "650000") of the site's region, or null
 * @param politenessMs          minimum gap between two requests to one host, in milliseconds
 * @param maxDepth              link hops from a seed (redirects count as a hop)
 * @param maxPages              fetch budget for the site per crawl
 * @param charset               charset override for the indexer (the crawler stores bytes only), or null
 * @param enabled               false: skipped entirely
 * @param allowPrivateAddresses true: loopback/private addresses may be fetched (sample sites only)
 * @param reachable             false: a real site the test machines cannot reach; skipped unless forced
 * @param maxPagesPerHost       fetch budget per host (scheme+host+port) per crawl: a site whose allow patterns
 *                              admit several hosts cannot spend its whole budget on one of them
 * @param maxHostMinutes        time budget per host per crawl, counted from the first request to the host;
 *                              URLs of the host still queued after it are logged and not fetched
 */
public record SitePolicy(
        String id,
        String name,
        List<URI> seeds,
        List<URI> sitemaps,
        List<Pattern> allow,
        Pattern articlePattern,
        List<Pattern> listPatterns,
        String regionHint,
        long politenessMs,
        int maxDepth,
        int maxPages,
        String charset,
        boolean enabled,
        boolean allowPrivateAddresses,
        boolean reachable,
        int maxPagesPerHost,
        long maxHostMinutes) {

    public static final long DEFAULT_POLITENESS_MS = 1000;
    public static final int DEFAULT_MAX_DEPTH = 5;
    public static final int DEFAULT_MAX_PAGES = 1000;
    /** Two hours: 2000 pages at the 3 s gap the real sites use take 100 minutes. */
    public static final long DEFAULT_MAX_HOST_MINUTES = 120;

    /** Without per-host budgets: pages per host as for the site, {@value #DEFAULT_MAX_HOST_MINUTES} minutes per host. */
    public SitePolicy(String id, String name, List<URI> seeds, List<URI> sitemaps, List<Pattern> allow,
            Pattern articlePattern, List<Pattern> listPatterns, String regionHint, long politenessMs, int maxDepth,
            int maxPages, String charset, boolean enabled, boolean allowPrivateAddresses, boolean reachable) {
        this(id, name, seeds, sitemaps, allow, articlePattern, listPatterns, regionHint, politenessMs, maxDepth, maxPages,
                charset, enabled, allowPrivateAddresses, reachable, maxPages, DEFAULT_MAX_HOST_MINUTES);
    }

    public SitePolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        seeds = List.copyOf(seeds);
        sitemaps = List.copyOf(sitemaps);
        allow = List.copyOf(allow);
        listPatterns = List.copyOf(listPatterns);
    }

    /** Whether the URL is an article page by the site's {@code articlePattern}. */
    public boolean isArticleUrl(String url) {
        return articlePattern != null && articlePattern.matcher(url).find();
    }

    /**
     * This policy moved to another origin: seeds and sitemaps on the first seed's origin get {@code base}'s
     * scheme, host and port (the sample-site server serves the demo sites on random ports in tests).
     */
    public SitePolicy withOrigin(URI base) {
        String oldOrigin = origin(seeds.getFirst());
        String newOrigin = origin(base);
        java.util.function.Function<URI, URI> move = u -> origin(u).equals(oldOrigin)
                ? URI.create(newOrigin + u.toString().substring(oldOrigin.length())) : u;
        return new SitePolicy(id, name, seeds.stream().map(move).toList(), sitemaps.stream().map(move).toList(),
                allow, articlePattern, listPatterns, regionHint, politenessMs, maxDepth, maxPages, charset, enabled,
                allowPrivateAddresses, reachable, maxPagesPerHost, maxHostMinutes);
    }

    /** {@code scheme://host[:port]} of a URL, lower-case, as written (no default-port folding). */
    public static String origin(URI u) {
        String s = u.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + u.getHost().toLowerCase(java.util.Locale.ROOT);
        return u.getPort() < 0 ? s : s + ":" + u.getPort();
    }

    /** This policy with other per-host budgets. */
    public SitePolicy withHostBudgets(int pagesPerHost, long hostMinutes) {
        return new SitePolicy(id, name, seeds, sitemaps, allow, articlePattern, listPatterns, regionHint,
                politenessMs, maxDepth, maxPages, charset, enabled, allowPrivateAddresses, reachable, pagesPerHost,
                hostMinutes);
    }

    /** This policy with a different fetch budget (the CLI's {@code --max-pages}). */
    public SitePolicy withMaxPages(int pages) {
        return new SitePolicy(id, name, seeds, sitemaps, allow, articlePattern, listPatterns, regionHint,
                politenessMs, maxDepth, pages, charset, enabled, allowPrivateAddresses, reachable,
                Math.min(pages, maxPagesPerHost), maxHostMinutes);
    }
}
