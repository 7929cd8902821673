package org.aidnews.reliability.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent clients (JDK HttpClient, one connection pool each) sending a mix of searches, facet
 * filters, feeds, article pages and API calls, while a canary thread asks for the canary query
 * every 100 ms. Bounded by time and by a request count. Something else (the caller) publishes a
 * rebuild meanwhile; {@code published} tells the harness when, and it keeps going at least
 * {@code afterPublishSeconds} past that so the swap is under load.
 */
public final class LoadHarness {
  /** Figures of one run. */
  public record Result(long requests, long errors, List<String> errorExamples, double p50Ms, double p99Ms,
      double maxMs, long canaryChecks, long canaryZeroHits, double seconds, boolean publishedDuringRun,
      double publishedAtSecond) {}

  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
  private static final String[] WORDS = {"医疗援疆", "医联体", "专科联盟", "远程医疗", "浙江", "阿克苏", "喀什", "协和",
      "援疆医生", "带教", "义诊", "醫療援疆", "托管", "组团式帮扶"};
  private static final String[] PROVINCES = {"浙江省", "广东省", "北京市", "新疆维吾尔自治区", "西藏自治区"};

  private LoadHarness() {}

  /**
   * Runs {@code clients} clients for at least {@code seconds} (and until {@code afterPublishSeconds}
   * after {@code published} turns true, but never beyond {@code maxSeconds} or {@code maxRequests}).
   */
  public static Result run(String base, List<String> articleIds, String canary, int clients, double seconds,
      double maxSeconds, double afterPublishSeconds, long maxRequests, BooleanSupplier published, long seed)
      throws InterruptedException {
    AtomicLong requests = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong canaryChecks = new AtomicLong();
    AtomicLong canaryZero = new AtomicLong();
    List<String> examples = Collections.synchronizedList(new ArrayList<>());
    List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean stop = new AtomicBoolean();
    long start = System.nanoTime();
    double[] publishedAt = {-1};
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      final int client = c;
      threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        SplittableRandom r = new SplittableRandom(seed * 100 + client);
        long[] mine = new long[1 << 16];
        int n = 0;
        while (!stop.get() && requests.incrementAndGet() <= maxRequests) {
          String path = path(r, articleIds);
          long t0 = System.nanoTime();
          try {
            HttpResponse<Void> resp = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
            if (resp.statusCode() != 200) {
              errors.incrementAndGet();
              if (examples.size() < 20) {
                examples.add(resp.statusCode() + " " + path);
              }
            }
          } catch (Exception e) {
            errors.incrementAndGet();
            if (examples.size() < 20) {
              examples.add(e + " " + path);
            }
          }
          if (n == mine.length) {
            mine = Arrays.copyOf(mine, n * 2);
          }
          mine[n++] = System.nanoTime() - t0;
        }
        latencies.add(Arrays.copyOf(mine, n));
      }));
    }
    Thread canaryThread = Thread.ofPlatform().name("canary").start(() -> {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String path = "/api/search?size=1&q=" + URLEncoder.encode(canary, StandardCharsets.UTF_8);
      while (!stop.get()) {
        try {
          String body = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
              .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
          Matcher m = TOTAL.matcher(body);
          canaryChecks.incrementAndGet();
          if (!m.find() || Long.parseLong(m.group(1)) == 0) {
            canaryZero.incrementAndGet();
          }
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          canaryChecks.incrementAndGet();
          canaryZero.incrementAndGet();
        }
      }
    });
    while (true) {
      double elapsed = (System.nanoTime() - start) / 1e9;
      if (publishedAt[0] < 0 && published.getAsBoolean()) {
        publishedAt[0] = elapsed;
      }
      boolean longEnough = elapsed >= seconds && publishedAt[0] >= 0 && elapsed >= publishedAt[0] + afterPublishSeconds;
      if (longEnough || elapsed >= maxSeconds || requests.get() >= maxRequests) {
        break;
      }
      Thread.sleep(50);
    }
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
    canaryThread.interrupt();
    canaryThread.join();
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    long done = all.length;
    return new Result(done, errors.get(), List.copyOf(examples), pct(all, 0.50), pct(all, 0.99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6, canaryChecks.get(), canaryZero.get(),
        (System.nanoTime() - start) / 1e9, publishedAt[0] >= 0, publishedAt[0]);
  }

  private static String path(SplittableRandom r, List<String> ids) {
    String w = URLEncoder.encode(WORDS[r.nextInt(WORDS.length)], StandardCharsets.UTF_8);
    String p = URLEncoder.encode(PROVINCES[r.nextInt(PROVINCES.length)], StandardCharsets.UTF_8);
    return switch (r.nextInt(10)) {
      case 0, 1, 2 -> "/api/search?q=" + w;
      case 3 -> "/api/search?q=" + w + "&helper=" + p + "&sort=newest";
      case 4 -> "/search?q=" + w;
      case 5 -> "/search?q=" + w + "&page=" + (1 + r.nextInt(5));
      case 6 -> "/feed/rss?q=" + w;
      case 7 -> "/api/agreements?q=" + w;
      case 8 -> "/articles/" + ids.get(r.nextInt(ids.size()));
      default -> "/api/articles/" + ids.get(r.nextInt(ids.size()));
    };
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }
}
