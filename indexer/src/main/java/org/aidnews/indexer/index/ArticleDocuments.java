package org.aidnews.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.aidnews.indexer.model.Agreement;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.Place;
import org.aidnews.indexer.normalize.ScriptConverter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene document for one enriched article. Every field-type choice is explained here. */
public final class ArticleDocuments {
  /**
   * Title and body: stored (for display and highlighting) and indexed with offsets in the postings,
   * so the UnifiedHighlighter reads offsets instead of re-analysing the text (about 12× faster).
   */
  static final FieldType STORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    STORED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    STORED_TEXT_WITH_OFFSETS.freeze();
  }

  private final FacetsConfig facets = Schema.facetsConfig();

  /**
   * The document for {@code e}, with facet fields translated by {@link FacetsConfig#build};
   * {@code warcFile} is the WARC file holding the page, relative to the WARC directory, or null.
   */
  public Document build(EnrichedArticle e, Path warcFile, long warcOffset) throws IOException {
    var a = e.article();
    Document doc = new Document();
    // id: exact, stored; the update key, so re-indexing a page replaces its document.
    doc.add(new StringField(Schema.ID, e.id(), Field.Store.YES));
    doc.add(new StringField(Schema.KIND, Schema.KIND_ARTICLE, Field.Store.NO));
    doc.add(new StringField(Schema.URL, a.url(), Field.Store.YES));
    String title = a.title() == null ? "" : a.title();
    doc.add(new Field(Schema.TITLE, title, STORED_TEXT_WITH_OFFSETS));
    doc.add(new Field(Schema.BODY, a.body(), STORED_TEXT_WITH_OFFSETS));
    // Word fields: not stored (the text is stored once above), positions for phrase queries.
    doc.add(new TextField(Schema.TITLE_WORDS, title, Field.Store.NO));
    doc.add(new TextField(Schema.BODY_WORDS, a.body(), Field.Store.NO));
    if (a.published() != null) {
      long day = a.published().toEpochDay();
      // Point for date-range filters, doc values for newest-first sorting.
      doc.add(new LongPoint(Schema.PUBLISHED, day));
      doc.add(new NumericDocValuesField(Schema.PUBLISHED, day));
      doc.add(new SortedSetDocValuesFacetField(Schema.F_YEAR, Integer.toString(a.published().getYear())));
      doc.add(new SortedSetDocValuesFacetField(Schema.F_MONTH,
          String.format(java.util.Locale.ROOT, "%04d-%02d", a.published().getYear(), a.published().getMonthValue())));
    }
    // Each article starts as its own cluster; the build updates both values in place once the
    // syndicated copies across all articles are known (see IndexBuilder).
    doc.add(new BinaryDocValuesField(Schema.CLUSTER, new BytesRef(e.id())));
    doc.add(new NumericDocValuesField(Schema.CLUSTER_SIZE, 1));
    if (a.source() != null && !a.source().isBlank()) {
      // Outlets are faceted and matched in Simplified: 中新網新疆 and 中新网新疆 are one outlet.
      String source = ScriptConverter.get().toSimplified(a.source().strip());
      doc.add(new StringField(Schema.SOURCE_EXACT, source, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Schema.F_SOURCE, source));
    }
    Set<String> provincePaths = new LinkedHashSet<>();
    for (Place p : e.places()) {
      if (p.province() == null) {
        continue;
      }
      // One hierarchical facet value per place: province / prefecture / county, as deep as known.
      String path = p.province() + (p.prefecture() == null ? "" : "/" + p.prefecture())
          + (p.prefecture() != null && p.county() != null ? "/" + p.county() : "");
      if (provincePaths.add(path)) {
        doc.add(new SortedSetDocValuesFacetField(Schema.F_PROVINCE, path.split("/")));
      }
    }
    for (String province : e.provinces()) {
      boolean covered = provincePaths.stream().anyMatch(pp -> pp.equals(province) || pp.startsWith(province + "/"));
      if (!covered && provincePaths.add(province)) {
        doc.add(new SortedSetDocValuesFacetField(Schema.F_PROVINCE, province));
      }
    }
    for (String helper : new LinkedHashSet<>(e.helperProvinces())) {
      doc.add(new SortedSetDocValuesFacetField(Schema.F_HELPER, helper));
    }
    for (String recipient : new LinkedHashSet<>(e.recipientProvinces())) {
      doc.add(new SortedSetDocValuesFacetField(Schema.F_RECIPIENT, recipient));
    }
    for (String helper : new LinkedHashSet<>(e.helperProvinces())) {
      for (String recipient : new LinkedHashSet<>(e.recipientProvinces())) {
        doc.add(new SortedSetDocValuesFacetField(Schema.F_PAIR, helper + Schema.PAIR_SEPARATOR + recipient));
      }
    }
    for (String hospital : new LinkedHashSet<>(e.hospitals())) {
      doc.add(new SortedSetDocValuesFacetField(Schema.F_HOSPITAL, hospital));
      doc.add(new StringField(Schema.HOSPITAL_EXACT, hospital, Field.Store.NO));
    }
    Set<String> types = new LinkedHashSet<>();
    for (Agreement agreement : e.agreements()) {
      types.add(agreement.type());
    }
    for (String type : types) {
      doc.add(new SortedSetDocValuesFacetField(Schema.F_AGREEMENT_TYPE, type));
    }
    for (String topic : new LinkedHashSet<>(e.topics())) {
      doc.add(new SortedSetDocValuesFacetField(Schema.F_TOPIC, topic));
    }
    if (warcFile != null) {
      // Relative to the WARC directory, so the saved copy is found wherever the archive is mounted.
      doc.add(new StoredField(Schema.WARC_FILE, warcFile.toString()));
      doc.add(new StoredField(Schema.WARC_OFFSET, warcOffset));
    }
    doc.add(new StoredField(Schema.STORED_JSON, Json.mapper().writeValueAsString(StoredArticle.of(e))));
    return facets.build(doc);
  }
}
