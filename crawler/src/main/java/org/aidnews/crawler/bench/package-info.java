/**
 * The crawl benchmark: a generated loopback site of a few thousand pages ({@link org.aidnews.crawler.bench.GeneratedSite}),
 * crawled with politeness off and compared with a plain HTTP loop over the same URLs
 * ({@link org.aidnews.crawler.bench.CrawlBench}). Figures, not assertions: it is a harness, not a timed test.
 */
package org.aidnews.crawler.bench;
