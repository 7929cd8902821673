package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDensityTest {
  private static final String[] PARAS = {
      "7月5日，县人民医院与省人民医院远程医疗协作协议签约仪式通过视频方式举行，两院远程医疗协作平台同时开通。",
      "根据协议，省人民医院将通过远程平台提供疑难病例会诊、远程影像和病理诊断、远程教学查房等服务。",
      "开通仪式上，省人民医院专家与县医院医生连线，就一例危重患者进行了远程会诊，提出了具体的治疗建议。",
      "县医院负责人表示，远程平台开通后，专家的帮扶将从驻点延伸到在线，群众在家门口就能看上好医生。"};

  private static Element main(String html) {
    Document doc = Jsoup.parse(html);
    Map<Element, TextDensity.Stats> stats = TextDensity.measure(doc.body(), Set.of());
    return TextDensity.best(stats, doc.selectFirst("h1"));
  }

  /** Every paragraph in a wrapper of its own: the main element is the block holding all of them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "section | <section><p style='text-indent:2em'><span>%s</span></p></section>",
      "table rows | <tr><td><font size=3>%s</font></td></tr>"})
  void paragraphsInTheirOwnWrappersAreOneText(String kind, String wrapper) {
    boolean table = wrapper.startsWith("<tr>");
    StringBuilder html = new StringBuilder("<html><body><h1>县医院与省医院开通远程医疗协作平台</h1>");
    html.append(table ? "<table id=t>" : "<div id=t>");
    for (String p : PARAS) {
      html.append(String.format(java.util.Locale.ROOT, wrapper, p));
    }
    html.append(table ? "</table>" : "</div>");
    html.append("<div class=card><p>微信号 abc</p><p>功能介绍：发布医院动态。</p></div></body></html>");
    Element main = main(html.toString());
    assertThat(main).isNotNull();
    for (String p : PARAS) {
      assertThat(main.text()).contains(p);
    }
    assertThat(main.text()).doesNotContain("功能介绍");
  }

  /** A complete multi-paragraph block in a wrapper that adds nothing does not climb into its surroundings. */
  @Test
  void completeBlockInEmptyWrapperStaysPut() {
    StringBuilder html = new StringBuilder("<html><body><div id=outer><h1>县医院与省医院开通远程医疗协作平台</h1>"
        + "<div id=wrap><div id=text>");
    for (String p : PARAS) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</div></div><p>责任编辑：张三。图片由宣传科提供，转载请注明出处，谢谢合作，欢迎关注。</p></div></body></html>");
    assertThat(main(html.toString()).id()).isEqualTo("text");
  }

  /** The WeChat article container is the text: all its paragraphs, not the account card beside it. */
  @Test
  void weChatContainerIsTheText() {
    StringBuilder html = new StringBuilder("<html><body><div class=rich_media_inner><h1 class=rich_media_title>"
        + "县医院与省医院开通远程医疗协作平台</h1><div id=js_content class=rich_media_content>");
    for (String p : PARAS) {
      html.append("<section><section><p><span>").append(p).append("</span></p></section></section>");
    }
    html.append("</div><div class=profile_card><p>县人民医院</p><p>功能介绍：发布医院动态、健康科普与便民服务信息，"
        + "欢迎关注，谢谢。</p></div></div></body></html>");
    assertThat(main(html.toString()).id()).isEqualTo("js_content");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "<div id=js_content></div> | true",
      "<div class='rich_media_content js_underline_content'></div> | true",
      "<div class=TRS_Editor></div> | true",
      "<div id=UCAP-CONTENT></div> | true",
      "<div class=v_news_content></div> | true",
      "<div id=zoom></div> | true",
      "<div class=content></div> | false",
      "<div id=js_contents></div> | false"})
  void knownContainers(String html, boolean known) {
    Element e = Jsoup.parse("<html><body>" + html + "</body></html>").body().child(0);
    assertThat(TextDensity.isKnownContainer(e)).isEqualTo(known);
  }
}
