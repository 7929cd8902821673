package org.aidnews.indexer.solr;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a SolrCloud collection is: one or more node URLs and the collection name, written as
 * {@code http://host:8983/solr/aidnews} or, with more seed nodes for when the first is down,
 * {@code http://h1:8983/solr,http://h2:8983/solr/aidnews}. The client learns the other live nodes
 * from the cluster itself, so one reachable seed is enough.
 *
 * <p>ZooKeeper addresses are refused on purpose: the nodes' HTTP API says everything the client
 * needs (live nodes, collection state), and a ZooKeeper client would put ZooKeeper and Netty on the
 * web app's class path.
 */
public record SolrTarget(List<String> nodes, String collection) {
  public SolrTarget {
    nodes = List.copyOf(nodes);
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no Solr node URL");
    }
  }

  /** Parses {@code URL[,URL...]/COLLECTION}; throws IllegalArgumentException with the reason. */
  public static SolrTarget parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("empty Solr address; expected e.g. http://127.0.0.1:8983/solr/aidnews");
    }
    String s = spec.strip();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      throw new IllegalArgumentException("'" + spec + "' is not an http(s) URL. Give a Solr node's URL and the "
          + "collection, e.g. http://127.0.0.1:8983/solr/aidnews (ZooKeeper addresses are not used: any live node "
          + "tells the client about the others).");
    }
    int slash = s.lastIndexOf('/');
    String collection = s.substring(slash + 1);
    String bases = s.substring(0, slash);
    if (collection.isEmpty() || !collection.matches("[A-Za-z0-9._-]+") || !bases.contains("://")
        || bases.endsWith(":") || bases.endsWith("/")) {
      throw new IllegalArgumentException("'" + spec + "' names no collection; expected URL/COLLECTION, e.g. "
          + "http://127.0.0.1:8983/solr/aidnews");
    }
    List<String> nodes = new ArrayList<>();
    for (String b : bases.split(",")) {
      String n = b.strip();
      while (n.endsWith("/")) {
        n = n.substring(0, n.length() - 1);
      }
      try {
        URI u = URI.create(n);
        if (u.getHost() == null || u.getScheme() == null) {
          throw new IllegalArgumentException("bad node URL '" + n + "' in '" + spec + "'");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bad node URL '" + n + "' in '" + spec + "': " + e.getMessage());
      }
      nodes.add(n);
    }
    return new SolrTarget(nodes, collection);
  }

  @Override
  public String toString() {
    return String.join(",", nodes) + "/" + collection;
  }
}
