package org.aidnews.web.api;

/** The requested article, hospital or page does not exist (HTTP 404). */
public final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
