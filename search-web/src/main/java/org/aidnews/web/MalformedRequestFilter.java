package org.aidnews.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose parameters cannot be decoded (an invalid percent-escape such as
 * {@code q=%ZZ}, bytes that are not UTF-8, more parameters than Tomcat accepts) with a 400
 * {@code application/problem+json} before anything else reads them.
 *
 * <p>Why a filter: Tomcat decodes the parameters lazily, on the first {@code getParameter} call,
 * and since Tomcat 11 throws {@code InvalidParameterException} there. The first caller is deep in
 * Spring MVC (the language interceptor), so the exception left the servlet as a 500-turned-400 with
 * an ERROR log line and a full stack trace for every such request: a client could fill the log at
 * will. Parsing here, once, right after the character-encoding filter has set UTF-8, makes it one
 * DEBUG line and a clean answer. The caller's mistake is not our fault, so it is not an error.
 */
final class MalformedRequestFilter extends OncePerRequestFilter implements Ordered {
  private static final Logger LOG = LoggerFactory.getLogger(MalformedRequestFilter.class);

  /** Right after Spring Boot's character-encoding filter (HIGHEST_PRECEDENCE): parameters must be read as UTF-8. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      request.getParameterMap();
    } catch (IllegalStateException | IllegalArgumentException e) {
      // Tomcat's InvalidParameterException is an IllegalStateException; its message quotes the
      // (possibly corrupted) value, so only the path goes into the log.
      LOG.debug("400 for {} {}: parameters cannot be decoded", request.getMethod(), request.getRequestURI());
      writeProblem(response, 400, "Bad Request",
          "请求参数的编码无效。The request's parameters are not valid percent-encoded UTF-8.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Writes a problem+json answer with the security headers; used here and by {@link ProblemErrorReportValve}. */
  static void writeProblem(HttpServletResponse response, int status, String title, String detail) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    WebConfig.applySecurityHeaders(response);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(problemJson(status, title, detail));
    response.flushBuffer();
  }

  /** A problem document from fixed texts (no request data is ever echoed, so nothing needs escaping but quotes). */
  static String problemJson(int status, String title, String detail) {
    return "{\"type\":\"about:blank\",\"title\":\"" + title.replace("\"", "'") + "\",\"status\":" + status
        + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}";
  }
}
