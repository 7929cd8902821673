package org.aidnews.indexer.solr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aidnews.indexer.index.Schema;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The Solr field layout, derived from {@link Schema} (names, facet dimensions, which dimension is
 * hierarchical) so the two engines cannot drift apart: adding a facet dimension to {@code Schema}
 * adds it here. Solr-only decisions are commented where made.
 */
public final class SolrSchema {
  private SolrSchema() {}

  /** The schema name written into the configset; {@link SolrSearchService} refuses another one. */
  public static final String NAME = "aidnews-" + Schema.VERSION;

  /** Solr's optimistic-concurrency field, required by the update log (SolrCloud). */
  public static final String VERSION_FIELD = "_version_";
  /** Which indexing run wrote a document: {@code --replace} deletes documents of earlier runs. */
  public static final String BUILD = "build";
  /**
   * The original-script body, stored only, for Traditional pages. Solr indexes and highlights the
   * Simplified copy (the indexer converts before Solr sees it); the article page shows the original.
   */
  public static final String BODY_ORIGINAL = "body_original";
  public static final String TITLE_ORIGINAL = "title_original";
  /**
   * Newest-first sort key: the epoch day, or {@link #UNDATED} when there is no date, so undated
   * documents sort last. Not left to {@code sortMissingLast}: SolrCloud's merge of shard results
   * put documents without the field first in a descending sort (seen with Solr 9.10.1).
   */
  public static final String PUBLISHED_SORT = "published_sort";
  public static final long UNDATED = -1_000_000_000L;

  /** One analysis step: a Lucene analysis-factory SPI name and its arguments (same names in Solr and Lucene). */
  public record Step(String name, List<String> args) {
    public Step(String name, String... args) {
      this(name, List.of(args));
    }
  }

  /** A text analysis chain: tokenizer then filters. */
  public record Chain(String typeName, Step tokenizer, List<Step> filters) {}

  /** File in the configset holding smartcn's stop set (written from the Lucene analyzer, not by hand). */
  public static final String SMARTCN_STOPWORDS = "stopwords_smartcn.txt";

  /**
   * Character bigrams, as {@code Analyzers.bigrams()} minus its Simplified char filter: the text
   * arrives already converted (script-insensitivity does not depend on the engine).
   */
  public static final Chain BIGRAMS = new Chain("text_bigram", new Step("standard"),
      List.of(new Step("cjkWidth"), new Step("lowercase"), new Step("cjkBigram")));

  /** smartcn words, as {@code Analyzers.words()} minus its char filter (HMMChineseTokenizerFactory). */
  public static final Chain WORDS = new Chain("text_words", new Step("hmmChinese"),
      List.of(new Step("lowercase"), new Step("stop", "words", SMARTCN_STOPWORDS), new Step("porterStem")));

  /** How a field is stored in Solr. */
  public enum Kind {
    /** exact string, doc values (facets, filters, sorting, atomic updates read it back) */
    STRING("string"),
    /** exact string, stored only (the JSON of the record, WARC file) */
    STORED_STRING("stored_string"),
    LONG("plong"),
    INT("pint"),
    BIGRAMS(SolrSchema.BIGRAMS.typeName()),
    WORDS(SolrSchema.WORDS.typeName());

    public final String type;

    Kind(String type) {
      this.type = type;
    }
  }

  /** One field: name, kind, multi-valued, stored (text fields keep offsets for the unified highlighter). */
  public record Field(String name, Kind kind, boolean multiValued, boolean stored) {}

  /** {@code source} is copied into {@code dest} by Solr (the word fields: analysed twice, sent once). */
  public record CopyField(String source, String dest) {}

  /** Every field of the collection, in schema order. */
  public static List<Field> fields() {
    List<Field> f = new ArrayList<>();
    f.add(new Field(Schema.ID, Kind.STRING, false, true));
    f.add(new Field(VERSION_FIELD, Kind.LONG, false, false));
    f.add(new Field(Schema.KIND, Kind.STRING, false, false));
    f.add(new Field(BUILD, Kind.STRING, false, false));
    f.add(new Field(Schema.URL, Kind.STRING, false, true));
    f.add(new Field(Schema.TITLE, Kind.BIGRAMS, false, true));
    f.add(new Field(Schema.BODY, Kind.BIGRAMS, false, true));
    // Word fields are copy-field targets, never stored: the text is stored once, and atomic updates
    // (which rebuild a document from what is stored) regenerate them from title and body.
    f.add(new Field(Schema.TITLE_WORDS, Kind.WORDS, false, false));
    f.add(new Field(Schema.BODY_WORDS, Kind.WORDS, false, false));
    f.add(new Field(TITLE_ORIGINAL, Kind.STORED_STRING, false, true));
    f.add(new Field(BODY_ORIGINAL, Kind.STORED_STRING, false, true));
    // Epoch day (Asia/Shanghai calendar date), as in the Lucene index: range filters and newest-first.
    f.add(new Field(Schema.PUBLISHED, Kind.LONG, false, false));
    f.add(new Field(PUBLISHED_SORT, Kind.LONG, false, false));
    f.add(new Field(Schema.CLUSTER, Kind.STRING, false, false));
    f.add(new Field(Schema.CLUSTER_SIZE, Kind.INT, false, false));
    f.add(new Field(Schema.MEMBER, Kind.STRING, true, true));
    f.add(new Field(Schema.HOSPITAL_EXACT, Kind.STRING, true, false));
    f.add(new Field(Schema.SOURCE_EXACT, Kind.STRING, false, false));
    f.add(new Field(Schema.STORED_JSON, Kind.STORED_STRING, false, true));
    f.add(new Field(Schema.WARC_FILE, Kind.STORED_STRING, false, true));
    f.add(new Field(Schema.WARC_OFFSET, Kind.LONG, false, true));
    for (String dim : facetDims()) {
      f.add(new Field(dim, Kind.STRING, true, false));
    }
    return List.copyOf(f);
  }

  public static List<CopyField> copyFields() {
    return List.of(new CopyField(Schema.TITLE, Schema.TITLE_WORDS), new CopyField(Schema.BODY, Schema.BODY_WORDS));
  }

  /** Every facet dimension of either document kind, plus the month and pair dimensions. */
  public static List<String> facetDims() {
    Set<String> dims = new LinkedHashSet<>(Schema.FACET_DIMS);
    dims.addAll(Schema.AGREEMENT_DIMS);
    dims.add(Schema.F_MONTH);
    dims.add(Schema.F_PAIR);
    return List.copyOf(dims);
  }

  /** Whether {@code dim} is hierarchical in the Lucene index (province/prefecture/county). */
  public static boolean hierarchical(String dim) {
    FacetsConfig config = Schema.facetsConfig();
    return config.getDimConfig(dim).hierarchical;
  }

  /**
   * The token a hierarchical path is indexed as: its depth, a slash, then the path joined by
   * slashes ("2/新疆维吾尔自治区/阿克苏地区"). A document gets one token per ancestor of each of its
   * paths, so a filter on a path is one exact term (matching the path and everything below it), and
   * the values at one level are the terms with prefix "depth/parent/".
   */
  public static String pathToken(List<String> path) {
    return path.size() + "/" + String.join("/", path);
  }

  /** The prefix of the tokens of the children of {@code parent} (empty parent: the top level). */
  public static String childPrefix(List<String> parent) {
    return parent.isEmpty() ? "1/" : (parent.size() + 1) + "/" + String.join("/", parent) + "/";
  }

  /** The tokens for one path: one per ancestor, the path itself included. */
  public static List<String> ancestorTokens(List<String> path) {
    List<String> out = new ArrayList<>(path.size());
    for (int i = 1; i <= path.size(); i++) {
      out.add(pathToken(path.subList(0, i)));
    }
    return out;
  }

  /** The last component of a path token. */
  public static String label(String token) {
    int slash = token.lastIndexOf('/');
    return slash < 0 ? token : token.substring(slash + 1);
  }
}
