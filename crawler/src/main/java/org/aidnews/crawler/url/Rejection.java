package org.aidnews.crawler.url;

import org.aidnews.crawler.log.CrawlOutcome;

/** Why a URL is not crawled: the outcome to log and a short reason. */
public record Rejection(CrawlOutcome outcome, String reason) {

    static Rejection trap(String reason) {
        return new Rejection(CrawlOutcome.TRAP, reason);
    }

    static Rejection outOfScope(String reason) {
        return new Rejection(CrawlOutcome.OUT_OF_SCOPE, reason);
    }
}
