package org.aidnews.reliability.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.aidnews.indexer.PageOutcome;
import org.aidnews.indexer.Pipeline;

/**
 * Runs every hostile page through {@link Pipeline#process} on a thread with the JVM's default
 * 1 MiB stack (as the indexer's workers have) and a time limit. A page "crashes" when the pipeline
 * throws anything (an Error included), returns null or does not answer within the limit.
 */
public final class HostileSweep {
  /** One page's fate: its outcome ("INDEXED" or a reject reason), or the crash. */
  public record Fate(String page, String outcome, String crash, long millis) {}

  /** All fates; {@code crashed} counts the pages without an outcome. */
  public record Result(List<Fate> fates, int crashed) {}

  private HostileSweep() {}

  public static Result run(List<HostilePages.Hostile> pages, Pipeline pipeline, long secondsPerPage) {
    List<Fate> fates = new ArrayList<>();
    int crashed = 0;
    for (HostilePages.Hostile h : pages) {
      CompletableFuture<PageOutcome> result = new CompletableFuture<>();
      Thread t = new Thread(null, () -> {
        try {
          result.complete(pipeline.process(h.page()));
        } catch (Throwable e) { // the point: catch what the pipeline lets escape, Errors included
          result.completeExceptionally(e);
        }
      }, "hostile-page", 1L << 20);
      t.setDaemon(true);
      long start = System.nanoTime();
      t.start();
      String outcome = null;
      String crash = null;
      try {
        PageOutcome o = result.get(secondsPerPage, TimeUnit.SECONDS);
        if (o == null) {
          crash = "null outcome";
        } else {
          outcome = o.indexed() ? "INDEXED" : String.valueOf(o.reject());
          if (!o.indexed() && o.reject() == null) {
            crash = "neither indexed nor rejected";
          }
        }
      } catch (ExecutionException e) {
        crash = e.getCause().getClass().getSimpleName() + ": " + abbreviate(String.valueOf(e.getCause().getMessage()));
      } catch (TimeoutException e) {
        crash = "no outcome after " + secondsPerPage + " s";
        t.interrupt();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        crash = "interrupted";
      }
      if (crash != null) {
        crashed++;
      }
      fates.add(new Fate(h.name(), outcome, crash, (System.nanoTime() - start) / 1_000_000));
    }
    return new Result(fates, crashed);
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  /** A table row per page, for reports. */
  public static String table(Result r) {
    StringBuilder sb = new StringBuilder();
    for (Fate f : r.fates()) {
      sb.append(String.format(Locale.ROOT, "| %s | %s | %d ms |%n", f.page(),
          f.crash() == null ? f.outcome() : "**CRASH** " + f.crash().replace("|", "\\|"), f.millis()));
    }
    return sb.toString();
  }
}
