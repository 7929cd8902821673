package org.aidnews.reliability;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.index.IndexLocation;
import org.aidnews.reliability.corpus.AidArticles;
import org.aidnews.reliability.corpus.WarcCorpus;
import org.aidnews.reliability.durability.CrashSimulation;
import org.aidnews.reliability.durability.DiskFullTrial;
import org.aidnews.reliability.durability.IncrementalKillTrials;
import org.aidnews.reliability.durability.KillNineTrials;
import org.aidnews.reliability.durability.TruncatedWarcTrial;
import org.aidnews.reliability.input.ConfigChecks;
import org.aidnews.reliability.input.HostileIndexBuild;
import org.aidnews.reliability.input.HostilePages;
import org.aidnews.reliability.input.HostileSweep;
import org.aidnews.reliability.load.LoadHarness;
import org.aidnews.reliability.web.Http;
import org.aidnews.reliability.web.HttpFuzzer;
import org.aidnews.reliability.web.MalformedRequests;
import org.aidnews.reliability.web.Portal;
import org.aidnews.reliability.web.PortalFixture;
import org.aidnews.reliability.web.SecurityChecks;
import org.aidnews.reliability.web.XssSweep;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the whole battery and writes {@code docs/reliability.md} (what was tried, what held, with
 * figures, sizes, command, date and machine) and {@code docs/reliability.json}; in long mode
 * {@code docs/reliability-long.{md,json}}. Usage:
 * <pre>
 *   java -cp reliability/target/classes:$(cat reliability/target/classpath.txt) \
 *       org.aidnews.reliability.ReliabilityBattery [--long] [--docs DIR] [--work DIR] [--articles N]
 *       [--kills N] [--kill-pages N] [--update-kills N] [--crashes N] [--fuzz N] [--load-seconds N]
 * </pre>
 * Normal mode: the settings of the module's tests (20 full-rebuild and 20 incremental kills, 20
 * crashes, 10,000 articles under load for 15 s, 20,000 fuzzed requests). Long mode: the issue's
 * figures (60 + 40 kills over larger corpora, 100 crashes, 100,000 articles under 60 s of load while
 * the portal rebuilds, 100,000 fuzzed requests); each size can be lowered on the command line when
 * the machine cannot run them in the time at hand. Exit code 0 when everything held, 1 otherwise,
 * 2 for bad usage.
 */
public final class ReliabilityBattery {
  private final boolean longMode;
  private final Path work;
  private final int articles;
  private final long seed = System.nanoTime();
  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Object> figures = new LinkedHashMap<>();
  private final StringBuilder details = new StringBuilder();

  /** One line of the summary table. */
  private record Row(String area, String tried, boolean held, String figures) {}

  /**
   * The sizes of one run. Long mode defaults to the figures; every one can be set on the
   * command line, because the long run at 100,000 articles does not fit a shared 2-core machine in
   * 40 minutes (the report names the sizes it ran at).
   */
  record Sizes(int articles, int kills, int killPages, int updateKills, int crashes, int fuzz, int loadSeconds) {
    static Sizes of(boolean longMode) {
      return longMode ? new Sizes(100_000, 60, 1500, 40, 100, 100_000, 60)
          : new Sizes(10_000, 20, 250, 20, 20, 20_000, 15);
    }
  }

  private final Sizes sizes;

  private ReliabilityBattery(boolean longMode, Path work, Sizes sizes) {
    this.longMode = longMode;
    this.work = work;
    this.articles = sizes.articles();
    this.sizes = sizes;
  }

  public static void main(String[] args) throws Exception {
    boolean longMode = List.of(args).contains("--long");
    Path docs = null;
    Path work = null;
    Sizes d = Sizes.of(longMode);
    Map<String, Integer> set = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--long" -> { }
        case "--docs" -> docs = Path.of(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--articles", "--kills", "--kill-pages", "--update-kills", "--crashes", "--fuzz", "--load-seconds" -> {
          String key = args[i];
          try {
            set.put(key, Integer.parseInt(args[++i]));
          } catch (RuntimeException e) {
            System.err.println("ReliabilityBattery: " + key + " takes a whole number");
            System.exit(2);
          }
        }
        default -> {
          System.err.println("usage: ReliabilityBattery [--long] [--docs DIR] [--work DIR] [--articles N] [--kills N]"
              + " [--kill-pages N] [--update-kills N] [--crashes N] [--fuzz N] [--load-seconds N]");
          System.exit(2);
        }
      }
    }
    Sizes sizes = new Sizes(set.getOrDefault("--articles", d.articles()), set.getOrDefault("--kills", d.kills()),
        set.getOrDefault("--kill-pages", d.killPages()), set.getOrDefault("--update-kills", d.updateKills()),
        set.getOrDefault("--crashes", d.crashes()), set.getOrDefault("--fuzz", d.fuzz()),
        set.getOrDefault("--load-seconds", d.loadSeconds()));
    if (docs == null) {
      docs = ConfigChecks.repoConfig().getParent().resolve("docs");
    }
    if (work == null) {
      work = Files.createTempDirectory("aidnews-reliability");
    }
    ReliabilityBattery b = new ReliabilityBattery(longMode, work, sizes);
    long t0 = System.nanoTime();
    b.runAll();
    double minutes = (System.nanoTime() - t0) / 60e9;
    String name = longMode ? "reliability-long" : "reliability";
    b.write(docs, name, String.join(" ", args), minutes);
    boolean held = b.rows.stream().allMatch(Row::held);
    System.out.println((held ? "Everything held" : "Something did NOT hold") + "; report in " + docs.resolve(name + ".md"));
    System.exit(held ? 0 : 1);
  }

  private void runAll() throws Exception {
    step("kill -9", this::kills);
    step("OS crash", this::crashes);
    step("disk full", this::diskFull);
    step("truncated WARC", this::truncatedWarc);
    step("pruning", this::pruning);
    step("configuration", this::config);
    step("portal", this::portal);
    step("load", this::load);
    step("rate limit", this::rateLimit);
    // Last: a hostile page that makes the pipeline spin leaves a thread no one can stop, which
    // would eat the CPU of every step after it (the load figures above all).
    step("hostile pages", this::hostile);
  }

  private interface Step {
    void run() throws Exception;
  }

  private void step(String name, Step s) {
    System.out.println("== " + name);
    long t0 = System.nanoTime();
    try {
      s.run();
    } catch (Exception | Error e) {
      rows.add(new Row(name, "the step itself failed", false, e.toString().replace("|", "\\|")));
      e.printStackTrace();
    }
    System.out.printf(Locale.ROOT, "   %.0f s%n", (System.nanoTime() - t0) / 1e9);
  }

  private void kills() throws Exception {
    int pages = sizes.killPages();
    int kills = sizes.kills();
    int grow = 5;
    Path dir = work.resolve("kill");
    WarcCorpus.writeSplit(dir.resolve("warc"), "corpus", AidArticles.articles(seed, pages), 2);
    KillNineTrials.Result r = new KillNineTrials(dir.resolve("warc"), dir.resolve("index"), dir.resolve("logs"))
        .run(kills, seed, kills * 60.0, pages, grow);
    rows.add(new Row("Durability", String.format(Locale.ROOT, "kill -9 of `IndexerCli index` (child JVM) at random "
        + "points of a full rebuild of %d pages growing by %d per trial, so old and new differ (reference run %.1f s; "
        + "half the kill points in the last quarter)", pages, grow, r.referenceSeconds()),
        r.failures().isEmpty() && r.kills() >= kills && r.killsSurvived() == r.kills() && r.committedLost() == 0,
        String.format(Locale.ROOT, "%d kills, %d survived (served index opens, CheckIndex clean, article count = "
            + "commit data, exactly the old articles under the old commit or exactly every article under a new one, "
            + "canary query answers); %d kills landed after a new generation was published; %d runs printed "
            + "\"Index published\", %d of their articles missing; %d runs finished before their kill point; %d "
            + "articles at the end; %d leftover generation directories", r.kills(), r.killsSurvived(),
            r.newGenerationsAfterKill(), r.reportedPublished(), r.committedLost(), r.completedRuns(),
            r.expectedArticles(), r.leftoverGenerations())));
    r.failures().forEach(f -> details.append("- kill -9: ").append(f.replace("|", "\\|")).append('\n'));

    int updateKills = sizes.updateKills();
    int base = Math.max(100, pages * 4 / 5);
    Path inc = work.resolve("kill-incremental");
    IncrementalKillTrials.Result u = new IncrementalKillTrials(inc.resolve("warc"), inc.resolve("index"),
        inc.resolve("logs")).run(updateKills, seed, updateKills * 60.0, base, 10);
    rows.add(new Row("Durability", String.format(Locale.ROOT, "kill -9 of `IndexerCli index --incremental` (child JVM, "
        + "writes into the served generation) at random points; a full build of %d pages first, then a new WARC file "
        + "of 10 articles (one time in three with a re-fetched old one) before each trial (reference update %.1f s)",
        base, u.referenceSeconds()),
        u.failures().isEmpty() && u.kills() >= updateKills && u.killsSurvived() == u.kills() && u.committedLost() == 0,
        String.format(Locale.ROOT, "%d kills, %d survived (index opens, CheckIndex clean, article count = commit "
            + "data, exactly the previous commit's articles or every article so far, never some of the new ones; "
            + "canary answers); %d kills landed after the update's commit; %d runs printed \"Updated\", %d of their "
            + "articles missing; %d runs finished before their kill point; %d articles at the end", u.kills(),
            u.killsSurvived(), u.commitsBeforeKill(), u.reportedUpdated(), u.committedLost(), u.completedRuns(),
            u.finalArticles())));
    u.failures().forEach(f -> details.append("- kill -9 (incremental): ").append(f.replace("|", "\\|")).append('\n'));
    figures.put("kills", r.kills() + u.kills());
    figures.put("killsSurvived", r.killsSurvived() + u.killsSurvived());
    figures.put("killsFullRebuild", r.kills());
    figures.put("killsIncremental", u.kills());
    figures.put("committedLostInKills", r.committedLost() + u.committedLost());
  }

  private void crashes() throws Exception {
    CrashSimulation sim = new CrashSimulation(longMode ? 400 : 120);
    CrashSimulation.Result c = sim.crashes(sizes.crashes(), seed);
    CrashSimulation.Result f = sim.faults(Math.max(10, sizes.crashes() * 2 / 5), seed);
    figures.put("committedLost", c.committedLost() + f.committedLost()
        + ((Number) figures.getOrDefault("committedLostInKills", 0)).longValue());
    rows.add(new Row("Durability", "Simulated OS crash: `MockDirectoryWrapper.crash()` (unsynced files corrupted) after "
        + "adds, after flushes, between `prepareCommit` and `commit`, during merges; our documents and writer settings",
        c.failures().isEmpty() && c.committedLost() == 0 && c.uncommittedVisible() == 0,
        String.format(Locale.ROOT, "%d crashes; %d committed documents checked, %d lost, %d uncommitted visible; "
            + "CheckIndex clean after each", c.trials(), c.committedDocs(), c.committedLost(), c.uncommittedVisible())));
    rows.add(new Row("Durability", "Disk full (`setMaxSizeInBytes`) and random I/O errors (`setRandomIOExceptionRate`"
        + " 1–6 %) while adding to a committed index",
        // A low random I/O error rate can fail to strike before the last commit (the seed is random
        // per run): such a trial ends with every document committed, which check() verifies, so it
        // is counted apart rather than as a fault that went unreported. A fault that struck silently
        // and lost data would show as lost documents or a failure.
        f.failures().isEmpty() && f.committedLost() == 0 && f.faultsReported() > 0,
        String.format(Locale.ROOT, "%d trials: in %d the fault struck and surfaced as an exception, in %d it never "
            + "struck before the last commit (all documents committed and present); %d committed documents lost",
            f.trials(), f.faultsReported(), f.faultsInjected() - f.faultsReported(), f.committedLost())));
    c.failures().forEach(x -> details.append("- crash: ").append(x).append('\n'));
    f.failures().forEach(x -> details.append("- fault: ").append(x).append('\n'));
  }

  private void diskFull() throws Exception {
    Path dir = work.resolve("diskfull");
    WarcCorpus.writeSplit(dir.resolve("warc"), "corpus", AidArticles.articles(seed, 150), 1);
    DiskFullTrial.run(dir.resolve("warc"), dir.resolve("index"), 1_000_000, dir.resolve("first.log"));
    DiskFullTrial.Result r = DiskFullTrial.run(dir.resolve("warc"), dir.resolve("index"), 64, dir.resolve("full.log"));
    rows.add(new Row("Durability", "The real `IndexerCli index` over a published index with files limited to 64 KiB "
        + "(`ulimit -f`: writes fail with \"File too large\", as on a full disk)", r.held(),
        String.format(Locale.ROOT, "exit %d; message: %s; served commit unchanged: %s, clean: %s; generations left: %d",
            r.exitCode(), r.message() == null ? "none" : "`" + r.message().replace("|", "\\|") + "`",
            r.servedUnchanged(), r.servedClean(), r.generationsLeft())));
  }

  private void truncatedWarc() throws Exception {
    TruncatedWarcTrial.Result r = TruncatedWarcTrial.run(work.resolve("truncated"), seed, 20, 30, 0.6);
    rows.add(new Row("Durability", "A WARC file of 30 articles cut at 60 % of its bytes (mid-record) beside a whole one "
        + "of 20, through the real `IndexerCli index`", r.held(), String.format(Locale.ROOT, "exit %d; %d of 30 "
        + "records whole before the cut; served %d articles, expected exactly %d (the whole file and the whole "
        + "records): %s; warning: %s", r.exitCode(), r.wholeRecords(), r.served().size(), r.expected().size(),
        r.served().equals(r.expected()) ? "same set" : "DIFFERENT set",
        r.warnings().isEmpty() ? "none" : "`" + abbreviate(r.warnings().get(0)) + "`")));
  }

  private void pruning() throws Exception {
    Path root = work.resolve("prune");
    IndexLocation location = new IndexLocation(root);
    Path served = location.newGeneration();
    location.publish(served);
    Thread.sleep(5);
    Path killed = location.newGeneration();
    Thread.sleep(5);
    location.publish(location.newGeneration());
    boolean held = Files.exists(served) && !Files.exists(killed);
    rows.add(new Row("Durability", "Publishing after a killed rebuild: is the previously served generation kept (the "
        + "portal may still read it) and the killed rebuild's partial one removed?", held,
        "previously served kept: " + Files.exists(served) + "; partial generation removed: " + !Files.exists(killed)
            + (held ? "" : " — see the bug list")));
  }

  private void hostile() throws Exception {
    var pages = HostilePages.all(1.0);
    HostileSweep.Result r = HostileSweep.run(pages, Pipeline.standard(), 60);
    figures.put("hostilePages", r.fates().size());
    figures.put("hostilePagesCrashed", r.crashed());
    rows.add(new Row("Bad input", "Hostile pages through `Pipeline.process` on a 1 MiB-stack thread, 60 s each "
        + "(list below)", r.crashed() == 0, r.fates().size() + " pages, " + r.crashed() + " without an outcome"));
    details.append("\n### Hostile pages\n\n| page | outcome | time |\n|---|---|---|\n").append(HostileSweep.table(r));
    HostileIndexBuild.Result b = HostileIndexBuild.run(HostilePages.all(0.3), 50, work.resolve("hostile-build"), 180);
    boolean held = b.error() == null && b.published() && b.served().wholeAndClean() && b.pagesSeen() == b.records()
        && b.indexed() >= b.ordinaryArticles();
    rows.add(new Row("Bad input", "The same pages (large ones at 30 %) in a WARC among 50 ordinary articles, indexed "
        + "by the real `IndexBuilder`", held, b.error() != null ? "rebuild failed: " + b.error().replace("|", "\\|")
        : String.format(Locale.ROOT, "%d records, %d seen, %d indexed, published and clean: %s, %d warnings",
            b.records(), b.pagesSeen(), b.indexed(), b.served().wholeAndClean(), b.warnings().size())));
    var longUrl = HostilePages.all(0.1).stream().filter(h -> h.page().url().length() > 60_000).toList();
    HostileIndexBuild.Result u = HostileIndexBuild.run(longUrl, 20, work.resolve("hostile-url"), 90);
    rows.add(new Row("Bad input", "One WARC record with a 64 KiB URL among 20 ordinary articles, indexed by the real "
        + "`IndexBuilder`", u.error() == null && u.published() && u.indexed() >= u.ordinaryArticles(),
        u.error() != null ? "rebuild failed, nothing published: " + abbreviate(u.error())
            : u.indexed() + " indexed, published"));
  }

  private void config() throws Exception {
    List<String> sites = ConfigChecks.crawlerSites(work.resolve("config"));
    rows.add(new Row("Bad input", ConfigChecks.BAD_SITES.size() + " malformed sites YAML files through `CrawlerCli crawl"
        + " --sites BAD --out DIR --dry-run` (in-process)", sites.isEmpty(),
        sites.isEmpty() ? "all exit 2 naming file and key" : String.join("; ", sites).replace("|", "\\|")));
    List<String> syn = ConfigChecks.portalSynonyms(ConfigChecks.repoConfig().resolve("synonyms.tsv"),
        work.resolve("config"), work.resolve("config/no-index"));
    rows.add(new Row("Bad input", "The portal started with a copy of `config/synonyms.tsv` broken at its last line",
        syn.isEmpty(), syn.isEmpty() ? "start-up refused, file and line named" : String.join("; ", syn)));
  }

  private void portal() throws Exception {
    XssSweep xss = new XssSweep();
    // A small index here: a blank query (the home page) costs about a second per request over 10,000
    // articles, which would make the fuzz a load test. Load over the large index follows.
    PortalFixture fixture = new PortalFixture(work.resolve("portal")).build(300, xss);
    try (Portal portal = Portal.start(fixture.properties(0), work.resolve("portal/portal.log"), 300)) {
      Http http = new Http(portal.base(), portal.port());
      List<String> headers = SecurityChecks.headers(http, SecurityChecks.ROUTES);
      rows.add(new Row("Web security", "Security headers (CSP with object-src/base-uri/frame-ancestors 'none', nosniff,"
          + " Referrer-Policy, X-Frame-Options) and charset on " + (SecurityChecks.ROUTES.size() + 2) + " routes: pages,"
          + " API, feeds, CSV, static, 400, 404, 405, 401, actuator", headers.isEmpty(), summary(headers)));
      List<String> cors = SecurityChecks.cors(http);
      rows.add(new Row("Web security", "CORS with `Origin: https://evil.example`: API and feeds, pages, admin "
          + "(request and preflight)", cors.isEmpty(), cors.isEmpty() ? "`*` without credentials on API/feeds; no ACAO on "
          + "pages, admin and actuator" : summary(cors)));
      List<String> admin = SecurityChecks.adminWithToken(http, PortalFixture.ADMIN_TOKEN);
      rows.add(new Row("Web security", "`/admin/reindex` with a token configured: no token, wrong token, empty token, "
          + "GET; with the token (in the load run)", admin.isEmpty(), admin.isEmpty() ? "401, 401, 401, 405; 202" : summary(admin)));
      List<String> actuator = SecurityChecks.actuator(http);
      int metrics = SecurityChecks.metricsStatus(http);
      rows.add(new Row("Web security", "Actuator: health and metrics may answer (the lead's decision), "
          + SecurityChecks.NOT_EXPOSED.size() + " other endpoints and POSTs to shutdown and loggers must not",
          actuator.isEmpty(), actuator.isEmpty() ? "health UP without details; metrics " + metrics + "; env, beans, "
          + "heapdump, loggers, threaddump, … 404" : summary(actuator)));
      MalformedRequests.Result bad = MalformedRequests.run(http, portal);
      figures.put("malformedRequests", bad.probes());
      rows.add(new Row("Web security", bad.probes() + " malformed requests over a raw socket: invalid percent-escapes "
          + "in query and path, `%2F`, `%00` and `%5C` in the path, bad UTF-8, 20,000-byte request line and header, "
          + "control bytes in header names and values, a space in the target — each must be a 400 "
          + "`application/problem+json` with the security headers, and leave no ERROR or stack trace in the log",
          bad.problems().isEmpty(), bad.problems().isEmpty() ? String.format(Locale.ROOT,
          "all 400 problem+json with headers; ERROR lines %d, stack-trace lines %d", bad.errorLines(), bad.stackLines())
          : summary(bad.problems())));
      XssSweep.Result x = xss.run(http);
      figures.put("xssPayloads", x.payloads());
      figures.put("xssUnescaped", x.unescaped());
      rows.add(new Row("Web security", x.payloads() + " XSS payloads in crawled titles and bodies (raw and "
          + "entity-encoded) and in query strings, filters and paths; read back from article page, saved copy, search "
          + "page, JSON API, RSS, Atom, JSON Feed", x.problems().isEmpty(), String.format(Locale.ROOT,
          "%d checks, %d payload fragments became markup or were lost", x.checks(), x.unescaped())));
      x.problems().forEach(p -> details.append("- XSS: ").append(p.replace("|", "\\|")).append('\n'));
      if (!x.notes().isEmpty()) {
        details.append("- XSS note (").append(x.notes().size()).append(" answers, not counted): ")
            .append(x.notes().get(0).replace("|", "\\|")).append(" …\n");
      }
      long errorsBefore = errorLines(portal);
      HttpFuzzer.Result f = HttpFuzzer.run(http, sizes.fuzz(), 4, seed, Math.max(900, sizes.fuzz() / 20.0));
      List<String> fatal = portal.fatalLogLines();
      long loggedErrors = errorLines(portal) - errorsBefore;
      figures.put("fuzzLoggedErrors", loggedErrors);
      figures.put("fuzzInputs", f.requests());
      figures.put("fuzz5xx", f.serverErrors() + f.noAnswer());
      rows.add(new Row("Bad input", "HTTP fuzz: generated requests to every page and API route (query syntax abuse, "
          + "nesting to 2,500, 1,000 ORs, numbers and dates out of range, repeated and long facet values, invalid "
          + "percent-encoding and raw bytes in query, path and headers over a socket, `%2F`/`%00` in paths, request "
          + "lines and headers over the limit), 4 clients; no ERROR may be logged for the callers' mistakes",
          f.serverErrors() == 0 && f.noAnswer() == 0 && fatal.isEmpty() && loggedErrors == 0,
          String.format(Locale.ROOT, "%d requests in %.0f s; 5xx: %d; no answer: %d; by status %s;"
          + " StackOverflowError/OutOfMemoryError in the log: %d; ERROR lines in the log: %d", f.requests(),
          f.seconds(), f.serverErrors(), f.noAnswer(), f.byStatus(), fatal.size(), loggedErrors)));
      f.examples().forEach(e -> details.append("- fuzz: ").append(e.replace("|", "\\|")).append('\n'));
      if (loggedErrors > 0) {
        portal.log().lines().filter(line -> line.contains(" ERROR ")).limit(3).forEach(line ->
            details.append("- fuzz, logged: ").append(abbreviate(line)).append('\n'));
      }
    }
  }

  private void load() throws Exception {
    PortalFixture fixture = new PortalFixture(work.resolve("load")).build(articles, null);
    figures.put("loadArticles", fixture.indexed());
    // Normal mode: the rebuild is built beforehand and published 5 s into the run, so a 15 s window
    // holds the swap. Long mode: POST /admin/reindex rebuilds inside the portal while the load runs.
    Runnable publish = longMode ? null : fixture.prepareRebuild();
    try (Portal portal = Portal.start(fixture.properties(0), work.resolve("load/portal.log"), 300)) {
      Http http = new Http(portal.base(), portal.port());
      warmUp(http, fixture);
      String before = fixture.currentGeneration();
      int accepted = 0;
      Thread publisher = null;
      if (longMode) {
        accepted = http.send("POST", "/admin/reindex", "X-Admin-Token", PortalFixture.ADMIN_TOKEN).status();
      } else {
        publisher = Thread.ofPlatform().start(() -> {
          try {
            Thread.sleep(5_000);
            publish.run();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      }
      LoadHarness.Result l = LoadHarness.run(portal.base(), fixture.articleIds(), AidArticles.CANARY, 8,
          sizes.loadSeconds(), longMode ? 1800 : 120, 5, 5_000_000,
          () -> !fixture.currentGeneration().equals(before), seed);
      if (publisher != null) {
        publisher.join();
      }
      List<String> fatal = portal.fatalLogLines();
      figures.put("loadRequests", l.requests());
      figures.put("loadErrors", l.errors());
      figures.put("loadP50Ms", round(l.p50Ms()));
      figures.put("loadP99Ms", round(l.p99Ms()));
      figures.put("canaryZeroHits", l.canaryZeroHits());
      String how = longMode ? "`POST /admin/reindex` (answered " + accepted + ") rebuilds inside the portal and "
          + "publishes a new generation" : "a full rebuild of the same WARC files (built beforehand) is published 5 s in";
      rows.add(new Row("Load", String.format(Locale.ROOT, "8 concurrent clients (JDK HttpClient; searches, filters, "
          + "pages, feeds, articles) over %d articles for at least %d s while %s and the portal swaps to it; canary "
          + "query every 100 ms", fixture.indexed(), sizes.loadSeconds(), how),
          (!longMode || accepted == 202) && l.errors() == 0 && l.canaryZeroHits() == 0 && l.publishedDuringRun()
              && fatal.isEmpty(),
          String.format(Locale.ROOT, "%d requests in %.1f s, %d errors; p50 %.1f ms, p99 %.1f ms, max %.0f ms; rebuild "
              + "published at %.1f s; canary checked %d times, zero hits %d times", l.requests(), l.seconds(),
              l.errors(), l.p50Ms(), l.p99Ms(), l.maxMs(), l.publishedAtSecond(), l.canaryChecks(),
              l.canaryZeroHits())));
      l.errorExamples().forEach(e -> details.append("- load: ").append(e).append('\n'));
    }
  }

  private void rateLimit() throws Exception {
    try (Portal portal = Portal.start(Map.of("aidnews.index", work.resolve("rate/index").toString(),
        "aidnews.rate-limit.per-second", "5", "aidnews.rate-limit.burst", "10",
        "aidnews.synonyms", "/nonexistent/synonyms.tsv"), Files.createDirectories(work.resolve("rate"))
        .resolve("portal.log"), 180)) {
      SecurityChecks.RateLimit r = SecurityChecks.rateLimit(portal.port(), 100);
      rows.add(new Row("Web security", "Rate limit 5/s, burst 10: client A (127.0.0.2) sends 100 API requests back to "
          + "back while client B (127.0.0.3) sends one every 200 ms; A also loads HTML pages; a 429 must carry "
          + "`Retry-After` and the security headers", r.problems().isEmpty(),
          String.format(Locale.ROOT, "A: %d of %d answered 429, Retry-After valid: %s; B: %d requests, %d limited; "
              + "pages limited: %d", r.flood429(), r.floodRequests(), r.retryAfterValid(), r.calmRequests(),
              r.calm429(), r.pagesLimited())));
      List<String> admin = SecurityChecks.adminWithoutToken(new Http(portal.base(), portal.port()));
      rows.add(new Row("Web security", "`/admin/reindex` with no token configured (admin off)", admin.isEmpty(),
          admin.isEmpty() ? "404 with and without a guessed token" : summary(admin)));
    }
  }

  private static long errorLines(Portal portal) throws IOException {
    return portal.log().lines().filter(line -> line.contains(" ERROR ")).count();
  }

  /** A few requests of each kind first, so the figures are the served index's, not the JIT's. */
  private static void warmUp(Http http, PortalFixture fixture) throws Exception {
    for (int i = 0; i < 5; i++) {
      http.get("/api/search?q=%E5%8C%BB%E8%81%94%E4%BD%93");
      http.get("/search?q=%E5%8C%BB%E8%81%94%E4%BD%93");
      http.get("/feed/rss?q=%E5%8C%BB%E8%81%94%E4%BD%93");
      http.get("/articles/" + fixture.articleIds().get(i));
    }
  }

  private static String summary(List<String> problems) {
    if (problems.isEmpty()) {
      return "no problem";
    }
    String s = problems.size() + " problems: " + String.join("; ", problems.subList(0, Math.min(5, problems.size())));
    return s.replace("|", "\\|");
  }

  private static String abbreviate(String s) {
    String t = s.length() > 220 ? s.substring(0, 220) + "…" : s;
    return t.replace("|", "\\|");
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private void write(Path docs, String name, String args, double minutes) throws IOException {
    Files.createDirectories(docs);
    String date = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    figures.put("date", date);
    figures.put("mode", longMode ? "long" : "normal");
    figures.put("sizes", sizes);
    figures.put("held", rows.stream().allMatch(Row::held));
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key : List.of("kills", "killsSurvived", "committedLost", "hostilePages", "hostilePagesCrashed",
        "fuzzInputs", "fuzz5xx", "xssPayloads", "xssUnescaped", "loadRequests", "loadErrors", "loadP99Ms",
        "canaryZeroHits", "date")) {
      ordered.put(key, figures.getOrDefault(key, null));
    }
    figures.forEach(ordered::putIfAbsent);
    JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    Files.writeString(docs.resolve(name + ".json"), json.writeValueAsString(ordered) + "\n", StandardCharsets.UTF_8);

    StringBuilder md = new StringBuilder();
    md.append("# Reliability and security battery\n\n");
    md.append("Written by `org.aidnews.reliability.ReliabilityBattery` (issue 9); do not edit by hand, run it again.\n\n");
    md.append("- Command: `java -cp reliability/target/classes:$(cat reliability/target/classpath.txt) "
        + "org.aidnews.reliability.ReliabilityBattery").append(args.isBlank() ? "" : " " + args).append("`\n");
    md.append("- Mode: ").append(longMode ? "long" : "normal").append(String.format(Locale.ROOT, "; took %.1f min", minutes))
        .append("\n- Date: ").append(date).append("\n- Machine: ").append(machine()).append("\n");
    md.append("- Result: ").append(rows.stream().allMatch(Row::held) ? "**everything held**"
        : "**not everything held** (rows marked NO)").append("\n\n");
    md.append(String.format(Locale.ROOT, "- Sizes: %,d articles under load for %d s; %d full-rebuild kills over %d pages;"
        + " %d incremental-update kills; %d simulated OS crashes; %,d fuzzed requests%s\n\n", sizes.articles(),
        sizes.loadSeconds(), sizes.kills(), sizes.killPages(), sizes.updateKills(), sizes.crashes(), sizes.fuzz(),
        sizes.equals(Sizes.of(longMode)) ? "" : " (set on the command line; the " + (longMode ? "long" : "normal")
            + " defaults are " + Sizes.of(longMode) + ")"));
    md.append("The fast settings run with `./mvnw verify` (module `reliability`); figures are in `docs/" + name
        + ".json`. `./aidnews check-reliability` writes `docs/reliability.{md,json}`; with `--long` it writes "
        + "`docs/reliability-long.{md,json}` instead, so both stay side by side.\n\n");
    md.append("| area | what was tried | held | figures |\n|---|---|---|---|\n");
    for (Row r : rows) {
      md.append("| ").append(r.area()).append(" | ").append(r.tried()).append(" | ").append(r.held() ? "yes" : "**NO**")
          .append(" | ").append(r.figures()).append(" |\n");
    }
    md.append("\n## Details\n\n").append(details.length() == 0 ? "No failures to list.\n" : details);
    md.append("\n## Not covered here\n\n");
    md.append("- The crawler's kill -9 resume and hostile-site behaviour: tested in the crawler module itself.\n");
    md.append("- `IndexBuilder` opens its own `FSDirectory`, so `MockDirectoryWrapper` cannot be put under it: the OS-crash"
        + " and I/O-fault trials drive Lucene with the indexer's documents and writer settings; the real CLI is tested for"
        + " disk full with a file-size limit only.\n");
    md.append("- A real power cut (fsync of `CURRENT` itself) and lying disks; XSS execution in a real browser (the HTML"
        + " is checked structurally with jsoup); distinct client addresses beyond 127.0.0.x.\n");
    Files.writeString(docs.resolve(name + ".md"), md.toString(), StandardCharsets.UTF_8);
  }

  private static String machine() {
    String load = "";
    try {
      load = ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " at the end";
    } catch (IOException e) {
      // not Linux
    }
    long mem = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
    return String.format(Locale.ROOT, "%d cores, %.0f GiB RAM, %s %s, Java %s (%s)%s",
        Runtime.getRuntime().availableProcessors(), mem / 1073741824.0, System.getProperty("os.name"),
        System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.vendor"), load);
  }
}
