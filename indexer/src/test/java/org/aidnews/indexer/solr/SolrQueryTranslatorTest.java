package org.aidnews.indexer.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.aidnews.indexer.search.Synonyms;
import org.aidnews.indexer.search.UserQueryParser;
import org.junit.jupiter.api.Test;

class SolrQueryTranslatorTest {
  private final SolrQueryTranslator t = new SolrQueryTranslator(Synonyms.none());

  private String q(String s) {
    return t.translate(UserQueryParser.parse(s));
  }

  @Test
  void textIsSearchedAsBigramAndWordPhrasesWithTheEmbeddedBoosts() {
    assertThat(q("專科聯盟")).contains("title:\"专科联盟\"^3.0", "title_words:\"专科联盟\"^2.0", "body:\"专科联盟\"",
        "body_words:\"专科联盟\"");
    // Two smartcn words typed together also match loosely, each word in title or body.
    assertThat(q("医疗援藏")).contains("+(title_words:医疗 body_words:医疗)", "^0.3");
  }

  @Test
  void operatorsFieldsAndProximity() {
    assertThat(q("援疆 -招聘")).startsWith("(+(").contains(" -(");
    assertThat(q("援疆 OR 援藏")).startsWith("((title:\"援疆\"").contains(") (title:\"援藏\"");
    assertThat(q("\"医院 签约\"~10")).isEqualTo("(title_words:\"医院 签约\"~10^2.0 body_words:\"医院 签约\"~10)");
    assertThat(q("source:中新網")).isEqualTo("source_exact:中新网*");
    assertThat(q("hospital:拉萨市人民医院")).startsWith("(hospital_exact:\"拉萨市人民医院\"^2");
    assertThat(q("title:\"a\\b\"")).isEqualTo("(title:\"a\\\\b\"^3.0 title_words:\"a\\\\b\"^2.0)");
  }

  @Test
  void nothingToSearchForMatchesEverythingAsInLucene() {
    assertThat(q("")).isEqualTo("*:*");
    assertThat(q("，。！")).isEqualTo("*:*");
    assertThat(q("-，")).isEqualTo("*:*");
    assertThat(q("-招聘")).isEqualTo("(*:* -(title:\"招聘\"^3.0 title_words:\"招聘\"^2.0 body:\"招聘\" body_words:\"招聘\" hospital_exact:\"招聘\"^1.5))");
  }

  @Test
  void targetsParseAndRefuseZooKeeper() {
    SolrTarget s = SolrTarget.parse("http://h1:8983/solr,http://h2:8983/solr/aidnews/");
    assertThat(s.nodes()).containsExactly("http://h1:8983/solr", "http://h2:8983/solr");
    assertThat(s.collection()).isEqualTo("aidnews");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SolrTarget.parse("zk1:2181/aidnews"))
        .hasMessageContaining("not an http(s) URL");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SolrTarget.parse("http://h1:8983"))
        .hasMessageContaining("names no collection");
  }
}
