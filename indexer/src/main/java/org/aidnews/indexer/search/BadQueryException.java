package org.aidnews.indexer.search;

/**
 * The user's query or a parameter is not acceptable; the message says what and where (shown to users).
 * Not final: {@link SearchTimeoutException} is one kind of it.
 */
public class BadQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String parameter;

  public BadQueryException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The request parameter at fault (q, page, size, from, ...). */
  public String parameter() {
    return parameter;
  }
}
