/**
 * The crawl itself: {@link org.aidnews.crawler.engine.CrawlSession} holds every decision (scope, robots,
 * politeness, conditional GET, recording); {@link org.aidnews.crawler.engine.Crawler4jEngine} is the only
 * class that knows crawler4j and uses it for the frontier, worker threads and resumable state.
 */
package org.aidnews.crawler.engine;
