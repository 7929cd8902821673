/**
 * Charset detection and decoding of raw page bytes: {@link org.aidnews.indexer.decode.PageDecoder}
 * tries BOM, strict UTF-8, the declared labels and two detectors in turn, and re-decodes when the
 * result looks garbled ({@link org.aidnews.indexer.decode.Mojibake}).
 */
package org.aidnews.indexer.decode;
