package org.aidnews.solrserver;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Starts a SolrCloud of {@code --nodes N} Solr nodes plus an embedded ZooKeeper on 127.0.0.1 and
 * keeps it running until stdin says {@code quit} (or closes). Usage:
 * <pre>
 *   LocalSolrCloud [--nodes 2] [--dir DIR] [--ready FILE]
 * </pre>
 * When the cluster is up it prints {@code @@ READY zk=HOST:PORT nodes=URL,URL} and writes the same
 * as properties ({@code zkHost}, {@code nodes}) to {@code --ready}. Commands on stdin, one a line,
 * each answered by one {@code @@} line: {@code stop I}, {@code start I}, {@code nodes}, {@code quit}.
 * Everything else the JVM prints (Solr's logging) is not prefixed.
 */
public final class LocalSolrCloud {
  private LocalSolrCloud() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int nodes = 2;
    Path dir = null;
    Path ready = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--nodes" -> nodes = Integer.parseInt(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--ready" -> ready = Path.of(args[++i]);
        case "--help", "-h" -> {
          out.println("usage: LocalSolrCloud [--nodes N] [--dir DIR] [--ready FILE]");
          return;
        }
        default -> {
          out.println("@@ ERROR unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    if (nodes < 1 || nodes > 9) {
      out.println("@@ ERROR --nodes must be between 1 and 9");
      System.exit(2);
    }
    if (dir == null) {
      dir = Files.createTempDirectory("aidnews-solrcloud");
    }
    Files.createDirectories(dir);
    // Loopback only, and the node name must be what the clients will dial.
    System.setProperty("host", "127.0.0.1");
    System.setProperty("solr.disableDefaultJmxReporter", "true");
    JettyConfig jetty = JettyConfig.builder().setContext("/solr").stopAtShutdown(true).build();
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(nodes, dir, MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML,
        jetty);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster)));
    String zk = cluster.getZkServer().getZkAddress();
    String urls = urls(cluster.getJettySolrRunners());
    if (ready != null) {
      Path tmp = ready.resolveSibling(ready.getFileName() + ".tmp");
      Files.writeString(tmp, "zkHost=" + zk + "\nnodes=" + urls + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, ready, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    out.println("@@ READY zk=" + zk + " nodes=" + urls);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      String[] cmd = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
      try {
        switch (cmd[0]) {
          case "quit", "exit" -> {
            shutdown(cluster);
            out.println("@@ BYE");
            System.exit(0);
          }
          case "stop" -> {
            JettySolrRunner j = cluster.getJettySolrRunner(Integer.parseInt(cmd[1]));
            String url = j.getBaseUrl().toString();
            cluster.stopJettySolrRunner(j);
            cluster.waitForJettyToStop(j);
            out.println("@@ STOPPED " + url);
          }
          case "start" -> {
            JettySolrRunner j = cluster.getJettySolrRunner(Integer.parseInt(cmd[1]));
            cluster.startJettySolrRunner(j, true);
            cluster.waitForNode(j, 60);
            out.println("@@ STARTED " + j.getBaseUrl());
          }
          case "nodes" -> out.println("@@ NODES " + urls(cluster.getJettySolrRunners()));
          case "" -> { }
          default -> out.println("@@ ERROR unknown command '" + line.strip() + "'");
        }
      } catch (Exception e) {
        out.println("@@ ERROR " + e);
      }
    }
    // stdin closed: the parent is gone, so nobody will ever say quit.
    shutdown(cluster);
    System.exit(0);
  }

  private static String urls(List<JettySolrRunner> runners) {
    StringBuilder sb = new StringBuilder();
    for (JettySolrRunner j : runners) {
      if (j.isRunning()) {
        sb.append(sb.isEmpty() ? "" : ",").append(j.getBaseUrl());
      }
    }
    return sb.toString();
  }

  private static volatile boolean down;

  private static synchronized void shutdown(MiniSolrCloudCluster cluster) {
    if (down) {
      return;
    }
    down = true;
    try {
      cluster.shutdown();
    } catch (Exception e) {
      System.err.println("shutdown: " + e);
    }
  }

  static long seconds(long nanos) {
    return TimeUnit.NANOSECONDS.toSeconds(nanos);
  }
}
