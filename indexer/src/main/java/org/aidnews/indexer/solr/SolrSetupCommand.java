package org.aidnews.indexer.solr;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;

/**
 * {@code solr-setup --solr URL/COLLECTION [--shards N] [--replicas M]}: uploads the generated
 * configset (named after the schema version, so two versions can live side by side during a
 * migration) and creates the collection with N shards of M replicas, then waits until every
 * replica is active. On an existing collection it uploads the configset and reloads the collection
 * instead (a schema change still needs a reindex, which {@code solr-index --replace} does).
 */
public final class SolrSetupCommand {
  static final String USAGE = """
      usage: solr-setup --solr URL/COLLECTION [--shards N] [--replicas M] [--timeout SECONDS]
        Uploads the aidnews configset (%s) and creates COLLECTION with N shards × M replicas
        (default 2 × 2), waiting until all replicas are active. An existing collection is reloaded.
        --solr      a Solr node and the collection, e.g. http://127.0.0.1:8983/solr/aidnews
                    (several seed nodes: http://h1:8983/solr,http://h2:8983/solr/aidnews)
      """.formatted(SolrSchema.NAME);

  private SolrSetupCommand() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    String solr = null;
    int shards = 2;
    int replicas = 2;
    int timeout = 120;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--help", "-h" -> {
            out.print(USAGE);
            return 0;
          }
          case "--solr" -> solr = value(args, ++i, "--solr");
          case "--shards" -> shards = positive(value(args, ++i, "--shards"), "--shards");
          case "--replicas" -> replicas = positive(value(args, ++i, "--replicas"), "--replicas");
          case "--timeout" -> timeout = positive(value(args, ++i, "--timeout"), "--timeout");
          default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
        }
      }
      if (solr == null) {
        throw new IllegalArgumentException("--solr URL/COLLECTION is required");
      }
      SolrTarget target = SolrTarget.parse(solr);
      try (SolrNodes nodes = new SolrNodes(target)) {
        nodes.onEvent(m -> err.println("solr-setup: " + m));
        setup(nodes, shards, replicas, timeout, out);
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("solr-setup: " + e.getMessage() + " (see --help)");
      return 2;
    } catch (IOException e) {
      err.println("solr-setup: " + e.getMessage());
      return 1;
    }
  }

  /** Uploads the configset and creates (or reloads) the collection; returns when all replicas are active. */
  static void setup(SolrNodes nodes, int shards, int replicas, int timeoutSeconds, PrintStream out) throws IOException {
    byte[] zip = ConfigsetWriter.zip();
    nodes.call("upload configset " + SolrSchema.NAME, c -> {
      ConfigSetAdminRequest.Upload up = new ConfigSetAdminRequest.Upload()
          .setConfigSetName(SolrSchema.NAME)
          .setUploadStream(new ContentStreamBase.ByteArrayStream(zip, "configset.zip", "application/zip"))
          .setOverwrite(true)
          .setCleanup(true);
      return up.process(c);
    });
    out.println("configset " + SolrSchema.NAME + " uploaded (" + zip.length + " bytes)");
    String collection = nodes.collection();
    List<String> existing = nodes.call("list collections", c -> CollectionAdminRequest.listCollections(c));
    if (existing.contains(collection)) {
      nodes.call("reload " + collection, c -> CollectionAdminRequest.reloadCollection(collection).process(c));
      out.println("collection " + collection + " exists: reloaded with the uploaded configset");
    } else {
      CollectionAdminResponse rsp = nodes.call("create " + collection, c -> {
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, SolrSchema.NAME,
            shards, replicas);
        create.setWaitForFinalState(true);
        return create.process(c);
      });
      if (!rsp.isSuccess()) {
        throw new IOException("creating " + collection + " failed: " + rsp.getErrorMessages());
      }
      out.println("collection " + collection + " created: " + shards + " shards × " + replicas + " replicas");
    }
    waitForActive(nodes, timeoutSeconds);
    nodes.refreshLiveNodes(null);
    out.println("all replicas active; live nodes " + nodes.liveNodes());
  }

  /** Polls the cluster status until every replica of the collection is active. */
  static void waitForActive(SolrNodes nodes, int timeoutSeconds) throws IOException {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    String collection = nodes.collection();
    String last = "no status";
    while (System.nanoTime() < deadline) {
      NamedList<Object> rsp = nodes.call("cluster status", c -> c.request(
          CollectionAdminRequest.getClusterStatus().setCollectionName(collection)));
      Map<String, Integer> states = replicaStates(rsp, collection);
      last = states.toString();
      if (!states.isEmpty() && states.keySet().stream().allMatch("active"::equals)) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    throw new IOException("replicas of " + collection + " not all active after " + timeoutSeconds + " s: " + last);
  }

  /** Replica state → count, from a CLUSTERSTATUS response. */
  @SuppressWarnings("unchecked")
  static Map<String, Integer> replicaStates(NamedList<Object> rsp, String collection) {
    Map<String, Integer> states = new java.util.TreeMap<>();
    Object cluster = rsp.get("cluster");
    if (!(cluster instanceof NamedList<?> cl)) {
      return states;
    }
    Object collections = cl.get("collections");
    Object coll = collections instanceof NamedList<?> nl ? nl.get(collection)
        : collections instanceof Map<?, ?> m ? m.get(collection) : null;
    Object shardsObj = coll instanceof Map<?, ?> cm ? cm.get("shards") : null;
    if (!(shardsObj instanceof Map<?, ?> shards)) {
      return states;
    }
    for (Object shard : shards.values()) {
      Object reps = shard instanceof Map<?, ?> sm ? sm.get("replicas") : null;
      if (reps instanceof Map<?, ?> rm) {
        for (Object r : rm.values()) {
          if (r instanceof Map<?, ?> replica) {
            states.merge(String.valueOf(replica.get("state")), 1, Integer::sum);
          }
        }
      }
    }
    return states;
  }

  static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  static int positive(String v, String option) {
    try {
      int n = Integer.parseInt(v);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number ≥ 1, not '" + v + "'");
    }
  }
}
