package org.aidnews.crawler.robots;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aidnews.crawler.fetch.FetchedResponse;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt decisions per origin (scheme + host + port: RFC 9309 §2.3 scopes the file to that origin;
 * crawler4j keys by host only). The rules as RFC 9309 states them, where crawler4j differs:
 * <ul>
 * <li>2xx: parse, whatever the Content-Type (crawler4j ignores non-text/plain files), the first
 *     {@value #PARSE_LIMIT} bytes (the RFC's minimum parsing limit is 500 KiB);</li>
 * <li>3xx: follow up to {@value #MAX_REDIRECTS} redirects, even to another host; the rules then apply
 *     to the original origin; more than that: treated as unavailable (allow);</li>
 * <li>4xx: unavailable, allow all (429 Too Many Requests is treated as unreachable instead: the server is
 *     asking us to back off, not saying it has no rules);</li>
 * <li>5xx and network errors: unreachable, complete disallow, retried after {@link #ERROR_TTL};</li>
 * <li>cache for at most 24 h (§2.4);</li>
 * <li>Crawl-delay honoured up to {@link #MAX_CRAWL_DELAY}.</li>
 * </ul>
 */
public final class RobotsGate {

    /** Fetches one robots.txt URL, without following redirects (and records it, if the caller wishes). */
    @FunctionalInterface
    public interface RobotsSource {
        FetchedResponse get(URI robotsUrl) throws InterruptedException;
    }

    static final int PARSE_LIMIT = 512 * 1024;
    static final int MAX_REDIRECTS = 5;
    static final Duration TTL = Duration.ofHours(24);
    static final Duration ERROR_TTL = Duration.ofMinutes(10);
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private record Entry(BaseRobotRules rules, String reason, Instant expires, boolean privateAddress) {
        Entry(BaseRobotRules rules, String reason, Instant expires) {
            this(rules, reason, expires, false);
        }
    }

    private final String agentName;
    private final RobotsSource source;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** @param agentName the product token matched against User-agent lines, e.g. "aidnews-crawler" */
    public RobotsGate(String agentName, RobotsSource source, Clock clock) {
        this.agentName = agentName;
        this.source = source;
        this.clock = clock;
    }

    public RobotsVerdict check(URI url) throws InterruptedException {
        if ("/robots.txt".equals(url.getRawPath())) {
            return new RobotsVerdict(true, "robots.txt itself is always allowed", 0, false);
        }
        String origin = origin(url);
        Entry e = rulesFor(origin);
        long delay = e.rules().getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY ? 0
                : Math.min(Math.max(0, e.rules().getCrawlDelay()), MAX_CRAWL_DELAY.toMillis());
        boolean allowed = e.rules().isAllowed(url.toString());
        return new RobotsVerdict(allowed, allowed ? e.reason() : "disallowed by " + e.reason(), delay, e.privateAddress());
    }

    private Entry rulesFor(String origin) throws InterruptedException {
        Entry e = cache.get(origin);
        if (e != null && clock.instant().isBefore(e.expires())) {
            return e;
        }
        synchronized (locks.computeIfAbsent(origin, k -> new Object())) {
            e = cache.get(origin);
            if (e == null || !clock.instant().isBefore(e.expires())) {
                e = load(origin);
                cache.put(origin, e);
            }
            return e;
        }
    }

    private Entry load(String origin) throws InterruptedException {
        URI robotsUrl = URI.create(origin + "/robots.txt");
        URI current = robotsUrl;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            FetchedResponse r = source.get(current);
            Instant now = clock.instant();
            if (!r.ok()) {
                return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                        "robots.txt unreachable (" + r.failureReason() + "): complete disallow", now.plus(ERROR_TTL),
                        r.failure() == FetchedResponse.Failure.PRIVATE_ADDRESS);
            }
            int status = r.status();
            if (status >= 200 && status < 300) {
                byte[] body = r.body().length > PARSE_LIMIT ? Arrays.copyOf(r.body(), PARSE_LIMIT) : r.body();
                SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Duration.ofDays(1).toMillis(), 50);
                // The Content-Type is deliberately not passed on: RFC 9309 parses any 2xx body.
                BaseRobotRules rules = parser.parseContent(robotsUrl.toString(), body, "text/plain", agentName);
                return new Entry(rules, "robots.txt " + status, now.plus(TTL));
            }
            if (status >= 300 && status < 400) {
                String location = r.header("Location");
                if (location == null) {
                    return allowAll("robots.txt " + status + " without Location: unavailable", now);
                }
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException bad) {
                    return allowAll("robots.txt redirect to a bad Location: unavailable", now);
                }
                continue;
            }
            if (status == 429 || status >= 500) {
                return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                        "robots.txt " + status + ": unreachable, complete disallow", now.plus(ERROR_TTL));
            }
            return allowAll("robots.txt " + status + ": unavailable, allow all", now);
        }
        return allowAll("robots.txt: more than " + MAX_REDIRECTS + " redirects, unavailable", clock.instant());
    }

    private static Entry allowAll(String reason, Instant now) {
        return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), reason, now.plus(TTL));
    }

    static String origin(URI u) {
        int port = u.getPort();
        return u.getScheme() + "://" + u.getHost() + (port < 0 ? "" : ":" + port);
    }
}
