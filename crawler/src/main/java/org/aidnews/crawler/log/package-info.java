/** The crawl log: one JSON line per URL decision, with an outcome enum and a reason; also read back for recrawl and resume. */
package org.aidnews.crawler.log;
