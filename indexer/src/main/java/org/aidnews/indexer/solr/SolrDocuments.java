package org.aidnews.indexer.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.aidnews.indexer.enrich.syndication.SyndicationCluster;
import org.aidnews.indexer.index.AgreementRecord;
import org.aidnews.indexer.index.ClusterDocuments;
import org.aidnews.indexer.index.Json;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.index.StoredArticle;
import org.aidnews.indexer.model.Agreement;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.Party;
import org.aidnews.indexer.model.Place;
import org.aidnews.indexer.normalize.ScriptConverter;
import org.apache.solr.common.SolrInputDocument;

/**
 * Builds the Solr documents: the same values, for the same fields, as {@code ArticleDocuments},
 * {@code AgreementDocuments} and {@code ClusterDocuments} put into the Lucene index; only the
 * representation differs where Solr has no equivalent (hierarchical facets become ancestor path
 * tokens, see {@link SolrSchema#pathToken}). Text fields get the Simplified copies.
 */
final class SolrDocuments {
  private final String build;

  /** {@code build}: the id of this indexing run, written into every document. */
  SolrDocuments(String build) {
    this.build = build;
  }

  SolrInputDocument article(EnrichedArticle e, Path warcFile, long warcOffset) throws IOException {
    var a = e.article();
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(Schema.ID, e.id());
    doc.setField(Schema.KIND, Schema.KIND_ARTICLE);
    doc.setField(SolrSchema.BUILD, build);
    doc.setField(Schema.URL, a.url());
    String title = a.title() == null ? "" : a.title();
    String titleS = e.titleSimplified() != null ? e.titleSimplified() : ScriptConverter.get().toSimplified(title);
    String bodyS = e.bodySimplified() != null ? e.bodySimplified() : ScriptConverter.get().toSimplified(a.body());
    doc.setField(Schema.TITLE, titleS);
    doc.setField(Schema.BODY, bodyS);
    // The page's own script is kept for display only when it differs from what is indexed.
    if (!title.equals(titleS)) {
      doc.setField(SolrSchema.TITLE_ORIGINAL, title);
    }
    if (!a.body().equals(bodyS)) {
      doc.setField(SolrSchema.BODY_ORIGINAL, a.body());
    }
    doc.setField(SolrSchema.PUBLISHED_SORT, a.published() == null ? SolrSchema.UNDATED : a.published().toEpochDay());
    if (a.published() != null) {
      doc.setField(Schema.PUBLISHED, a.published().toEpochDay());
      doc.setField(Schema.F_YEAR, Integer.toString(a.published().getYear()));
      doc.setField(Schema.F_MONTH, String.format(Locale.ROOT, "%04d-%02d", a.published().getYear(),
          a.published().getMonthValue()));
    }
    // Own cluster until the build knows the syndicated copies (SolrArticleSink updates it then).
    doc.setField(Schema.CLUSTER, e.id());
    doc.setField(Schema.CLUSTER_SIZE, 1);
    if (a.source() != null && !a.source().isBlank()) {
      String source = ScriptConverter.get().toSimplified(a.source().strip());
      doc.setField(Schema.SOURCE_EXACT, source);
      doc.setField(Schema.F_SOURCE, source);
    }
    Set<String> tokens = new LinkedHashSet<>();
    for (List<String> path : provincePaths(e)) {
      tokens.addAll(SolrSchema.ancestorTokens(path));
    }
    addAll(doc, Schema.F_PROVINCE, tokens);
    addAll(doc, Schema.F_HELPER, new LinkedHashSet<>(e.helperProvinces()));
    addAll(doc, Schema.F_RECIPIENT, new LinkedHashSet<>(e.recipientProvinces()));
    Set<String> pairs = new LinkedHashSet<>();
    for (String helper : e.helperProvinces()) {
      for (String recipient : e.recipientProvinces()) {
        pairs.add(helper + Schema.PAIR_SEPARATOR + recipient);
      }
    }
    addAll(doc, Schema.F_PAIR, pairs);
    addAll(doc, Schema.F_HOSPITAL, new LinkedHashSet<>(e.hospitals()));
    addAll(doc, Schema.HOSPITAL_EXACT, new LinkedHashSet<>(e.hospitals()));
    addAll(doc, Schema.F_AGREEMENT_TYPE, e.agreements().stream().map(Agreement::type)
        .collect(Collectors.toCollection(LinkedHashSet::new)));
    addAll(doc, Schema.F_TOPIC, new LinkedHashSet<>(e.topics()));
    if (warcFile != null) {
      doc.setField(Schema.WARC_FILE, warcFile.toString());
      doc.setField(Schema.WARC_OFFSET, warcOffset);
    }
    doc.setField(Schema.STORED_JSON, Json.mapper().writeValueAsString(StoredArticle.of(e)));
    return doc;
  }

  /**
   * The article's place paths exactly as {@code ArticleDocuments} builds its hierarchical facet:
   * province / prefecture / county as deep as known, plus bare provinces not already covered.
   */
  static List<List<String>> provincePaths(EnrichedArticle e) {
    Set<String> paths = new LinkedHashSet<>();
    for (Place p : e.places()) {
      if (p.province() == null) {
        continue;
      }
      String path = p.province() + (p.prefecture() == null ? "" : "/" + p.prefecture())
          + (p.prefecture() != null && p.county() != null ? "/" + p.county() : "");
      paths.add(path);
    }
    for (String province : e.provinces()) {
      boolean covered = paths.stream().anyMatch(pp -> pp.equals(province) || pp.startsWith(province + "/"));
      if (!covered) {
        paths.add(province);
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (String p : paths) {
      out.add(List.of(p.split("/")));
    }
    return out;
  }

  SolrInputDocument agreement(AgreementRecord r) throws IOException {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(Schema.ID, r.id());
    doc.setField(Schema.KIND, Schema.KIND_AGREEMENT);
    doc.setField(SolrSchema.BUILD, build);
    String parties = r.parties().stream().map(Party::name).collect(Collectors.joining(" "));
    String title = (r.title() != null ? r.title() + " " : "") + r.type() + " " + parties;
    StringBuilder body = new StringBuilder(parties);
    if (r.place() != null) {
      body.append('\n').append(r.place());
    }
    for (AgreementRecord.Source s : r.sources()) {
      if (s.title() != null) {
        body.append('\n').append(s.title());
      }
    }
    ScriptConverter c = ScriptConverter.get();
    doc.setField(Schema.TITLE, c.toSimplified(title));
    doc.setField(Schema.BODY, c.toSimplified(body.toString()));
    var date = r.date() != null ? r.date() : r.sources().isEmpty() ? null : r.sources().get(0).published();
    if (date != null) {
      doc.setField(Schema.PUBLISHED, date.toEpochDay());
    }
    doc.setField(SolrSchema.PUBLISHED_SORT, date == null ? SolrSchema.UNDATED : date.toEpochDay());
    if (r.year() != null) {
      doc.setField(Schema.F_YEAR, r.year().toString());
    }
    doc.setField(Schema.F_AGREEMENT_TYPE, r.type());
    Set<String> names = r.parties().stream().map(Party::name).collect(Collectors.toCollection(LinkedHashSet::new));
    addAll(doc, Schema.F_PARTY, names);
    addAll(doc, Schema.HOSPITAL_EXACT, names);
    addAll(doc, Schema.F_HELPER, new LinkedHashSet<>(r.helperProvinces()));
    addAll(doc, Schema.F_RECIPIENT, new LinkedHashSet<>(r.recipientProvinces()));
    doc.setField(Schema.STORED_JSON, Json.mapper().writeValueAsString(r));
    return doc;
  }

  /**
   * The cluster's own document: its member ids, earliest first. It also carries the {@code cluster}
   * field, so one query on {@code cluster} returns a cluster's list and its articles together.
   */
  SolrInputDocument cluster(SyndicationCluster c) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(Schema.ID, ClusterDocuments.clusterDocId(c.canonicalId()));
    doc.setField(Schema.KIND, Schema.KIND_CLUSTER);
    doc.setField(SolrSchema.BUILD, build);
    doc.setField(Schema.CLUSTER, c.canonicalId());
    addAll(doc, Schema.MEMBER, c.memberIds());
    return doc;
  }

  /** An atomic update of one article's cluster fields (the rest of the document is kept by Solr). */
  static SolrInputDocument clusterUpdate(String articleId, String canonicalId, int size) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(Schema.ID, articleId);
    doc.setField(Schema.CLUSTER, java.util.Map.of("set", canonicalId));
    doc.setField(Schema.CLUSTER_SIZE, java.util.Map.of("set", size));
    return doc;
  }

  private static void addAll(SolrInputDocument doc, String field, java.util.Collection<String> values) {
    for (String v : values) {
      doc.addField(field, v);
    }
  }
}
