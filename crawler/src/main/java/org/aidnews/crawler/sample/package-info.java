/** A loopback web server for the sample sites in {@code testdata/sites/} (demo and tests). */
package org.aidnews.crawler.sample;
