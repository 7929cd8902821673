package org.aidnews.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.search.Synonyms;
import org.aidnews.indexer.solr.SolrArticleSink;
import org.aidnews.indexer.solr.SolrIndexCommand;
import org.aidnews.indexer.solr.SolrSearchService;
import org.aidnews.indexer.solr.SolrSetupCommand;
import org.aidnews.indexer.solr.SolrTarget;

/**
 * The peer a user would otherwise pick: Apache Solr (the {@code solr} profile's solr-server module,
 * Solr 9 with its own Lucene 9, in a child JVM so its Lucene does not meet ours) with the schema the
 * project generates for it (the same smartcn and bigram analysis, the same facets). The same corpus
 * goes through the same pipeline into Solr ({@link SolrIndexCommand}, what {@code ./aidnews index
 * --solr} runs), and the same query mix is answered through {@link SolrSearchService} — the back end
 * the portal uses when {@code aidnews.solr.url} is set, so both engines build the same results page.
 *
 * <p>Solr runs as one node with one shard and one replica (a single machine: more nodes would only
 * share the same two cores), with the child JVM's heap capped at 2 GiB. The pipeline feeding Solr
 * runs in this JVM on the same cores, as it would in production.
 */
final class SolrPeer implements AutoCloseable {
  /** What the Solr run measured. */
  record Result(double docsPerSec, long pages, long indexed, double seconds, SearchBench.Run search1,
      SearchBench.Run search2, double startSeconds) {}

  private static final String COLLECTION = "aidnews";

  private final Path root;
  private final Path work;
  private final Consumer<String> log;
  private Process process;
  private BufferedWriter stdin;
  private String node;

  SolrPeer(Path root, Path work, Consumer<String> log) {
    this.root = root;
    this.work = work;
    this.log = log;
  }

  /** Whether solr-server was built (./mvnw -Psolr -pl solr-server -am package), so Solr can be started. */
  static boolean available(Path root) {
    return Files.isRegularFile(root.resolve("solr-server/target/classpath.txt"))
        && Files.isDirectory(root.resolve("solr-server/target/classes"));
  }

  /** Starts the one-node SolrCloud and creates the collection; returns the seconds it took. */
  double start() throws IOException, InterruptedException {
    IndexingBench.deleteTree(work);
    Files.createDirectories(work);
    String cp = root.resolve("solr-server/target/classes") + java.io.File.pathSeparator
        + Files.readString(root.resolve("solr-server/target/classpath.txt"), StandardCharsets.UTF_8).strip();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path solrLog = work.resolve("solr.log");
    log.accept("solr: starting a one-node SolrCloud (solr-server, own JVM, -Xmx2g); log " + solrLog);
    long t0 = System.nanoTime();
    process = new ProcessBuilder(java, "-Xmx2g", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "--enable-native-access=ALL-UNNAMED", "-cp", cp, "org.aidnews.solrserver.LocalSolrCloud", "--nodes", "1",
        "--dir", work.resolve("cloud").toString())
        .redirectError(solrLog.toFile()).start();
    stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (line.startsWith("@@ ")) {
            answers.add(line.substring(3));
          }
        }
      } catch (IOException e) {
        answers.add("ERROR " + e);
      }
      answers.add("EXIT");
    }, "bench-solr-stdout");
    reader.setDaemon(true);
    reader.start();
    String ready = answers.poll(240, TimeUnit.SECONDS);
    if (ready == null || !ready.startsWith("READY")) {
      throw new IOException("Solr did not start: " + ready + " (see " + solrLog + ")");
    }
    node = ready.substring(ready.indexOf("nodes=") + "nodes=".length()).strip().split(",")[0];
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(said, true, StandardCharsets.UTF_8);
    int rc = SolrSetupCommand.run(new String[] {"--solr", spec(), "--shards", "1", "--replicas", "1"}, ps, ps);
    if (rc != 0) {
      throw new IOException("solr-setup failed (" + rc + "): " + said.toString(StandardCharsets.UTF_8).strip());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    log.accept(String.format(Locale.ROOT, "solr: collection %s ready in %.1f s", spec(), seconds));
    return seconds;
  }

  private String spec() {
    return node + "/" + COLLECTION;
  }

  /** Indexes the corpus through the pipeline into Solr, then runs the query mix through SolrSearchService. */
  Result run(Path warcDir, int threads, SearchBench search) throws IOException, InterruptedException {
    double startSeconds = start();
    log.accept("solr: indexing " + warcDir + " through the pipeline into Solr (" + threads + " threads)");
    // As for our index: the pipeline's tables are loaded before the clock starts.
    Pipeline pipeline = Pipeline.standard();
    long t0 = System.nanoTime();
    SolrIndexCommand.Stats stats;
    SolrArticleSink.Summary summary;
    try (SolrArticleSink sink = new SolrArticleSink(SolrTarget.parse(spec()), SolrArticleSink.DEFAULT_BATCH,
        m -> log.accept("solr: " + m))) {
      stats = SolrIndexCommand.index(pipeline, warcDir, sink, threads, w -> { });
      summary = sink.finish(false);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long pages = stats.pages.get();
    log.accept(String.format(Locale.ROOT, "solr: %d pages, %d articles indexed in %.1f s", pages,
        summary.articles(), seconds));
    try (SolrSearchService solr = new SolrSearchService(SolrTarget.parse(spec()), Synonyms.none())) {
      SearchBench.Engine engine = q -> solr.search(q.request()).total();
      search.measure("Solr", 1, engine); // warm-up pass, discarded (as for SearchService)
      SearchBench.Run one = search.measure("Solr (SolrSearchService)", 1, engine);
      SearchBench.Run two = search.measure("Solr (SolrSearchService)", 2, engine);
      return new Result(pages / seconds, pages, summary.articles(), seconds, one, two, startSeconds);
    }
  }

  @Override
  public void close() {
    if (process == null) {
      return;
    }
    try {
      stdin.write("quit");
      stdin.newLine();
      stdin.flush();
    } catch (IOException e) {
      // already gone
    }
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        // Ours, by handle: the child JVM and anything it started.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
