package org.aidnews.indexer.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aidnews.indexer.normalize.ScriptConverter;
import org.junit.jupiter.api.Test;

class HighlightTextTest {
  @Test
  void touchingMarksMergeAndEscapingIsOurs() {
    String simplified = "医疗援疆 <b> & 'x'\n下一句";
    String html = "<mark>医疗</mark><mark>援疆</mark> &lt;b&gt; &amp; &#x27;x&#x27;\n下一句";
    assertThat(HighlightText.render(List.of(html), simplified, null, false))
        .isEqualTo("<mark>医疗援疆</mark> &lt;b&gt; &amp; &#39;x&#39; 下一句");
  }

  @Test
  void traditionalPagesShowTheirOwnCharactersWithTheSameMarks() {
    String original = "我院赴阿克蘇參加浙阿重點疾病防治柔性援疆暨杭阿專科聯盟集中簽約儀式";
    String simplified = ScriptConverter.get().toSimplified(original);
    assertThat(simplified).hasSameSizeAs(original).isNotEqualTo(original);
    String html = "我院赴阿克苏参加浙阿重点疾病防治柔性援疆暨杭阿<mark>专科联盟</mark>集中签约仪式";
    assertThat(HighlightText.render(List.of(html), simplified, original, false))
        .isEqualTo("我院赴阿克蘇參加浙阿重點疾病防治柔性援疆暨杭阿<mark>專科聯盟</mark>集中簽約儀式");
  }

  @Test
  void passagesAreJoinedWithEllipsesWhereTextWasCut() {
    String body = "第一句话。第二句提到援疆。第三句。第四句也有援疆。第五句。";
    String out = HighlightText.render(List.of("第二句提到<mark>援疆</mark>。", "第四句也有<mark>援疆</mark>。"), body, null, true);
    assertThat(out).isEqualTo("…第二句提到<mark>援疆</mark>。…第四句也有<mark>援疆</mark>。…");
    // A passage not found in the text (should not happen) is still shown, escaped, never dropped.
    assertThat(HighlightText.render(List.of("<mark>x</mark>&lt;"), "abc", "abd", false)).isEqualTo("<mark>x</mark>&lt;");
  }
}
