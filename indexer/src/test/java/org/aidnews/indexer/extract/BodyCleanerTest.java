package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyCleanerTest {
  private static final String PARA = "1月25日，西南医科大学附属医院与叙永县人民政府签署医疗联合体合作框架协议，双方将在人才培养等方面开展合作。";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "图片; drop:image-placeholder",
      "圖片; drop:image-placeholder",
      "受访者供图; drop:caption",
      "【攜手十年】“西南醫科大學附屬醫院醫療集團敘永醫院”正式授牌(圖3); drop:caption",
      "图为援疆专家在手术中; drop:caption",
      "（记者 张三 摄）; drop:caption",
      "【大 中 小】; drop:font-size",
      "字號:  大 中 小; drop:font-size",
      "【打印本页】 【关闭窗口】; drop:widget",
      "分享到：微信 微博; drop:widget",
      "扫一扫在手机打开当前页; drop:widget",
      "關注川南在線網微信公眾號; drop:follow-prompt",
      "长按识别二维码关注我们; drop:follow-prompt",
      "651; drop:view-counter",
      "阅读 2031; drop:view-counter",
      "點擊數量:4749; drop:view-counter",
      "版权所有：某市卫生健康委员会 浙ICP备00000000号; drop:footer",
      "主办单位：浙江省卫生健康委员会; drop:footer",
      "原标题：某某医院开展义诊; drop:original-title",
      "—————; drop:symbols"})
  void dropsBoilerplateLines(String line, String rule) {
    BodyCleaner.Result r = BodyCleaner.clean(List.of(PARA, line, PARA + "后续。"), null, new Credits());
    assertThat(r.lines()).containsExactly(PARA, PARA + "后续。");
    assertThat(r.rules()).contains(rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "(編輯:阿麗婭); 阿麗婭",
      "责任编辑：李文; 李文",
      "编辑:李永鑫; 李永鑫",
      "【通讯员】广州援疆; 广州援疆",
      "文/尹丽 图/梁婷; 尹丽 梁婷",
      "审核：陈刚; 陈刚"})
  void creditLinesLeaveTheTextAndBecomeAuthors(String line, String author) {
    Credits credits = new Credits();
    BodyCleaner.Result r = BodyCleaner.clean(List.of(PARA, line), null, credits);
    assertThat(r.lines()).containsExactly(PARA);
    assertThat(credits.author()).isEqualTo(author);
  }

  @Test
  void sourceLineGivesTheSource() {
    Credits credits = new Credits();
    BodyCleaner.clean(List.of(PARA, "【来源】南方农村报"), null, credits);
    assertThat(credits.source()).isEqualTo("南方农村报");
  }

  @Test
  void trailingParentheticalCreditIsStrippedFromTheParagraph() {
    Credits credits = new Credits();
    BodyCleaner.Result r = BodyCleaner.clean(List.of(PARA + "(來源:健康西南 文/尹麗 林夢媛 圖/梁婷)"), null, credits);
    assertThat(r.lines()).containsExactly(PARA);
    assertThat(credits.source()).isEqualTo("健康西南");
    assertThat(credits.author()).isEqualTo("尹麗 林夢媛 梁婷");
  }

  @Test
  void keywordSpamHeaderAndNavigationBarsGo() {
    BodyCleaner.Result r = BodyCleaner.clean(List.of(
        "中文亚洲无线码av|亚洲欧美高清麻豆综合|国产精品区一区二区免费|国产亚洲一区二区三区无码", PARA,
        "中新網首頁|安徽|北京|上海|重慶|福建"), null, new Credits());
    assertThat(r.lines()).containsExactly(PARA);
    assertThat(r.spamRemoved()).isTrue();
    assertThat(r.rules()).containsExactly("drop:keyword-header", "drop:nav-bar");
  }

  @Test
  void aNavigationBarIsNotSpam() {
    BodyCleaner.Result r = BodyCleaner.clean(List.of(PARA, "中新網首頁|安徽|北京|上海|重慶|福建"), null, new Credits());
    assertThat(r.lines()).containsExactly(PARA);
    assertThat(r.spamRemoved()).isFalse();
  }

  @Test
  void sentencesWithBarsStay() {
    String line = "活动主题为“健康|快乐|成长|共享”，共有三百余名群众参加。";
    assertThat(BodyCleaner.clean(List.of(PARA, line), null, new Credits()).lines()).containsExactly(PARA, line);
  }

  @Test
  void endMarkCutsEverythingAfter() {
    BodyCleaner.Result r = BodyCleaner.clean(List.of(PARA, "- END -", "梦幻西游礼包怎么领取?详细领取攻略大揭秘"), null,
        new Credits());
    assertThat(r.lines()).containsExactly(PARA);
  }

  @Test
  void relatedListCutsEverythingAfter() {
    BodyCleaner.Result r = BodyCleaner.clean(List.of(PARA, PARA + "二", "相关新闻", "某县开展义诊活动", "某市召开卫生大会"),
        null, new Credits());
    assertThat(r.lines()).containsExactly(PARA, PARA + "二");
  }

  @Test
  void trailingListWithRepeatedTitlesIsCut() {
    BodyCleaner.Result r = BodyCleaner.clean(List.of(PARA, PARA + "二", PARA + "三",
        "龙之谷手游进不去及闪退无法连接解决办法", "龙之谷手游进不去及闪退无法连接解决办法", "其他"), null, new Credits());
    assertThat(r.lines()).containsExactly(PARA, PARA + "二", PARA + "三");
    assertThat(r.spamRemoved()).isTrue();
  }

  @Test
  void headerLinesInsideTheElementGoToTheDateFinder() {
    String title = "【攜手十年】“西南醫科大學附屬醫院醫療集團敘永醫院”正式授牌";
    BodyCleaner.Result r = BodyCleaner.clean(List.of(title, "頭條川南在線 發布時間:2022-01-26", PARA), title,
        new Credits());
    assertThat(r.lines()).containsExactly(PARA);
    assertThat(r.headerLines()).containsExactly(title, "頭條川南在線 發布時間:2022-01-26");
  }

  @Test
  void subheadingsAndShortParagraphsStay() {
    List<String> in = List.of(PARA, "杭州市第一人民醫院", PARA + "二");
    assertThat(BodyCleaner.clean(in, "深化組團式醫療援疆", new Credits()).lines()).containsExactlyElementsOf(in);
  }
}
