package org.aidnews.crawler.url;

import java.net.URI;
import java.util.Optional;

/** Overlong URLs are generated, not written by people (StormCrawler and Nutch cap at about 1024). */
record UrlLengthRule(int maxChars) implements UrlRule {

    @Override
    public Optional<Rejection> check(String url, URI parsed) {
        return url.length() > maxChars
                ? Optional.of(Rejection.trap("URL longer than " + maxChars + " characters"))
                : Optional.empty();
    }
}
