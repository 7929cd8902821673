package org.aidnews.indexer.cli;

/** A mistake in the command line; the message is printed with the command's usage. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
