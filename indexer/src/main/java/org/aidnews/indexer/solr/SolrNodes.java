package org.aidnews.indexer.solr;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

/**
 * The live nodes of a SolrCloud and a JDK-HttpClient SolrJ client per node. Every call goes to the
 * next live node in turn (SolrCloud routes queries and updates to the right shards itself); a node
 * that refuses connections or answers 5xx is skipped, the live-node list is re-read from any node
 * that answers, and the call is retried with exponential backoff. 4xx answers are the caller's
 * mistake and fail at once.
 */
final class SolrNodes implements Closeable {
  /** A request against one node's client. */
  @FunctionalInterface
  interface Call<T> {
    T run(SolrClient client) throws SolrServerException, IOException;
  }

  /** Retry policy: attempts in all, first backoff, backoff cap. */
  record Retry(int attempts, long firstBackoffMillis, long maxBackoffMillis) {
    static final Retry DEFAULT = new Retry(8, 200, 5_000);
  }

  /** A failure the caller must fix (bad request, unknown collection): not retried. */
  static final class RequestRefused extends IOException {
    private static final long serialVersionUID = 1L;
    final int code;

    RequestRefused(int code, String message, Throwable cause) {
      super(message, cause);
      this.code = code;
    }
  }

  private final String collection;
  private final String scheme;
  private final List<String> seeds;
  private final Retry retry;
  private volatile List<String> live;
  private final Map<String, SolrClient> clients = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  private volatile Consumer<String> log = s -> { };

  SolrNodes(SolrTarget target, Retry retry) {
    this.collection = target.collection();
    this.seeds = target.nodes();
    this.scheme = URI.create(seeds.get(0)).getScheme();
    this.retry = retry;
    this.live = seeds;
  }

  SolrNodes(SolrTarget target) {
    this(target, Retry.DEFAULT);
  }

  String collection() {
    return collection;
  }

  /** Where retries and node changes are reported (default: nowhere). */
  void onEvent(Consumer<String> log) {
    this.log = log;
  }

  List<String> liveNodes() {
    return live;
  }

  /** Runs {@code call} on a live node, failing over and backing off as described on the class. */
  <T> T call(String what, Call<T> call) throws IOException {
    Exception last = null;
    long backoff = retry.firstBackoffMillis();
    for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
      List<String> nodes = live;
      String node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
      try {
        return call.run(client(node));
      } catch (SolrException e) {
        if (e.code() >= 400 && e.code() < 500) {
          throw new RequestRefused(e.code(), what + " refused by " + node + " (HTTP " + e.code() + "): "
              + e.getMessage(), e);
        }
        last = e;
      } catch (SolrServerException | IOException e) {
        last = e;
      } catch (RuntimeException e) {
        // The JDK client reports some connection failures unchecked; a node that vanished mid-request too.
        last = e;
      }
      if (attempt == retry.attempts()) {
        break;
      }
      log.accept(what + " failed on " + node + " (" + rootMessage(last) + "); retrying in " + backoff + " ms");
      sleep(backoff);
      backoff = Math.min(retry.maxBackoffMillis(), backoff * 2);
      refreshLiveNodes(node);
    }
    throw new IOException(what + " failed on every Solr node after " + retry.attempts() + " attempts ("
        + String.join(", ", live) + "): " + rootMessage(last), last);
  }

  /** Re-reads the live nodes from the first node that answers, preferring others than {@code failed}. */
  void refreshLiveNodes(String failed) {
    Set<String> candidates = new LinkedHashSet<>(live);
    candidates.addAll(seeds);
    candidates.remove(failed);
    if (failed != null) {
      candidates.add(failed); // last resort
    }
    for (String node : candidates) {
      try {
        NamedList<Object> rsp = client(node).request(CollectionAdminRequest.getClusterStatus());
        @SuppressWarnings("unchecked")
        NamedList<Object> cluster = (NamedList<Object>) rsp.get("cluster");
        Object names = cluster == null ? null : cluster.get("live_nodes");
        if (names instanceof List<?> list && !list.isEmpty()) {
          List<String> urls = new ArrayList<>();
          for (Object n : list) {
            urls.add(baseUrl(n.toString()));
          }
          urls.sort(null);
          if (!urls.equals(live)) {
            log.accept("live Solr nodes now " + urls);
          }
          live = List.copyOf(urls);
          return;
        }
      } catch (SolrServerException | IOException | RuntimeException e) {
        // try the next one
      }
    }
  }

  /** "127.0.0.1:8983_solr" → "http://127.0.0.1:8983/solr" (Solr's node-name convention). */
  String baseUrl(String nodeName) {
    int us = nodeName.indexOf('_');
    String hostPort = us < 0 ? nodeName : nodeName.substring(0, us);
    String context = us < 0 ? "" : URLDecoder.decode(nodeName.substring(us + 1), StandardCharsets.UTF_8);
    return scheme + "://" + hostPort + (context.isEmpty() ? "" : "/" + context);
  }

  private SolrClient client(String node) {
    return clients.computeIfAbsent(node, n -> new HttpJdkSolrClient.Builder(n)
        .withDefaultCollection(collection)
        // HTTP/1.1: no h2c upgrade dance on plain http; connections are pooled by the JDK client.
        .useHttp1_1(true)
        .withConnectionTimeout(5, TimeUnit.SECONDS)
        .withRequestTimeout(120, TimeUnit.SECONDS)
        .build());
  }

  private static String rootMessage(Throwable t) {
    if (t == null) {
      return "no attempt made";
    }
    Throwable r = t;
    while (r.getCause() != null && r.getCause() != r) {
      r = r.getCause();
    }
    String m = r.getMessage();
    return r.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to retry", e);
    }
  }

  @Override
  public void close() throws IOException {
    for (SolrClient c : clients.values()) {
      c.close();
    }
    clients.clear();
  }
}
