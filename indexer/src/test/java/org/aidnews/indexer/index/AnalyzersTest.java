package org.aidnews.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Token tables for the vocabulary of this domain, in the manner of smartcn's own tests. The smartcn
 * rows document its current behaviour (its dictionary is old: names and new terms split oddly),
 * which is why every query also runs on the bigram fields.
 */
class AnalyzersTest {
  static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      ts.end();
    }
    return out;
  }

  @ParameterizedTest(name = "words({0})")
  @CsvSource(delimiter = '|', value = {
      "医疗援疆|医疗@0-2 援@2-3 疆@3-4",
      "醫療援疆|医疗@0-2 援@2-3 疆@3-4",
      "医联体|医@0-1 联@1-2 体@2-3",
      "医疗联合体|医疗@0-2 联合体@2-5",
      "专科联盟|专科@0-2 联盟@2-4",
      "對口支援|对口@0-2 支援@2-4",
      "组团式援疆|组团@0-2 式@2-3 援@3-4 疆@4-5",
      "疏附县人民医院|疏@0-1 附@1-2 县@2-3 人民@3-5 医院@5-7",
      "阿克蘇地區第三人民醫院|阿克苏@0-3 地区@3-5 第@5-6 三@6-7 人民@7-9 医院@9-11",
      "西南医科大学附属医院|西南@0-2 医科@2-4 大学@4-6 附属@6-8 医院@8-10",
  })
  void smartcnWordsOverSimplified(String text, String expected) throws IOException {
    assertThat(String.join(" ", tokens(Analyzers.words(), text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "bigrams({0})")
  @CsvSource(delimiter = '|', value = {
      "医联体|医联@0-2 联体@1-3",
      "醫聯體|医联@0-2 联体@1-3",
      "疆|疆@0-1",
      "浙阿 专科|浙阿@0-2 专科@3-5",
      "ＣＴ检查 2024年|ct@0-2 检查@2-4 2024@5-9 年@9-10",
  })
  void bigramsKeepOffsetsOnTheOriginalText(String text, String expected) throws IOException {
    assertThat(String.join(" ", tokens(Analyzers.bigrams(), text))).isEqualTo(expected);
  }
}
