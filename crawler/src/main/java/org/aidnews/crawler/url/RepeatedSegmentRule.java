package org.aidnews.crawler.url;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A path segment that occurs {@code maxRepeats} times or more ({@code /a/b/a/b/a/}) comes from relative
 * links resolving against themselves: the Nutch/StormCrawler loop breaker.
 */
record RepeatedSegmentRule(int maxRepeats) implements UrlRule {

    @Override
    public Optional<Rejection> check(String url, URI parsed) {
        String path = parsed.getRawPath();
        if (path == null) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (counts.merge(segment, 1, Integer::sum) >= maxRepeats) {
                return Optional.of(Rejection.trap("path segment '" + segment + "' repeated " + maxRepeats + " times"));
            }
        }
        return Optional.empty();
    }
}
