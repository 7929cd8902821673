package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpunTextTest {
  private static final String TITLE = "广州市八医院团队到疏附县调研交流,共推医疗援疆工作";

  @Test
  void titleFragmentsPastedIntoSentencesAreSpun() {
    // Seed 004's opening paragraph: 县调, 流共, 疗援, 推医, 疆工, 院团, 研交 pasted between words.
    String body = "日前,广州医科大学附属市八医院(下简称“市八医院”)党委副书记、县调院长余纳一行9人到疏附县人民医院"
        + "(下简称“县人民医院”)交流指导,流共疗援并看望慰问医疗援疆专家。推医疏附县卫健委党组副书记、疆工主任艾克然木夏·艾尼娃尔,"
        + "广州广州援疆干部、市医疏附县卫健委副主任余超,院团研交县人民医院领导班子及广州医疗援疆专家、县调相关科室负责人参加座谈交流,"
        + "流共疗援座谈会由县人民医院党总支书记、推医副院长李芳主持。疆工";
    SpunText.Finding f = SpunText.find(TITLE, body);
    assertThat(f.spun()).as("%s", f).isTrue();
    assertThat(f.distinct()).contains("县调", "推医");
  }

  @Test
  void anArticleRepeatingItsTitleIsNotSpun() {
    String body = "广州市八医院团队日前到疏附县调研交流。广州医科大学附属市八医院党委副书记余纳一行到疏附县人民医院交流指导，"
        + "看望慰问医疗援疆专家。双方表示，将共推医疗援疆工作，加强在医院管理、学科建设、人才培养等方面的合作。"
        + "市八医院多年来选派专家到疏附县开展帮扶，县人民医院的诊疗能力持续提升。";
    assertThat(SpunText.find(TITLE, body).spun()).isFalse();
  }

  @Test
  void straddlingBigramsCrossWordBoundaries() {
    assertThat(SpunText.straddlingBigrams(TITLE)).contains("县调", "推医").doesNotContain("医院", "调研");
  }
}
