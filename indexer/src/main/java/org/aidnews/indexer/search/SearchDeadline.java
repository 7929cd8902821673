package org.aidnews.indexer.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;

/**
 * The time limit of the search running on the current thread.
 *
 * <p>Why not {@code IndexSearcher.setTimeout}: that wraps every bulk scorer in a time-limiting
 * one, which {@code DrillSidewaysQuery} refuses (Lucene 10.5), so drill-sideways searches broke.
 * Instead the served reader is an {@code ExitableDirectoryReader} whose timeout is this object:
 * Lucene then checks it inside the work that grows with the index (term enumeration, points,
 * doc values for sorting, facet counting and copy folding) on every path alike — plain,
 * drill-down, drill-sideways. Posting lists are not checked by that reader, so
 * {@link TimeLimitedQuery} also checks while the query matches, and {@link SearchService} checks
 * between phases. One reader serves all threads, hence the deadline lives in a thread-local: a
 * search sets it with {@link #start} and clears it when done; a thread with no search running
 * (index refresh, facet-state building) is never stopped.
 */
final class SearchDeadline implements QueryTimeout {
  static final SearchDeadline INSTANCE = new SearchDeadline();

  /** [0] = 1 while a limited search runs on this thread, [1] = its deadline in System.nanoTime() terms. */
  private static final ThreadLocal<long[]> CURRENT = ThreadLocal.withInitial(() -> new long[2]);

  private SearchDeadline() {}

  /** Starts the limit for the search on this thread; close the scope when the search ends. */
  static Scope start(Duration limit) {
    long[] d = CURRENT.get();
    long[] saved = {d[0], d[1]};
    if (limit != null) {
      long deadline = System.nanoTime() + limit.toNanos();
      // Nested searches (none today) keep the earlier deadline.
      d[1] = d[0] == 1 ? Math.min(d[1], deadline) : deadline;
      d[0] = 1;
    }
    return () -> {
      d[0] = saved[0];
      d[1] = saved[1];
    };
  }

  /** True when a search runs on this thread and its time is up. */
  static boolean expired() {
    long[] d = CURRENT.get();
    return d[0] == 1 && System.nanoTime() - d[1] > 0;
  }

  /** Throws {@link SearchTimeoutException} when the time is up (called between search phases). */
  static void check() {
    if (expired()) {
      throw new SearchTimeoutException();
    }
  }

  @Override
  public boolean shouldExit() {
    return expired();
  }

  /** Restores the previous state of this thread (normally: no limit). */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
