/** Charset detection and decoding of raw page bytes. */
package org.aidnews.indexer.decode;
