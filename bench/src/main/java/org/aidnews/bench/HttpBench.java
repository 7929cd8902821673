package org.aidnews.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web app measured from outside: it is started as a child process on a free loopback port
 * ({@code ./aidnews serve}, or the same java command directly when the launcher cannot be used),
 * timed to its first answered search, loaded by concurrent JDK HttpClient clients for a bounded
 * time and count per endpoint, and asked for its heap after a full GC through {@code jcmd}.
 * Every process started here is stopped here, by its handle.
 */
final class HttpBench implements AutoCloseable {
  /** How to start the server. */
  enum Mode { LAUNCHER, DIRECT }

  /** Latencies and throughput of one endpoint. */
  record Run(String endpoint, int clients, Latencies latencies, double rps, long errors, double seconds) {}

  private static final Pattern G1_USED = Pattern.compile("used (\\d+)K");

  private final Path root;
  private final Mode mode;
  private final Path log;
  private final Consumer<String> say;
  private Process process;
  private int port;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "http-client");
        t.setDaemon(true);
        return t;
      }))
      .build();

  HttpBench(Path root, Mode mode, Path log, Consumer<String> say) {
    this.root = root;
    this.mode = mode;
    this.log = log;
    this.say = say;
  }

  /** Whether the web app can be started directly (its module was packaged, so its class path file exists). */
  static boolean directPossible(Path root) {
    return Files.isRegularFile(root.resolve("search-web/target/classpath.txt"))
        && Files.isDirectory(root.resolve("search-web/target/classes"));
  }

  /** Starts the server on {@code indexRoot}; returns seconds from process start to the first answered search. */
  double start(Path indexRoot) throws IOException, InterruptedException {
    port = freePort();
    List<String> cmd = new ArrayList<>();
    if (mode == Mode.LAUNCHER) {
      // The per-client rate limit is off: the load comes from one loopback client by design.
      cmd.addAll(List.of(root.resolve("aidnews").toString(), "serve", "--index", indexRoot.toString(), "--port",
          Integer.toString(port), "--aidnews.rate-limit.per-second=0"));
    } else {
      String cp = root.resolve("search-web/target/classes") + java.io.File.pathSeparator
          + Files.readString(root.resolve("search-web/target/classpath.txt"), StandardCharsets.UTF_8).strip();
      // The launcher's JVM options (aidnews, JAVA_OPTS), so both modes run the same JVM.
      cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-XX:+UseG1GC",
          "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", cp,
          "org.aidnews.web.AidnewsApplication", "--aidnews.index=" + indexRoot, "--aidnews.warc=" + indexRoot,
          "--server.port=" + port, "--aidnews.rate-limit.per-second=0"));
    }
    say.accept("http: starting the web app (" + mode.name().toLowerCase(Locale.ROOT) + ") on 127.0.0.1:" + port);
    long t0 = System.nanoTime();
    process = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    URI probe = URI.create("http://127.0.0.1:" + port + "/api/search?q=" + enc("医疗"));
    long deadline = t0 + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("the web app exited with status " + process.exitValue() + " before answering; see " + log);
      }
      try {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return (System.nanoTime() - t0) / 1e9;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IOException("the web app did not answer within 4 minutes; see " + log);
  }

  /** Warms up, then runs {@code clients} concurrent clients over the mix for at most {@code maxSeconds} or {@code maxRequests}. */
  Run load(String path, List<QueryMix.Query> mix, int clients, int warmup, double maxSeconds, int maxRequests)
      throws InterruptedException {
    for (int i = 0; i < warmup; i++) {
      get(path, mix.get(i % mix.size()));
    }
    Latencies lat = new Latencies();
    AtomicInteger next = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    long t0 = System.nanoTime();
    long deadline = t0 + (long) (maxSeconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> fs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      fs.add(pool.submit(() -> {
        for (int i; System.nanoTime() < deadline && (i = next.getAndIncrement()) < maxRequests; ) {
          long a = System.nanoTime();
          if (!get(path, mix.get((warmup + i) % mix.size()))) {
            errors.incrementAndGet();
          }
          lat.add(System.nanoTime() - a);
        }
      }));
    }
    for (Future<?> f : fs) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Run(path, clients, lat, lat.count() / seconds, errors.get(), seconds);
  }

  private boolean get(String path, QueryMix.Query q) {
    try {
      HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + path + "?" + q.urlQuery())).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode() == 200 && r.body().length > 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The server JVM's used heap after a full GC, in MB, via {@code jcmd}. */
  double heapAfterGcMb() throws IOException, InterruptedException {
    ProcessHandle jvm = serverJvm().orElseThrow(() -> new IOException("cannot find the web app's JVM process"));
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    run(jcmd, Long.toString(jvm.pid()), "GC.run");
    String info = run(jcmd, Long.toString(jvm.pid()), "GC.heap_info");
    Matcher m = G1_USED.matcher(info);
    if (!m.find()) {
      throw new IOException("jcmd GC.heap_info printed no 'used ...K': " + info);
    }
    return Long.parseLong(m.group(1)) / 1024.0;
  }

  private Optional<ProcessHandle> serverJvm() {
    if (mode == Mode.DIRECT) {
      return Optional.of(process.toHandle());
    }
    // The launcher is a shell script that runs java as its child.
    return process.toHandle().descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .findFirst();
  }

  private static String run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    p.waitFor();
    return new String(out, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InterruptedException {
    if (process == null) {
      return;
    }
    // Stop the JVM (and the launcher shell above it) we started, by handle.
    List<ProcessHandle> children = process.toHandle().descendants().toList();
    children.forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
      children.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    for (ProcessHandle c : children) {
      c.onExit().completeOnTimeout(c, 15, java.util.concurrent.TimeUnit.SECONDS).join();
    }
    process = null;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
