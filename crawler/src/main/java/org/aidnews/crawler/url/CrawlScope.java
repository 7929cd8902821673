package org.aidnews.crawler.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.aidnews.crawler.config.SitePolicy;

/**
 * Decides whether a canonical URL belongs to the crawl: which site claims it, whether the site's
 * {@code allow} patterns admit it, whether it is within the site's depth, whether a trap rule fires, and
 * whether the site's page budget (and the crawl's total budget) has room. Thread-safe.
 */
public final class CrawlScope {

    private final List<SitePolicy> sites;
    private final List<UrlRule> rules;
    private final Map<String, AtomicInteger> reserved = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> reservedPerHost = new ConcurrentHashMap<>();
    private final AtomicInteger reservedTotal = new AtomicInteger();
    private final int totalBudget;

    /** @param totalBudget pages for the whole crawl over all sites, or {@code Integer.MAX_VALUE} */
    public CrawlScope(List<SitePolicy> sites, List<UrlRule> rules, int totalBudget) {
        this.sites = List.copyOf(sites);
        this.rules = List.copyOf(rules);
        this.totalBudget = totalBudget;
    }

    /** The outcome of {@link #decide}: the claiming site (null if none) and a rejection if any. */
    public record Decision(SitePolicy site, Rejection rejection) {
        public boolean admitted() {
            return rejection == null;
        }
    }

    /** The site that claims this URL: same origin as one of its seeds, else the first whose allow matches. */
    public Optional<SitePolicy> siteFor(String url) {
        URI u = parse(url);
        if (u == null || u.getHost() == null) {
            return Optional.empty();
        }
        String origin = SitePolicy.origin(u);
        for (SitePolicy s : sites) {
            for (URI seed : s.seeds()) {
                if (SitePolicy.origin(seed).equals(origin)) {
                    return Optional.of(s);
                }
            }
        }
        for (SitePolicy s : sites) {
            for (Pattern p : s.allow()) {
                if (p.matcher(url).find()) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** Scope and trap checks, without using any budget. */
    public Decision decide(String url, int depth) {
        URI u = parse(url);
        if (u == null) {
            return new Decision(null, Rejection.outOfScope("not a valid http(s) URL"));
        }
        Optional<SitePolicy> claimed = siteFor(url);
        if (claimed.isEmpty()) {
            return new Decision(null, Rejection.outOfScope("no configured site claims this host"));
        }
        SitePolicy site = claimed.get();
        if (!site.allow().isEmpty() && site.allow().stream().noneMatch(p -> p.matcher(url).find())) {
            return new Decision(site, Rejection.outOfScope("not matched by the site's allow patterns"));
        }
        for (UrlRule rule : rules) {
            Optional<Rejection> r = rule.check(url, u);
            if (r.isPresent()) {
                return new Decision(site, r.get());
            }
        }
        if (depth > site.maxDepth()) {
            return new Decision(site, Rejection.outOfScope("depth " + depth + " over the site's maxDepth " + site.maxDepth()));
        }
        return new Decision(site, null);
    }

    /**
     * Takes one page from the site's budget and the crawl's; empty when the URL may be queued, else the
     * rejection to log.
     */
    public Optional<Rejection> reserve(SitePolicy site) {
        return reserve(site, null);
    }

    /**
     * As {@link #reserve(SitePolicy)}, and also from the host's budget ({@code maxPagesPerHost}), keyed by
     * origin (scheme+host+port); {@code origin} null skips the host budget.
     */
    public Optional<Rejection> reserve(SitePolicy site, String origin) {
        AtomicInteger host = origin == null ? null : reservedPerHost.computeIfAbsent(site.id() + " " + origin,
                k -> new AtomicInteger());
        if (host != null && host.incrementAndGet() > site.maxPagesPerHost()) {
            host.decrementAndGet();
            return Optional.of(Rejection.outOfScope("host page budget of " + site.maxPagesPerHost() + " used up"));
        }
        AtomicInteger count = reserved.computeIfAbsent(site.id(), k -> new AtomicInteger());
        if (count.incrementAndGet() > site.maxPages()) {
            count.decrementAndGet();
            release(host);
            return Optional.of(Rejection.outOfScope("site page budget of " + site.maxPages() + " used up"));
        }
        if (reservedTotal.incrementAndGet() > totalBudget) {
            reservedTotal.decrementAndGet();
            count.decrementAndGet();
            release(host);
            return Optional.of(Rejection.outOfScope("crawl page budget of " + totalBudget + " used up"));
        }
        return Optional.empty();
    }

    private static void release(AtomicInteger host) {
        if (host != null) {
            host.decrementAndGet();
        }
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
