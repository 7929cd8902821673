package org.aidnews.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * The last word on an error nothing else answered: Tomcat refuses some requests before any filter
 * or Spring runs (an encoded slash {@code %2F} or {@code %00} in the path, an invalid escape in the
 * path, a request line or header larger than the limit, bytes not allowed in a header). Tomcat's
 * own valve answered those with its HTML "HTTP Status 400" page and none of our security headers;
 * this one writes the same problem+json as the application, with the headers.
 *
 * <p>Errors the application answered (content already written) are left alone, as in the valve
 * this replaces. Installed on the host by {@link TomcatErrorConfig}.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorReportValve.class);

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    // One line, no stack: these are the caller's malformed bytes, not our failure (a 5xx with a
    // throwable has already been logged where it was thrown).
    LOG.debug("{} for a request refused before the application: {}", status,
        throwable == null ? "-" : throwable.getClass().getSimpleName());
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail = status == 400 ? "请求格式无效（网址编码、长度或请求头）。The request is malformed: its URL encoding, "
        + "length or headers are not accepted." : title;
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      WebConfig.applySecurityHeaders(response);
      PrintWriter writer = response.getReporter();
      if (writer != null) {
        writer.write(MalformedRequestFilter.problemJson(status, title, detail));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response is committed: nothing more to say.
    }
  }
}
