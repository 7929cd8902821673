package org.aidnews.indexer.solr;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.aidnews.indexer.enrich.syndication.SyndicationCluster;
import org.aidnews.indexer.enrich.syndication.SyndicationClusterer;
import org.aidnews.indexer.index.AgreementRecord;
import org.aidnews.indexer.index.AgreementRecords;
import org.aidnews.indexer.model.EnrichedArticle;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;

/**
 * Sends enriched articles to a SolrCloud collection: in batches, each batch retried with backoff on
 * another node when a node fails ({@link SolrNodes}), idempotent because every document is keyed by
 * its stable id (a batch sent twice leaves the same documents). Thread-safe.
 *
 * <p>What only the whole build knows is sent by {@link #finish}, as the Lucene build does it:
 * syndication clusters (an atomic update of each member's {@code cluster} fields plus one document
 * per cluster) and the agreement records merged across reports. Then one commit makes the build
 * visible; with {@code replace}, documents that earlier runs wrote and this run did not are deleted
 * after that commit, so searches never see a half-built collection.
 */
public final class SolrArticleSink implements Closeable {
  public static final int DEFAULT_BATCH = 200;

  private final SolrNodes nodes;
  private final SolrDocuments documents;
  private final String build;
  private final int batchSize;
  private final List<SolrInputDocument> pending = new ArrayList<>();
  private final SyndicationClusterer clusterer = new SyndicationClusterer();
  private final AgreementRecords agreements = new AgreementRecords();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong batches = new AtomicLong();

  /** Counts of what was written. */
  public record Summary(long articles, int clusters, int agreements, long batches, long deletedStale) {}

  public SolrArticleSink(SolrTarget target, int batchSize, java.util.function.Consumer<String> events) {
    this(new SolrNodes(target), batchSize, events);
  }

  SolrArticleSink(SolrNodes nodes, int batchSize, java.util.function.Consumer<String> events) {
    this.nodes = nodes;
    this.nodes.onEvent(events);
    this.build = Long.toString(System.currentTimeMillis(), 36);
    this.documents = new SolrDocuments(build);
    this.batchSize = Math.max(1, batchSize);
  }

  /** Queues one article (sent when the batch is full). {@code warcFile} may be null. */
  public void add(EnrichedArticle e, Path warcFile, long warcOffset) throws IOException {
    SolrInputDocument doc = documents.article(e, warcFile, warcOffset);
    synchronized (clusterer) {
      clusterer.add(e.id(), e.article().published(), e.bodySimplified());
    }
    agreements.add(e);
    List<SolrInputDocument> full = null;
    synchronized (pending) {
      pending.add(doc);
      if (pending.size() >= batchSize) {
        full = new ArrayList<>(pending);
        pending.clear();
      }
    }
    if (full != null) {
      send(full);
    }
  }

  public long sent() {
    return sent.get();
  }

  /** Sends what is queued, the clusters and agreements, commits, and (with {@code replace}) drops stale documents. */
  public Summary finish(boolean replace) throws IOException {
    List<SolrInputDocument> rest;
    synchronized (pending) {
      rest = new ArrayList<>(pending);
      pending.clear();
    }
    if (!rest.isEmpty()) {
      send(rest);
    }
    long articles = sent.get();
    // Atomic updates need the articles to exist: they were sent above. Real-time get makes them
    // visible to the update without a commit.
    List<SolrInputDocument> batch = new ArrayList<>();
    int clusters = 0;
    for (SyndicationCluster c : clusterer.clusters()) {
      for (String member : c.memberIds()) {
        batch.add(SolrDocuments.clusterUpdate(member, c.canonicalId(), c.memberIds().size()));
      }
      batch.add(documents.cluster(c));
      clusters++;
      if (batch.size() >= batchSize) {
        send(batch);
        batch = new ArrayList<>();
      }
    }
    int records = 0;
    for (AgreementRecord r : agreements.records()) {
      batch.add(documents.agreement(r));
      records++;
      if (batch.size() >= batchSize) {
        send(batch);
        batch = new ArrayList<>();
      }
    }
    if (!batch.isEmpty()) {
      send(batch);
    }
    commit();
    long deleted = 0;
    if (replace) {
      String stale = "-" + SolrSchema.BUILD + ":" + build;
      deleted = nodes.call("count stale documents", c -> c.query(new org.apache.solr.client.solrj.SolrQuery(stale)
          .setRows(0)).getResults().getNumFound());
      if (deleted > 0) {
        nodes.call("delete stale documents", c -> c.deleteByQuery(stale));
        commit();
      }
    }
    return new Summary(articles, clusters, records, batches.get(), deleted);
  }

  private void commit() throws IOException {
    nodes.call("commit", c -> c.commit(true, true));
  }

  private void send(List<SolrInputDocument> docs) throws IOException {
    UpdateRequest req = new UpdateRequest();
    req.add(docs);
    nodes.call("update batch of " + docs.size(), c -> req.process(c, nodes.collection()));
    long articles = docs.stream().filter(d -> org.aidnews.indexer.index.Schema.KIND_ARTICLE
        .equals(d.getFieldValue(org.aidnews.indexer.index.Schema.KIND))).count();
    sent.addAndGet(articles);
    batches.incrementAndGet();
  }

  @Override
  public void close() throws IOException {
    nodes.close();
  }
}
