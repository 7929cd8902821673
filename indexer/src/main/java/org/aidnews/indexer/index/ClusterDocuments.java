package org.aidnews.indexer.index;

import org.aidnews.indexer.enrich.syndication.SyndicationCluster;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/** One document per syndication cluster: its id ("c:" + canonical article id) and its member ids, earliest first. */
public final class ClusterDocuments {
  public static String clusterDocId(String canonicalId) {
    return "c:" + canonicalId;
  }

  public Document build(SyndicationCluster c) {
    Document doc = new Document();
    doc.add(new StringField(Schema.ID, clusterDocId(c.canonicalId()), Field.Store.YES));
    doc.add(new StringField(Schema.KIND, Schema.KIND_CLUSTER, Field.Store.NO));
    for (String m : c.memberIds()) {
      doc.add(new StringField(Schema.MEMBER, m, Field.Store.NO));
      doc.add(new StoredField(Schema.MEMBER, m));
    }
    return doc;
  }
}
