package org.aidnews.crawler.robots;

/**
 * Whether robots.txt lets us fetch a URL.
 *
 * @param allowed      may fetch
 * @param reason       why (for the crawl log), e.g. "robots.txt 503: complete disallow"
 * @param crawlDelayMs the origin's Crawl-delay, capped, or 0 when none
 * @param privateAddress robots.txt could not be fetched because the host resolves to a refused address
 */
public record RobotsVerdict(boolean allowed, String reason, long crawlDelayMs, boolean privateAddress) { }
