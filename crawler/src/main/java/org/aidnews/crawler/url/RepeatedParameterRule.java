package org.aidnews.crawler.url;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A query parameter given twice ({@code ?p=1&p=2}) is how faceted and accumulating link generators grow without end. */
record RepeatedParameterRule() implements UrlRule {

    @Override
    public Optional<Rejection> check(String url, URI parsed) {
        String q = parsed.getRawQuery();
        if (q == null) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !seen.add(name)) {
                return Optional.of(Rejection.trap("query parameter '" + name + "' repeated"));
            }
        }
        return Optional.empty();
    }
}
