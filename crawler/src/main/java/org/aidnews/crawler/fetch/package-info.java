/** HTTP fetching: one GET with hard limits (size after decompression, total time), address guard, per-host politeness. */
package org.aidnews.crawler.fetch;
