package org.aidnews.indexer.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aidnews.indexer.index.Analyzers;
import org.aidnews.indexer.index.Schema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The generated configset describes the same index as {@link Schema}: every field and facet
 * dimension is there, and the analysis chains written into the XML, rebuilt here from the XML with
 * Lucene's own factories, give the same tokens as {@link Analyzers} on Simplified text.
 */
class ConfigsetWriterTest {
  static final List<String> SAMPLES = List.of(
      "浙江大学医学院附属杭州市西溪医院与地区第三人民医院签约，医疗援疆。",
      "广州医科大学附属市八医院党委副书记一行9人到疏附县人民医院交流指导",
      "ＣＴ室 and MRI Running 2025年5月13日 「组团式」援藏",
      "北京市第九批援藏医疗队来到拉萨市人民医院，为当地群众开展义诊和远程会诊培训。");

  @TempDir Path dir;

  @Test
  void everySchemaFieldAndFacetDimensionIsDeclared() throws Exception {
    ConfigsetWriter.write(dir);
    Map<String, Element> fields = elements("field", "name");
    for (String f : List.of(Schema.ID, Schema.KIND, Schema.URL, Schema.TITLE, Schema.BODY, Schema.TITLE_WORDS,
        Schema.BODY_WORDS, Schema.PUBLISHED, Schema.CLUSTER, Schema.CLUSTER_SIZE, Schema.MEMBER, Schema.HOSPITAL_EXACT,
        Schema.SOURCE_EXACT, Schema.STORED_JSON, Schema.WARC_FILE, Schema.WARC_OFFSET)) {
      assertThat(fields).as("field %s", f).containsKey(f);
    }
    for (String dim : Schema.FACET_DIMS) {
      assertThat(fields.get(dim)).as("facet %s", dim).isNotNull();
      assertThat(fields.get(dim).getAttribute("multiValued")).isEqualTo("true");
      assertThat(fields.get(dim).getAttribute("type")).isEqualTo("string");
    }
    assertThat(fields).containsKeys(Schema.F_PARTY, Schema.F_MONTH, Schema.F_PAIR);
    assertThat(fields.get(Schema.TITLE).getAttribute("type")).isEqualTo("text_bigram");
    assertThat(fields.get(Schema.BODY_WORDS).getAttribute("type")).isEqualTo("text_words");
    assertThat(SolrSchema.hierarchical(Schema.F_PROVINCE)).isTrue();
    assertThat(SolrSchema.hierarchical(Schema.F_HOSPITAL)).isFalse();
    assertThat(ConfigsetWriter.zip()).isNotEmpty();
  }

  @Test
  void hierarchicalPathsBecomeAncestorTokens() {
    assertThat(SolrSchema.ancestorTokens(List.of("新疆维吾尔自治区", "喀什地区", "疏附县"))).containsExactly(
        "1/新疆维吾尔自治区", "2/新疆维吾尔自治区/喀什地区", "3/新疆维吾尔自治区/喀什地区/疏附县");
    assertThat(SolrSchema.childPrefix(List.of())).isEqualTo("1/");
    assertThat(SolrSchema.childPrefix(List.of("新疆维吾尔自治区"))).isEqualTo("2/新疆维吾尔自治区/");
    assertThat(SolrSchema.label("2/新疆维吾尔自治区/喀什地区")).isEqualTo("喀什地区");
  }

  @Test
  void generatedChainsTokenizeLikeTheEmbeddedAnalyzers() throws Exception {
    ConfigsetWriter.write(dir);
    Map<String, Element> types = elements("fieldType", "name");
    Analyzer bigramsFromXml = fromXml(types.get("text_bigram"));
    Analyzer wordsFromXml = fromXml(types.get("text_words"));
    for (String s : SAMPLES) {
      assertThat(tokens(bigramsFromXml, s)).as("bigrams of %s", s).isEqualTo(tokens(Analyzers.bigrams(), s))
          .isNotEmpty();
      assertThat(tokens(wordsFromXml, s)).as("words of %s", s).isEqualTo(tokens(Analyzers.words(), s)).isNotEmpty();
    }
    // The stop file really is smartcn's: punctuation disappears from the word field.
    assertThat(tokens(wordsFromXml, "，。")).isEmpty();
  }

  private Analyzer fromXml(Element fieldType) throws IOException {
    Element analyzer = (Element) fieldType.getElementsByTagName("analyzer").item(0);
    CustomAnalyzer.Builder b = CustomAnalyzer.builder(dir);
    Element tok = (Element) analyzer.getElementsByTagName("tokenizer").item(0);
    b.withTokenizer(tok.getAttribute("name"), args(tok));
    NodeList filters = analyzer.getElementsByTagName("filter");
    for (int i = 0; i < filters.getLength(); i++) {
      Element f = (Element) filters.item(i);
      b.addTokenFilter(f.getAttribute("name"), args(f));
    }
    return b.build();
  }

  private static Map<String, String> args(Element e) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      var a = e.getAttributes().item(i);
      if (!a.getNodeName().equals("name")) {
        m.put(a.getNodeName(), a.getNodeValue());
      }
    }
    return m;
  }

  private Map<String, Element> elements(String tag, String key) throws Exception {
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(dir.resolve(ConfigsetWriter.SCHEMA_FILE).toFile());
    NodeList nl = doc.getElementsByTagName(tag);
    Map<String, Element> out = new HashMap<>();
    for (int i = 0; i < nl.getLength(); i++) {
      Element e = (Element) nl.item(i);
      out.put(e.getAttribute(key), e);
    }
    return out;
  }

  static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "+" + inc.getPositionIncrement());
      }
      ts.end();
    }
    return out;
  }
}
