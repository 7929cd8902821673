package org.aidnews.solrit;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A SolrCloud in a child JVM (solr-server's LocalSolrCloud, with solr-server's class path: Solr's
 * Lucene 9 stays in that process). Driven through its stdin; its log goes to a file.
 */
final class LocalCloud implements AutoCloseable {
  private final Process process;
  private final BufferedWriter stdin;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  final List<String> nodes;
  final Path log;

  private LocalCloud(Process process, Path log, List<String> nodes, BufferedWriter stdin) {
    this.process = process;
    this.log = log;
    this.nodes = nodes;
    this.stdin = stdin;
  }

  static LocalCloud start(int nodes, Path dir) throws IOException, InterruptedException {
    Path server = Path.of(System.getProperty("aidnews.solrServer", "../solr-server/target")).toAbsolutePath();
    Path cpFile = server.resolve("classpath.txt");
    if (!Files.isRegularFile(cpFile)) {
      throw new IllegalStateException("no " + cpFile + ": build with ./mvnw -Psolr -pl solr-it -am test");
    }
    String cp = server.resolve("classes") + java.io.File.pathSeparator
        + Files.readString(cpFile, StandardCharsets.UTF_8).strip();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("solr.log");
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
        "-Dstdout.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED", "-cp", cp,
        "org.aidnews.solrserver.LocalSolrCloud", "--nodes", Integer.toString(nodes), "--dir",
        dir.resolve("cloud").toString())
        .redirectError(log.toFile());
    Process p = pb.start();
    BufferedWriter stdin = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8));
    BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (line.startsWith("@@ ")) {
            answers.add(line.substring(3));
          }
        }
      } catch (IOException e) {
        answers.add("ERROR " + e);
      }
      answers.add("EXIT");
    }, "local-solrcloud-stdout");
    reader.setDaemon(true);
    reader.start();
    String ready = answers.poll(150, TimeUnit.SECONDS);
    if (ready == null || !ready.startsWith("READY")) {
      p.destroyForcibly();
      throw new IllegalStateException("SolrCloud did not start: " + ready + " (log: " + log + ")");
    }
    String urls = ready.substring(ready.indexOf("nodes=") + "nodes=".length()).strip();
    LocalCloud cloud = new LocalCloud(p, log, List.of(urls.split(",")), stdin);
    cloud.answers.addAll(answers);
    answers.clear();
    // Later answers arrive on the shared queue.
    Thread relay = new Thread(() -> {
      try {
        while (true) {
          String a = answers.take();
          cloud.answers.add(a);
          if (a.equals("EXIT")) {
            return;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "local-solrcloud-relay");
    relay.setDaemon(true);
    relay.start();
    return cloud;
  }

  /** Sends one command and returns its answer line. */
  String command(String cmd) throws IOException, InterruptedException {
    stdin.write(cmd);
    stdin.newLine();
    stdin.flush();
    String a = answers.poll(90, TimeUnit.SECONDS);
    if (a == null) {
      throw new IllegalStateException("no answer to '" + cmd + "' (log: " + log + ")");
    }
    return a;
  }

  List<String> otherNodes(int stopped) {
    List<String> out = new ArrayList<>(nodes);
    out.remove(stopped);
    return out;
  }

  @Override
  public void close() throws Exception {
    try {
      if (process.isAlive()) {
        command("quit");
      }
    } catch (IOException | IllegalStateException e) {
      // fall through to the kill below
    }
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
