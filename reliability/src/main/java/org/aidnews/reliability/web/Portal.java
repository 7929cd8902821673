package org.aidnews.reliability.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidnews.reliability.ChildJvm;

/**
 * The portal ({@code AidnewsApplication}) in its own JVM on a random loopback port, with its log in
 * a file the battery reads afterwards (for StackOverflowError, OutOfMemoryError and 5xx causes).
 */
public final class Portal implements AutoCloseable {
  private static final Pattern STARTED = Pattern.compile("started on port (\\d+)");

  private final Process process;
  private final Path log;
  private final int port;

  private Portal(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the portal with {@code properties} (aidnews.*, server.*) and waits until it listens. */
  public static Portal start(Map<String, String> properties, Path log, long timeoutSeconds)
      throws IOException, InterruptedException {
    Process p = ChildJvm.start(command(properties), log);
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      String text = Files.exists(log) ? read(log) : "";
      Matcher m = STARTED.matcher(text);
      if (m.find()) {
        return new Portal(p, log, Integer.parseInt(m.group(1)));
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("the portal exited with " + p.exitValue() + " before listening:\n" + tail(text));
      }
      Thread.sleep(100);
    }
    ChildJvm.killNine(p);
    throw new IllegalStateException("the portal did not listen within " + timeoutSeconds + " s; log " + log);
  }

  /** Starts the portal expecting it to refuse; returns its exit code and log (or -1 if it kept running). */
  public static Refusal startExpectingFailure(Map<String, String> properties, Path log, long timeoutSeconds)
      throws IOException, InterruptedException {
    Process p = ChildJvm.start(command(properties), log);
    boolean exited = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!exited) {
      ChildJvm.killNine(p);
    }
    return new Refusal(exited ? p.exitValue() : -1, read(log));
  }

  /** The exit code and log of a start-up that should have failed. */
  public record Refusal(int exitCode, String log) {}

  private static List<String> command(Map<String, String> properties) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--server.address=127.0.0.1");
    properties.forEach((k, v) -> args.add("--" + k + "=" + v));
    return ChildJvm.command(List.of("-Xmx768m", "-XX:+UseSerialGC"), "org.aidnews.web.AidnewsApplication", args);
  }

  public int port() {
    return port;
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  public Path logFile() {
    return log;
  }

  /** The log so far. */
  public String log() throws IOException {
    return read(log);
  }

  /** The log as text; bytes that are not UTF-8 (a logged hostile input) become U+FFFD instead of failing. */
  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  /** Lines of the log naming a JVM Error that must never happen under any input. */
  public List<String> fatalLogLines() throws IOException {
    return log().lines().filter(l -> l.contains("StackOverflowError") || l.contains("OutOfMemoryError")).toList();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        ChildJvm.killNine(process);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(String s) {
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }
}
