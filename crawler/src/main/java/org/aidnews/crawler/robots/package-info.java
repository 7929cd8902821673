/** robots.txt per RFC 9309: fetched per origin, cached 24 h, fail closed on 5xx and network errors, Crawl-delay read. */
package org.aidnews.crawler.robots;
