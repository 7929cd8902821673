/** Reading the crawler's WARC files: the indexer's only input, whoever wrote them. */
package org.aidnews.indexer.warc;
