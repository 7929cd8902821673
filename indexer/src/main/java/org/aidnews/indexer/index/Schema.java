package org.aidnews.indexer.index;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Field names, facet dimensions and the schema version: the one place the index layout is defined.
 * Field-type choices are commented in {@link ArticleDocuments} where each field is built.
 */
public final class Schema {
  private Schema() {}

  /** Written into every commit's user data; the web app refuses an index of another version. */
  public static final String VERSION = "5";
  public static final String COMMIT_SCHEMA_VERSION = "aidnews.schema";
  public static final String COMMIT_ARTICLES = "aidnews.articles";
  public static final String COMMIT_TIME = "aidnews.committedAt";

  /** Document kind: one document per article and one per agreement record, in the same index. */
  public static final String KIND = "kind";
  public static final String KIND_ARTICLE = "article";
  public static final String KIND_AGREEMENT = "agreement";

  public static final String ID = "id";
  public static final String URL = "url";
  /** Title and body in the page's own script, analysed as bigrams, stored with offsets: searched and highlighted. */
  public static final String TITLE = "title";
  public static final String BODY = "body";
  /** The same text analysed by smartcn into words: relevance on real words. */
  public static final String TITLE_WORDS = "title_words";
  public static final String BODY_WORDS = "body_words";
  /** Publish date as epoch day (Asia/Shanghai calendar date). */
  public static final String PUBLISHED = "published";
  /**
   * Syndication cluster: binary doc values holding the cluster's canonical (earliest) article id, or
   * the article's own id when it has no copies. Doc values, not terms, because the cluster is known
   * only after every article of a build has been seen, and doc values can be updated in place.
   */
  public static final String CLUSTER = "cluster";
  /** Number of articles in the article's syndication cluster (1 when it has no copies). */
  public static final String CLUSTER_SIZE = "cluster_size";
  /** Kind of the per-cluster documents listing the members of each syndication cluster. */
  public static final String KIND_CLUSTER = "cluster";
  /** On cluster documents: one exact term per member article id. */
  public static final String MEMBER = "member";
  /** Exact canonical values for field-prefixed queries (hospital:, source:). */
  public static final String HOSPITAL_EXACT = "hospital_exact";
  public static final String SOURCE_EXACT = "source_exact";
  /** The enriched article as JSON, for result lists, the article page and the API. */
  public static final String STORED_JSON = "doc";
  /** Where the saved copy is: WARC file name and record offset. */
  public static final String WARC_FILE = "warc_file";
  public static final String WARC_OFFSET = "warc_offset";

  // Facet dimensions (names used in URLs, JSON and the UI alike).
  public static final String F_PROVINCE = "province";
  public static final String F_HELPER = "helper";
  public static final String F_RECIPIENT = "recipient";
  public static final String F_HOSPITAL = "hospital";
  public static final String F_YEAR = "year";
  public static final String F_SOURCE = "source";
  public static final String F_AGREEMENT_TYPE = "agreementType";
  public static final String F_TOPIC = "topic";
  /** Publish month (YYYY-MM), for the coverage-over-time chart; not shown as a sidebar facet. */
  public static final String F_MONTH = "month";
  /** Helper province → recipient province pairs of an article ("浙江省>新疆维吾尔自治区"), for the pairing matrix. */
  public static final String F_PAIR = "pair";
  public static final String PAIR_SEPARATOR = ">";
  /** Agreement parties (canonical institution names), on agreement documents only. */
  public static final String F_PARTY = "party";

  public static final List<String> FACET_DIMS =
      List.of(F_PROVINCE, F_HELPER, F_RECIPIENT, F_HOSPITAL, F_YEAR, F_SOURCE, F_AGREEMENT_TYPE, F_TOPIC);
  /** The dimensions shown on the precedents (agreements) view. */
  public static final List<String> AGREEMENT_DIMS = List.of(F_AGREEMENT_TYPE, F_HELPER, F_RECIPIENT, F_YEAR, F_PARTY);

  /** Facet configuration: every dimension multi-valued; province is hierarchical (province/prefecture/county). */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACET_DIMS) {
      config.setMultiValued(dim, true);
    }
    config.setMultiValued(F_PARTY, true);
    config.setMultiValued(F_PAIR, true);
    config.setHierarchical(F_PROVINCE, true);
    return config;
  }
}
