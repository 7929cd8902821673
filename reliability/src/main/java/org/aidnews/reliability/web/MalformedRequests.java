package org.aidnews.reliability.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Requests no client library would build, written to a socket byte for byte: invalid
 * percent-escapes in the query and in the path, an encoded slash or NUL in the path, a request line
 * longer than the server's limit, bytes not allowed in header names and values. Each must end in a
 * 400 {@code application/problem+json} carrying every security header, and leave at most a line
 * in the portal's log: no ERROR, no stack trace (a client must not be able to fill the log).
 */
public final class MalformedRequests {
  private MalformedRequests() {}

  /** One hand-made request: what it is, its raw target, extra header lines (CRLF-terminated). */
  public record Probe(String name, String target, String headers) {}

  public static final List<Probe> PROBES = List.of(
      new Probe("invalid escape in the API query", "/api/search?q=%ZZ", ""),
      new Probe("lone % in the page query", "/search?q=50%", ""),
      new Probe("truncated UTF-8 escape in the query", "/search?q=%E5%8C", ""),
      new Probe("overlong UTF-8 (C0 80) in the query", "/api/search?q=%C0%80", ""),
      new Probe("UTF-16 surrogate as UTF-8 (ED A0 80) in a feed query", "/feed/rss?q=%ED%A0%80", ""),
      new Probe("invalid escape in a parameter name", "/api/search?%ZZ=1", ""),
      new Probe("raw high bytes in the query", "/api/search?q=\u00ff\u00fe", ""),
      new Probe("encoded slash in an article id", "/api/articles/a%2Fb", ""),
      new Probe("encoded slash in a page path", "/articles/..%2F..%2FCURRENT", ""),
      new Probe("encoded NUL in the path", "/api/articles/a%00b", ""),
      new Probe("invalid escape in the path", "/articles/%ZZ", ""),
      new Probe("encoded backslash in the path", "/articles/a%5Cb", ""),
      new Probe("request line of 20,000 bytes", "/api/search?q=" + "a".repeat(20_000), ""),
      new Probe("path of 12,000 bytes", "/articles/" + "b".repeat(12_000), ""),
      new Probe("control byte in a header name", "/api/search?q=x", "X-Bad\u0001Name: y\r\n"),
      new Probe("NUL and DEL in a header value", "/api/search?q=x", "X-Bad: a\u0000b\u007fc\r\n"),
      new Probe("header of 20,000 bytes", "/api/search?q=x", "X-Long: " + "c".repeat(20_000) + "\r\n"),
      new Probe("space inside the request target", "/api/se arch?q=x", ""));

  /** What happened: problems (empty when all held) and the portal's ERROR and stack-trace lines they caused. */
  public record Result(int probes, List<String> problems, long errorLines, long stackLines) {}

  public static Result run(Http http, Portal portal) throws Exception {
    long linesBefore = portal.log().lines().count();
    List<String> problems = new ArrayList<>();
    for (Probe p : PROBES) {
      Http.Response r = http.raw(p.target(), p.headers());
      String what = p.name();
      if (r.status() != 400) {
        problems.add(what + ": status " + r.status() + " (expected 400)");
      }
      String ct = String.valueOf(r.header("content-type")).toLowerCase(Locale.ROOT);
      if (!ct.startsWith("application/problem+json")) {
        problems.add(what + ": content type " + ct + " (expected application/problem+json)");
      }
      if (r.body().contains("<html") || r.body().contains("Apache Tomcat")) {
        problems.add(what + ": the server's own HTML error page");
      }
      SecurityChecks.check(r, what, problems);
    }
    // The log is written asynchronously to the file by the child's stdout: give it a moment.
    Thread.sleep(500);
    List<String> after = portal.log().lines().skip(linesBefore).toList();
    long errors = after.stream().filter(l -> l.contains(" ERROR ")).count();
    long stack = after.stream().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")).count();
    if (errors > 0) {
      problems.add(errors + " ERROR lines in the portal's log for " + PROBES.size() + " malformed requests");
    }
    if (stack > 0) {
      problems.add(stack + " stack-trace lines in the portal's log for " + PROBES.size() + " malformed requests");
    }
    return new Result(PROBES.size(), problems, errors, stack);
  }
}
