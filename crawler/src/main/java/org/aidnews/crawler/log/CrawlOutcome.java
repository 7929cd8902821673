package org.aidnews.crawler.log;

/** What happened to one URL. Outcomes are data, not exceptions: a bad page never stops the crawl. */
public enum CrawlOutcome {
    /** 2xx response stored as a WARC response record. */
    FETCHED,
    /** 304 to a conditional GET, stored as a WARC revisit record pointing at the earlier capture. */
    NOT_MODIFIED,
    /** 3xx response stored; the target is decided on its own line. */
    REDIRECT,
    /** robots.txt disallows the URL (or robots.txt was unreachable: complete disallow, RFC 9309 §2.3.1.4). */
    ROBOTS_DENIED,
    /** Not on an allowed site, a non-HTTP scheme, over depth or over the page budget. */
    OUT_OF_SCOPE,
    /** Body longer than the size limit (after decompression): stored truncated with WARC-Truncated. */
    TOO_LARGE,
    /** A crawler trap: repeated path segments, calendar pages, overlong URL, redirect chain too long. */
    TRAP,
    /** The host resolves to a loopback, private, link-local or multicast address and the site does not allow it. */
    PRIVATE_ADDRESS,
    /** 4xx/5xx response (stored). */
    HTTP_ERROR,
    /** Connection refused/reset, timeout, DNS failure, total-time limit exceeded. */
    NETWORK_ERROR;

    /** Whether a WARC record exists for a URL with this outcome. */
    public boolean stored() {
        return this == FETCHED || this == NOT_MODIFIED || this == REDIRECT || this == TOO_LARGE || this == HTTP_ERROR;
    }
}
