/** URLs: canonical form, and the rules that keep a crawl in scope and out of traps. Pure functions, no I/O. */
package org.aidnews.crawler.url;
