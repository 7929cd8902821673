package org.aidnews.reliability.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generated requests against every page and API route: search syntax abuse (operators, nesting,
 * wildcards, regexes, field prefixes, unbalanced quotes), numbers out of range or not numbers,
 * dates that are not dates, facet parameters repeated or too long, invalid percent-encoding and
 * control bytes (sent raw), long values and odd path variables. The one rule: never a 5xx.
 */
public final class HttpFuzzer {
  /** Totals and up to 20 examples of requests answered with 5xx or not at all. */
  public record Result(long requests, long serverErrors, long noAnswer, Map<Integer, Long> byStatus,
      List<String> examples, double seconds) {}

  private static final String[] PATHS = {"/search", "/", "/api/search", "/api/agreements", "/agreements",
      "/agreements.csv", "/feed/rss", "/feed/atom", "/feed/json", "/api/suggest", "/opensearch.xml"};
  private static final String[] PARAMS = {"q", "page", "size", "from", "to", "sort", "province", "helper",
      "recipient", "hospital", "year", "source", "type", "topic", "party", "lang", "script", "x"};
  private static final String[] WORDS = {"医疗援疆", "援藏", "对口支援", "医联体", "醫療援疆", "专科联盟", "浙江省", "阿克苏地区",
      "北京协和医院", "托管", "AND", "OR", "NOT", "&&", "||", "!", "-", "+", "*", "?", "~", "~2", "^3", "\"", "(", ")",
      "[", "]", "{", "}", ":", "\\", "/", "hospital:", "source:", "title:", "body:", "id:", "unknown:", "*:*", "a*",
      "*a", "援?", "/.*a.{30}/", "/[a-z/", "\"医疗 援疆\"~5", "[a TO z]", "{* TO *}", "\u0000", "\u2028", "\ud800",
      "😀", "ᚠ", "مرحبا", "<script>", "'", "%", "%25", ";", "&", "=", "#", "..", "../../etc/passwd", " ", "\t",
      "\n"};
  private static final String[] IDS = {"0123456789abcdef", "ffffffffffffffff", "../../etc/passwd", "%2e%2e%2f%2e%2e",
      "x", "0", "-1", "医院", "<script>", "a".repeat(5000), "%00", "%C0%AE%C0%AE", "null", "..%2f..%2fCURRENT"};
  private static final String[] RAW = {"%", "%G1", "%zz", "%C0%80", "%00", "%FF%FE", "%E4%B8", "%ED%A0%80",
      "%F4%90%80%80", "%%", "%u4E2D", "+", "%0d%0aSet-Cookie:%20x=1", "%2F%2F", "\u00ff", "\u0001", "|", "^", "`",
      "{", "}"};

  private static final String[] RAW_PATH_PREFIXES = {"/api/articles/", "/articles/", "/hospitals/", "/feed/",
      "/api/", "/", "/css/", "/actuator/"};
  private static final String[] RAW_PATH_PIECES = {"%2F", "%2f", "%00", "%5C", "%ZZ", "%", "%2e%2e%2F", "..%2F",
      "%C0%AF", "", "/", "%E5%8C%BB"};

  private HttpFuzzer() {}

  /** Sends {@code count} generated requests from {@code clients} threads, stopping early after {@code maxSeconds}. */
  public static Result run(Http http, int count, int clients, long seed, double maxSeconds) throws InterruptedException {
    AtomicLong sent = new AtomicLong();
    AtomicLong fivexx = new AtomicLong();
    AtomicLong none = new AtomicLong();
    Map<Integer, AtomicLong> byStatus = new java.util.concurrent.ConcurrentHashMap<>();
    List<String> examples = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    long deadline = start + (long) (maxSeconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        int i;
        while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
          SplittableRandom r = new SplittableRandom(seed * 31 + i);
          boolean raw = r.nextInt(8) == 0;
          String target = raw ? rawTarget(r) : target(r);
          String headers = raw && r.nextInt(6) == 0 ? rawHeader(r) : "";
          int status;
          try {
            status = raw ? http.raw(target, headers).status() : http.get(target).status();
          } catch (Exception e) {
            status = -1;
          }
          sent.incrementAndGet();
          byStatus.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
          if (status >= 500 || status < 0) {
            (status < 0 ? none : fivexx).incrementAndGet();
            if (examples.size() < 20) {
              examples.add(status + " " + abbreviate(target));
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    pool.shutdown();
    Map<Integer, Long> counts = new java.util.TreeMap<>();
    byStatus.forEach((k, v) -> counts.put(k, v.get()));
    return new Result(sent.get(), fivexx.get(), none.get(), counts, List.copyOf(examples),
        (System.nanoTime() - start) / 1e9);
  }

  /** A well-formed request target (the JDK client builds it) with generated parameters. */
  static String target(SplittableRandom r) {
    int kind = r.nextInt(20);
    if (kind == 0) {
      return "/api/articles/" + enc(pick(r, IDS));
    } else if (kind == 1) {
      return "/articles/" + enc(pick(r, IDS)) + (r.nextBoolean() ? "/cached" : "?script=" + enc(word(r)));
    } else if (kind == 2) {
      return "/hospitals/" + enc(r.nextBoolean() ? pick(r, IDS) : query(r));
    }
    Map<String, List<String>> params = new LinkedHashMap<>();
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      String name = pick(r, PARAMS);
      int repeats = r.nextInt(10) == 0 ? 1 + r.nextInt(40) : 1;
      for (int k = 0; k < repeats; k++) {
        params.computeIfAbsent(name, x -> new ArrayList<>()).add(value(name, r));
      }
    }
    StringBuilder sb = new StringBuilder(pick(r, PATHS));
    char sep = '?';
    for (var e : params.entrySet()) {
      for (String v : e.getValue()) {
        sb.append(sep).append(enc(e.getKey())).append('=').append(enc(v));
        sep = '&';
      }
    }
    return sb.toString();
  }

  /**
   * A target with bytes a client library would not send: invalid escapes, raw control and high
   * bytes in the query; encoded slash, NUL, backslash and bad escapes in the path; now and then a
   * request line beyond the server's limit.
   */
  static String rawTarget(SplittableRandom r) {
    int shape = r.nextInt(40);
    if (shape == 0) {
      return pick(r, PATHS) + "?q=" + "a".repeat(8_000 + r.nextInt(12_000));
    } else if (shape < 12) {
      return pick(r, RAW_PATH_PREFIXES) + pick(r, RAW) + pick(r, RAW_PATH_PIECES) + pick(r, IDS);
    }
    StringBuilder sb = new StringBuilder(pick(r, PATHS)).append("?q=");
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      sb.append(pick(r, RAW)).append(r.nextBoolean() ? "%E5%8C%BB" : "a");
    }
    if (r.nextBoolean()) {
      sb.append('&').append(pick(r, PARAMS)).append('=').append(pick(r, RAW));
    }
    return sb.toString();
  }

  /** A header line a client library would refuse to send: control bytes, NUL, high bytes, a huge value. */
  static String rawHeader(SplittableRandom r) {
    return switch (r.nextInt(5)) {
      case 0 -> "X-Bad\u0001Name: y\r\n";
      case 1 -> "X-Bad: a\u0000b\r\n";
      case 2 -> "X-Bad: \u007f\u00ff\u00fe\r\n";
      case 3 -> "X-Long: " + "c".repeat(9_000 + r.nextInt(10_000)) + "\r\n";
      default -> "Accept-Language: " + pick(r, RAW) + "\r\n";
    };
  }

  static String value(String name, SplittableRandom r) {
    return switch (name) {
      case "q" -> query(r);
      case "page", "size" -> pick(r, new String[] {"1", "0", "-1", "2", "50", "51", "1000", "1001", "999999999999",
          "1e9", "0x10", "abc", "", " 3 ", "١٢", "NaN", "2147483648", "-2147483649", "1.5"});
      case "from", "to" -> pick(r, new String[] {"2022-01-25", "2022-13-45", "0000-00-00", "-999999999-01-01",
          "+999999999-12-31", "2022-02-30", "yesterday", "", "2022-01-25T00:00", "9999-12-31", "2022/01/25"});
      case "sort" -> pick(r, new String[] {"relevance", "newest", "oldest", "", "RELEVANCE", "<b>"});
      case "year" -> pick(r, new String[] {"2022", "0000", "99999", "20x2", "", "-202"});
      case "lang" -> pick(r, new String[] {"en", "zh", "zh_CN", "xx", "", "../..", "en_US_POSIX", "a".repeat(300)});
      default -> r.nextInt(10) == 0 ? "x".repeat(50 + r.nextInt(500)) : word(r);
    };
  }

  static String query(SplittableRandom r) {
    int shape = r.nextInt(12);
    if (shape == 0) {
      int depth = pick(r, new int[] {10, 50, 200, 1000, 2500});
      return "(".repeat(depth) + word(r) + ")".repeat(r.nextBoolean() ? depth : depth / 2);
    } else if (shape == 1) {
      int n = pick(r, new int[] {100, 500, 1000});
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(i == 0 ? "" : " OR ").append(r.nextBoolean() ? "援" : "a").append(i % 50).append('*');
      }
      return sb.toString();
    } else if (shape == 2) {
      return word(r).repeat(1 + r.nextInt(2000));
    }
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(8);
    for (int i = 0; i < n; i++) {
      sb.append(word(r));
      if (r.nextBoolean()) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  private static String word(SplittableRandom r) {
    return pick(r, WORDS);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String pick(SplittableRandom r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  private static int pick(SplittableRandom r, int[] options) {
    return options[r.nextInt(options.length)];
  }

  private static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 160) + String.format(Locale.ROOT, "…(%d chars)", s.length()) : s;
  }
}
