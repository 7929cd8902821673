package org.aidnews.indexer.index;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.aidnews.indexer.model.Party;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * Builds the Lucene document for one agreement record. It uses the article fields' names for text
 * (title, body, their word fields) so the same query language searches both kinds; the
 * {@code kind} field keeps the two apart.
 */
public final class AgreementDocuments {
  private final FacetsConfig facets = Schema.facetsConfig();

  public Document build(AgreementRecord r) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Schema.ID, r.id(), Field.Store.YES));
    doc.add(new StringField(Schema.KIND, Schema.KIND_AGREEMENT, Field.Store.NO));
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
    // Same field types as on articles: Lucene requires one structure per field across the index.
    doc.add(new Field(Schema.TITLE, title, ArticleDocuments.STORED_TEXT_WITH_OFFSETS));
    doc.add(new Field(Schema.BODY, body.toString(), ArticleDocuments.STORED_TEXT_WITH_OFFSETS));
    doc.add(new TextField(Schema.TITLE_WORDS, title, Field.Store.NO));
    doc.add(new TextField(Schema.BODY_WORDS, body.toString(), Field.Store.NO));
    var date = r.date() != null ? r.date() : r.sources().isEmpty() ? null : r.sources().get(0).published();
    if (date != null) {
      doc.add(new LongPoint(Schema.PUBLISHED, date.toEpochDay()));
      doc.add(new NumericDocValuesField(Schema.PUBLISHED, date.toEpochDay()));
    }
    Integer year = r.year();
    if (year != null) {
      doc.add(new SortedSetDocValuesFacetField(Schema.F_YEAR, year.toString()));
    }
    doc.add(new SortedSetDocValuesFacetField(Schema.F_AGREEMENT_TYPE, r.type()));
    Set<String> names = new LinkedHashSet<>();
    for (Party p : r.parties()) {
      if (names.add(p.name())) {
        doc.add(new SortedSetDocValuesFacetField(Schema.F_PARTY, p.name()));
        doc.add(new StringField(Schema.HOSPITAL_EXACT, p.name(), Field.Store.NO));
      }
    }
    for (String h : new LinkedHashSet<>(r.helperProvinces())) {
      doc.add(new SortedSetDocValuesFacetField(Schema.F_HELPER, h));
    }
    for (String h : new LinkedHashSet<>(r.recipientProvinces())) {
      doc.add(new SortedSetDocValuesFacetField(Schema.F_RECIPIENT, h));
    }
    doc.add(new StoredField(Schema.STORED_JSON, Json.mapper().writeValueAsString(r)));
    return facets.build(doc);
  }
}
