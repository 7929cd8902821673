package org.aidnews.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes a synthetic corpus of Chinese health-assistance news as gzipped WARC files, the way the
 * crawler stores real pages: a request and a response record per page, HTTP headers, WARC-Date.
 *
 * <pre>
 * java -cp ... org.aidnews.bench.CorpusGenerator --articles 100000 --out data/bench/warc [--seed 42] [--threads 2]
 * </pre>
 *
 * <p>{@code --articles} counts response records (pages): about 85 % new stories, 10 % syndicated
 * copies of a recent story re-edited on another site, 5 % column list pages. Output is
 * deterministic: the same seed and count give the same bytes, whatever the thread count, because
 * each file has its own random stream and files are the unit of parallel work. Nothing is held
 * in memory beyond the page being written and a short window of recent stories.
 */
public final class CorpusGenerator {
  /** Bumped whenever the output for a given seed changes, so cached corpora are regenerated. */
  public static final String VERSION = "1";
  public static final int DEFAULT_PER_FILE = 5000;
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
  /** The crawl is dated before this instant (pages are fetched 0–20 days after publication). */
  private static final Instant CRAWL_END = Instant.parse("2026-11-20T00:00:00Z");
  private static final String FILE_PREFIX = "aidnews-bench-";
  public static final String SPEC_FILE = "corpus.properties";

  private final long seed;
  private final int perFile;
  private final Gazetteer places = Gazetteer.load();
  private final Vocabulary words = Vocabulary.load();
  private final StoryComposer composer = new StoryComposer(places, words);
  private final PageRenderer renderer = new PageRenderer(words);
  private final Site[] siteByWeight;

  public CorpusGenerator(long seed, int perFile) {
    if (perFile <= 0) {
      throw new IllegalArgumentException("--per-file must be positive: " + perFile);
    }
    this.seed = seed;
    this.perFile = perFile;
    siteByWeight = new Site[Site.TOTAL_WEIGHT];
    int k = 0;
    for (Site s : Site.ALL) {
      for (int i = 0; i < s.weight(); i++) {
        siteByWeight[k++] = s;
      }
    }
  }

  /** What a run produced. */
  public record Summary(long pages, long bytes, int files, double seconds) {}

  public static void main(String[] args) throws Exception {
    String usage = "usage: CorpusGenerator --articles N --out DIR [--seed S] [--threads T] [--per-file F]";
    Map<String, String> opts;
    long n;
    long seed;
    int threads;
    int perFile;
    try {
      opts = Cli.parse(args, Map.of("--articles", true, "--out", true, "--seed", true, "--threads", true, "--per-file", true));
      if (opts.containsKey("--help")) {
        System.out.println(usage);
        return;
      }
      if (!opts.containsKey("--articles") || !opts.containsKey("--out")) {
        throw new IllegalArgumentException("--articles and --out are required");
      }
      n = Cli.positiveLong(opts, "--articles", 0);
      seed = Cli.longValue(opts, "--seed", 42);
      threads = (int) Cli.positiveLong(opts, "--threads", Math.min(2, Runtime.getRuntime().availableProcessors()));
      perFile = (int) Cli.positiveLong(opts, "--per-file", DEFAULT_PER_FILE);
    } catch (IllegalArgumentException e) {
      System.err.println("CorpusGenerator: " + e.getMessage());
      System.err.println(usage);
      System.exit(2);
      return;
    }
    Summary s = new CorpusGenerator(seed, perFile).generate(n, Path.of(opts.get("--out")), threads,
        line -> System.err.println(line));
    System.out.printf(Locale.ROOT, "wrote %d pages in %d files, %.1f MB, in %.1f s (%.0f pages/s)%n", s.pages(), s.files(),
        s.bytes() / 1e6, s.seconds(), s.pages() / Math.max(s.seconds(), 1e-3));
  }

  /**
   * Writes {@code n} pages under {@code out}. Earlier files of this generator in {@code out} are
   * replaced; other WARC files there are refused (the indexer would read them too).
   */
  public Summary generate(long n, Path out, int threads, java.util.function.Consumer<String> log)
      throws IOException, InterruptedException {
    Files.createDirectories(out);
    try (Stream<Path> old = Files.list(out)) {
      for (Path p : old.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(FILE_PREFIX) || name.equals(SPEC_FILE)) {
          Files.delete(p);
        } else if (name.endsWith(".warc.gz") || name.endsWith(".warc")) {
          throw new IOException(out + " holds other WARC files (" + name + "); use an empty directory for the corpus");
        }
      }
    }
    long start = System.nanoTime();
    int files = (int) ((n + perFile - 1) / perFile);
    AtomicLong pages = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int f = 0; f < files; f++) {
        int fileIndex = f;
        int count = (int) Math.min(perFile, n - (long) f * perFile);
        futures.add(pool.submit(() -> {
          Path file = out.resolve(fileName(fileIndex));
          long written = writeFile(fileIndex, count, file);
          bytes.addAndGet(written);
          long done = pages.addAndGet(count);
          log.accept(String.format(Locale.ROOT, "corpus: %s (%d pages, %.1f MB), %d/%d pages", file.getFileName(), count,
              written / 1e6, done, n));
          return null;
        }));
      }
      for (Future<?> fu : futures) {
        try {
          fu.get();
        } catch (ExecutionException e) {
          throw new IOException("corpus generation failed: " + e.getCause(), e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Properties spec = new Properties();
    spec.setProperty("articles", Long.toString(n));
    spec.setProperty("seed", Long.toString(seed));
    spec.setProperty("perFile", Integer.toString(perFile));
    spec.setProperty("version", VERSION);
    spec.setProperty("bytes", Long.toString(bytes.get()));
    try (var w = Files.newBufferedWriter(out.resolve(SPEC_FILE), StandardCharsets.UTF_8)) {
      // Properties.store writes a date comment; write the keys ourselves so the file is deterministic too.
      for (String k : new java.util.TreeSet<>(spec.stringPropertyNames())) {
        w.write(k + "=" + spec.getProperty(k) + "\n");
      }
    }
    return new Summary(n, bytes.get(), files, (System.nanoTime() - start) / 1e9);
  }

  /** Whether {@code out} already holds exactly the corpus this generator would write for {@code n}. */
  public boolean isGenerated(long n, Path out) throws IOException {
    Path spec = out.resolve(SPEC_FILE);
    if (!Files.isRegularFile(spec)) {
      return false;
    }
    Properties p = new Properties();
    try (var r = Files.newBufferedReader(spec, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    if (!(Long.toString(n).equals(p.getProperty("articles")) && Long.toString(seed).equals(p.getProperty("seed"))
        && Integer.toString(perFile).equals(p.getProperty("perFile")) && VERSION.equals(p.getProperty("version")))) {
      return false;
    }
    int files = (int) ((n + perFile - 1) / perFile);
    for (int f = 0; f < files; f++) {
      if (!Files.isRegularFile(out.resolve(fileName(f)))) {
        return false;
      }
    }
    return true;
  }

  private String fileName(int index) {
    return String.format(Locale.ROOT, "%ss%d-%05d.warc.gz", FILE_PREFIX, seed, index);
  }

  /** A story as it was published on one site, kept briefly for syndicated copies and list pages. */
  private record Published(Story story, Site site, String url) {}

  private long writeFile(int fileIndex, int count, Path file) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + fileIndex * 0xBF58476D1CE4E5B9L + 1);
    TraditionalScript toTraditional = new TraditionalScript(); // one per file, hence per thread

    Deque<Published> recent = new ArrayDeque<>();
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING); WarcWriter writer = new WarcWriter(ch, WarcCompression.GZIP)) {
      writer.write(new Warcinfo.Builder()
          .recordId(uuid(r))
          .date(CRAWL_END)
          .filename(file.getFileName().toString())
          .fields(orderedFields(
              "software", List.of("aidnews-bench CorpusGenerator " + VERSION),
              "format", List.of("WARC File Format 1.1"),
              "description", List.of("SYNTHETIC corpus for benchmarks, not a crawl; seed " + seed + ", file " + fileIndex)))
          .build());
      for (int i = 0; i < count; i++) {
        long serial = (long) fileIndex * perFile + i;
        double x = r.nextDouble();
        if (x < 0.05 && recent.size() >= 8) {
          writeList(writer, serial, recent, r, toTraditional);
        } else if (x < 0.15 && !recent.isEmpty()) {
          writeCopy(writer, serial, recent, r, toTraditional);
        } else {
          Story story = composer.compose(serial, r);
          Site site = siteByWeight[r.nextInt(siteByWeight.length)];
          String url = articleUrl(site, story.published(), serial, r);
          LocalDateTime at = story.published().atStartOfDay().plusMinutes(story.minuteOfDay()).plusSeconds(r.nextInt(60));
          writePage(writer, site, url, article(site, story, url, at, site.outlet(), recent, r), at, r, toTraditional);
          remember(recent, new Published(story, site, url));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + tmp, e);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + tmp + " to " + file, e);
    }
  }

  private String article(Site site, Story story, String url, LocalDateTime at, String credit, Deque<Published> recent,
      SplittableRandom r) {
    List<String> related = new ArrayList<>(5);
    for (Published p : recent) {
      if (related.size() == 5) {
        break;
      }
      related.add(p.story().title());
    }
    return renderer.article(new PageRenderer.ArticlePage(site, story, url, at, credit, related), r);
  }

  /** A syndicated copy: a recent story on another site, lightly re-edited, crediting the original outlet. */
  private void writeCopy(WarcWriter writer, long serial, Deque<Published> recent, SplittableRandom r,
      TraditionalScript toTraditional) throws IOException {
    List<Published> window = new ArrayList<>(recent);
    Published original = window.get(r.nextInt(window.size()));
    Site site;
    do {
      site = siteByWeight[r.nextInt(siteByWeight.length)];
    } while (site == original.site());
    Story s = original.story();
    List<String> paragraphs = new ArrayList<>(s.paragraphs());
    if (paragraphs.size() > 3 && r.nextBoolean()) {
      paragraphs.remove(1 + r.nextInt(paragraphs.size() - 2)); // editors cut a middle paragraph
    }
    String title = switch (r.nextInt(3)) {
      case 0 -> s.title();
      case 1 -> "【" + (s.recipientProvince() != null && s.recipientProvince().startsWith("西藏") ? "援藏" : "援疆") + "】"
          + s.title();
      default -> s.title().replace("，", " ");
    };
    LocalDate published = s.published().plusDays(r.nextInt(3));
    Story copy = new Story(s.serial(), s.kind(), title, paragraphs, published, s.minuteOfDay() + r.nextInt(120),
        s.helperProvince(), s.recipientProvince(), s.recipientPrefecture(), s.recipientCounty(), s.hospitals(),
        s.agreementType(), s.author(), s.editor());
    String url = articleUrl(site, published, serial, r);
    LocalDateTime at = published.atStartOfDay().plusMinutes(copy.minuteOfDay()).plusSeconds(r.nextInt(60));
    writePage(writer, site, url, article(site, copy, url, at, original.site().outlet(), recent, r), at, r, toTraditional);
  }

  private void writeList(WarcWriter writer, long serial, Deque<Published> recent, SplittableRandom r,
      TraditionalScript toTraditional) throws IOException {
    Site site = siteByWeight[r.nextInt(siteByWeight.length)];
    if (site.template() == Site.Template.WECHAT) {
      site = Site.ALL.get(0); // WeChat accounts have no column pages
    }
    List<String> titles = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (Published p : recent) {
      titles.add(p.story().title());
      urls.add(p.url());
      dates.add(p.story().published());
    }
    int pageNo = 1 + r.nextInt(30);
    String url = "https://" + site.host() + "/xwzx/" + site.id() + "/index_" + pageNo + "_" + serial + ".html";
    LocalDateTime at = dates.get(0).atTime(12, 0);
    writePage(writer, site, url, renderer.list(site, pageNo, titles, urls, dates), at, r, toTraditional);
  }

  private static void remember(Deque<Published> recent, Published p) {
    recent.addFirst(p);
    if (recent.size() > 40) {
      recent.removeLast();
    }
  }

  private String articleUrl(Site site, LocalDate d, long serial, SplittableRandom r) {
    return switch (site.template()) {
      case GOV_CMS -> String.format(Locale.ROOT, "https://%s/xwzx/gzdt/%04d%02d/t%04d%02d%02d_%d.html", site.host(),
          d.getYear(), d.getMonthValue(), d.getYear(), d.getMonthValue(), d.getDayOfMonth(), 100000 + serial);
      case HOSPITAL_COLUMN -> String.format(Locale.ROOT, "https://%s/info/%d/%d.htm", site.host(), 1000 + r.nextInt(90),
          10000 + serial);
      case NEWS_PORTAL -> String.format(Locale.ROOT, "https://%s/%04d/%02d-%02d/%d.shtml", site.host(), d.getYear(),
          d.getMonthValue(), d.getDayOfMonth(), 9000000 + serial);
      case WECHAT -> {
        byte[] b = new byte[16];
        for (int i = 0; i < b.length; i++) {
          b[i] = (byte) r.nextInt(256);
        }
        yield "https://" + site.host() + "/s/" + Base64.getUrlEncoder().withoutPadding().encodeToString(b) + "-" + serial;
      }
    };
  }

  /** Writes the request and response records of one page. */
  private void writePage(WarcWriter writer, Site site, String url, String html, LocalDateTime published,
      SplittableRandom r, TraditionalScript toTraditional) throws IOException {
    String text = site.traditional() ? toTraditional.convert(html) : html;
    // Unmappable characters become '?' as they do on real GBK and Big5 sites.
    byte[] body = text.getBytes(site.encoding());
    Instant fetched = published.atZone(SHANGHAI).toInstant().plusSeconds(r.nextLong(20L * 86400));
    if (fetched.isAfter(CRAWL_END)) {
      fetched = CRAWL_END.minusSeconds(r.nextInt(86400));
    }
    URI uri = URI.create(url);
    String contentType = "text/html" + (site.headerCharset() ? "; charset=" + site.charsetLabel() : "");
    HttpResponse.Builder http = new HttpResponse.Builder(200, "OK")
        .addHeader("Server", site.template() == Site.Template.WECHAT ? "nginx" : r.nextBoolean() ? "nginx/1.20.1" : "Apache")
        .addHeader("Date", HTTP_DATE.format(fetched))
        .addHeader("Content-Type", contentType);
    if (site.template() == Site.Template.GOV_CMS) {
      http.addHeader("Last-Modified", HTTP_DATE.format(published.atZone(SHANGHAI).toInstant()));
    }
    http.addHeader("Connection", "close").body(MediaType.parse(contentType), body);
    UUID responseId = uuid(r);
    WarcResponse response = new WarcResponse.Builder(uri)
        .recordId(responseId)
        .date(fetched)
        .body(http.build())
        .build();
    WarcRequest request = new WarcRequest.Builder(uri)
        .recordId(uuid(r))
        .date(fetched)
        .concurrentTo(URI.create("urn:uuid:" + responseId))
        .body(new HttpRequest.Builder("GET", uri.getRawPath())
            .addHeader("Host", uri.getHost())
            .addHeader("User-Agent", "aidnews-crawler/0.1 (+https://aidnews.example/bot)")
            .addHeader("Accept", "text/html,application/xhtml+xml")
            .addHeader("Accept-Encoding", "identity")
            .build())
        .build();
    writer.write(request);
    writer.write(response);
  }

  /** Warcinfo fields in a fixed order ({@code Map.of} iterates in a per-JVM random order, which broke byte equality). */
  private static Map<String, List<String>> orderedFields(String k1, List<String> v1, String k2, List<String> v2, String k3,
      List<String> v3) {
    Map<String, List<String>> m = new java.util.LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    m.put(k3, v3);
    return m;
  }

  private static UUID uuid(SplittableRandom r) {
    long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo);
  }
}
