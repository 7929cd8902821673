/** The crawler module: collects regional health-news pages into gzipped WARC files. Front door: {@link org.aidnews.crawler.CrawlerCli}. */
package org.aidnews.crawler;
