package org.aidnews.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.aidnews.indexer.search.BadQueryException;
import org.aidnews.web.api.NotFoundException;


import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the caller's mistakes into 400/404 answers that say what was wrong: problem+json for the
 * API and feeds, the search page with a message for HTML. Anything else is our fault: logged, 500.
 */
@RestControllerAdvice
// Before Spring Boot's problem-details advice (spring.mvc.problemdetails.enabled), which would
// otherwise answer an unknown path with JSON even in a browser. It handles none of our other types.
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ErrorAdvice {
  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  @ExceptionHandler(BadQueryException.class)
  Object badQuery(BadQueryException e, HttpServletRequest request) {
    if (wantsHtml(request)) {
      ModelAndView mav = new ModelAndView("error");
      mav.setStatus(HttpStatus.BAD_REQUEST);
      mav.addObject("status", 400);
      mav.addObject("message", e.getMessage());
      mav.addObject("q", request.getParameter("q"));
      return mav;
    }
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Bad request parameter");
    p.setType(URI.create("about:blank"));
    p.setProperty("parameter", e.parameter());
    return ResponseEntity.badRequest().contentType(PROBLEM).body(p);
  }

  @ExceptionHandler(NotFoundException.class)
  Object notFound(NotFoundException e, HttpServletRequest request) {
    if (wantsHtml(request)) {
      ModelAndView mav = new ModelAndView("error");
      mav.setStatus(HttpStatus.NOT_FOUND);
      mav.addObject("status", 404);
      mav.addObject("message", e.getMessage());
      return mav;
    }
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setTitle("Not found");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(PROBLEM).body(p);
  }

  /**
   * A path no controller or static file answers. A browser gets the site's own 404 page (with
   * the search box), not a JSON body; API and feed clients keep problem+json.
   */
  @ExceptionHandler(NoResourceFoundException.class)
  Object noSuchPath(NoResourceFoundException e, HttpServletRequest request) {
    String path = request.getRequestURI();
    if (wantsHtml(request)) {
      ModelAndView mav = new ModelAndView("error");
      mav.setStatus(HttpStatus.NOT_FOUND);
      mav.addObject("status", 404);
      mav.addObject("message", path);
      return mav;
    }
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such path: " + path);
    p.setTitle("Not found");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(PROBLEM).body(p);
  }

  private static boolean wantsHtml(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !(path.startsWith("/api/") || path.startsWith("/feed/"));
  }

}
