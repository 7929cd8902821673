package org.aidnews.indexer.index;

import java.io.IOException;
import org.aidnews.indexer.enrich.syndication.SyndicationCluster;
import org.aidnews.indexer.enrich.syndication.SyndicationClusterer;
import org.aidnews.indexer.model.EnrichedArticle;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * What a build can only know once it has seen every article: syndication clusters across sites and
 * agreement records merged across reports. Articles are added as they are indexed (thread-safe);
 * {@link #writeTo} then updates the articles' cluster doc values in place and adds one document per
 * cluster and per agreement.
 */
public final class BuildAggregates {
  private final SyndicationClusterer clusterer = new SyndicationClusterer();
  private final AgreementRecords agreements = new AgreementRecords();

  /** Counts of what {@link #writeTo} wrote. */
  public record Written(int clusters, int agreements) {}

  public void add(EnrichedArticle e) {
    agreements.add(e);
    synchronized (clusterer) {
      clusterer.add(e.id(), e.article().published(), e.bodySimplified());
    }
  }

  public Written writeTo(IndexWriter writer) throws IOException {
    int clusters = 0;
    ClusterDocuments clusterDocs = new ClusterDocuments();
    for (SyndicationCluster c : clusterer.clusters()) {
      for (String member : c.memberIds()) {
        Term t = new Term(Schema.ID, member);
        writer.updateBinaryDocValue(t, Schema.CLUSTER, new BytesRef(c.canonicalId()));
        writer.updateNumericDocValue(t, Schema.CLUSTER_SIZE, c.memberIds().size());
      }
      writer.updateDocument(new Term(Schema.ID, ClusterDocuments.clusterDocId(c.canonicalId())), clusterDocs.build(c));
      clusters++;
    }
    int records = 0;
    AgreementDocuments agreementDocs = new AgreementDocuments();
    for (AgreementRecord r : agreements.records()) {
      writer.updateDocument(new Term(Schema.ID, r.id()), agreementDocs.build(r));
      records++;
    }
    return new Written(clusters, records);
  }
}
