package org.aidnews.crawler.fetch;

import java.time.Instant;
import java.util.List;

/**
 * The result of one GET, successful or not. For a response, {@code headers} are the response headers as
 * stored: when the body was decompressed, Content-Encoding, Transfer-Encoding and Content-Length are
 * renamed to {@code X-Crawler-*} and a Content-Length of the stored body is added, so the stored record is
 * self-consistent (the StormCrawler WARC convention).
 *
 * @param url            the requested URL
 * @param fetchTime      when the request was sent
 * @param requestLine    e.g. {@code GET /news/ HTTP/1.1}
 * @param requestHeaders the headers actually sent (captured after HttpClient added its own)
 * @param status         HTTP status, 0 when no response arrived
 * @param protocol       e.g. {@code HTTP/1.1}
 * @param reasonPhrase   as received (may be empty)
 * @param headers        response headers as stored
 * @param body           payload after decompression, at most the size limit
 * @param truncated      the payload was cut at the size limit
 * @param remoteAddress  IP address connected to, or null
 * @param millis         duration of the whole fetch
 * @param failure        why no (complete) response was obtained
 * @param failureReason  human-readable detail, or null
 */
public record FetchedResponse(
        String url,
        Instant fetchTime,
        String requestLine,
        List<HttpField> requestHeaders,
        int status,
        String protocol,
        String reasonPhrase,
        List<HttpField> headers,
        byte[] body,
        boolean truncated,
        String remoteAddress,
        long millis,
        Failure failure,
        String failureReason) {

    /** Why a fetch produced no usable response. */
    public enum Failure {
        NONE,
        /** Connection refused or reset, DNS failure, socket timeout, TLS failure, total-time limit. */
        NETWORK,
        /** The host resolves to an address the site may not fetch (loopback, private, link-local, multicast). */
        PRIVATE_ADDRESS
    }

    public FetchedResponse {
        requestHeaders = List.copyOf(requestHeaders);
        headers = List.copyOf(headers);
    }

    public boolean ok() {
        return failure == Failure.NONE;
    }

    /** The first value of a response header, or null. */
    public String header(String name) {
        for (HttpField f : headers) {
            if (f.is(name)) {
                return f.value();
            }
        }
        return null;
    }

    static FetchedResponse failed(String url, Instant time, long millis, Failure failure, String reason) {
        return new FetchedResponse(url, time, null, List.of(), 0, null, null, List.of(), new byte[0], false, null,
                millis, failure, reason);
    }
}
