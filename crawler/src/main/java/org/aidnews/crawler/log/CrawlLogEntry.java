package org.aidnews.crawler.log;

import java.time.Instant;

/**
 * One line of the crawl log ({@code crawl-<crawlId>.jsonl} beside the WARC files).
 *
 * @param time          when the decision was made (fetch time for fetched URLs), UTC
 * @param site          site id, or null when no site claims the URL
 * @param url           the canonical URL
 * @param outcome       what happened
 * @param reason        short human-readable why
 * @param status        HTTP status, or 0 when nothing was fetched
 * @param bytes         payload bytes stored (after decompression)
 * @param millis        fetch duration
 * @param depth         link hops from the seed
 * @param parent        the page the URL was found on (or redirected from), or null
 * @param warcFile      file name of the WARC holding the record, or null
 * @param warcOffset    byte offset of the record in that file, or -1
 * @param recordId      WARC-Record-ID of the response/revisit record, or null
 * @param payloadDigest sha1 payload digest as in WARC-Payload-Digest, or null
 * @param etag          the response's ETag, for the next crawl's If-None-Match
 * @param lastModified  the response's Last-Modified, for the next crawl's If-Modified-Since
 * @param contentType   the response's Content-Type header
 * @param location      the redirect target (canonical), for REDIRECT
 */
public record CrawlLogEntry(
        Instant time,
        String site,
        String url,
        CrawlOutcome outcome,
        String reason,
        int status,
        long bytes,
        long millis,
        int depth,
        String parent,
        String warcFile,
        long warcOffset,
        String recordId,
        String payloadDigest,
        String etag,
        String lastModified,
        String contentType,
        String location) {

    /** A decision about a URL that was not fetched. */
    public static CrawlLogEntry decision(Instant time, String site, String url, CrawlOutcome outcome, String reason,
            int depth, String parent) {
        return new CrawlLogEntry(time, site, url, outcome, reason, 0, 0, 0, depth, parent, null, -1, null, null, null,
                null, null, null);
    }
}
