package org.aidnews.crawler.warc;

/**
 * Where a capture was stored.
 *
 * @param warcFile      file name (no directory) of the WARC file
 * @param offset        byte offset of the record's gzip member in that file
 * @param recordId      WARC-Record-ID, {@code <urn:uuid:...>}
 * @param payloadDigest WARC-Payload-Digest, {@code sha1:BASE32}
 */
public record StoredRecord(String warcFile, long offset, String recordId, String payloadDigest) { }
