/** Rolling gzipped WARC files (one gzip member per record): request, response and revisit records, written with jwarc. */
package org.aidnews.crawler.warc;
