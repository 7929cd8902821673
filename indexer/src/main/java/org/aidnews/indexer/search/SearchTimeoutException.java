package org.aidnews.indexer.search;

/**
 * A search ran past its time limit and was stopped. Nothing of it is shown: partial hits or
 * counts would look complete. It is a {@link BadQueryException} for parameter {@code q} (the
 * usual cure is a narrower query), so callers that map those to HTTP 400 with a problem body
 * need nothing new; a caller may map this subclass to 503 instead (the server was too busy).
 */
public final class SearchTimeoutException extends BadQueryException {
  private static final long serialVersionUID = 1L;

  public SearchTimeoutException() {
    super("q", "查询用时过长，已停止：请换用更具体的词语或加上筛选条件后重试。"
        + "The search took too long and was stopped: use more specific words or add a filter, then retry.");
  }
}
