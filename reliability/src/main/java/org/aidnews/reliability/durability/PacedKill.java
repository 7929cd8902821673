package org.aidnews.reliability.durability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aidnews.reliability.ChildJvm;

/**
 * One kill -9 trial's run: starts the indexer in a child JVM, kills it at a fraction of the
 * expected run time unless it finished first, and keeps that expectation following the machine's
 * pace. Why the pace: on a shared machine the reference run may be several times slower or faster
 * than the runs after it, and kill points past the end of a run kill nothing.
 */
final class PacedKill {
  private double expectedSeconds;

  PacedKill(double referenceSeconds) {
    this.expectedSeconds = referenceSeconds;
  }

  /** What one run did: whether it finished before its kill point, its exit code, its log. */
  record Run(boolean finished, int exitCode, long delayMs, String log) {}

  /** Runs {@code command} (its output to {@code log}), killing it after {@code fraction} of the expected time. */
  Run run(List<String> command, Path log, double fraction) throws IOException, InterruptedException {
    long delayMs = (long) (fraction * expectedSeconds * 1000);
    Process p = ChildJvm.start(command, log);
    long started = System.nanoTime();
    boolean finished = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
    if (finished) {
      expectedSeconds = 0.5 * expectedSeconds + 0.5 * (System.nanoTime() - started) / 1e9;
    } else {
      ChildJvm.killNine(p);
    }
    return new Run(finished, p.exitValue(), delayMs, new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
  }
}
