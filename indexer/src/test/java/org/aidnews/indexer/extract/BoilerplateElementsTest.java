package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateElementsTest {
  private static Set<Element> marked(Element body) {
    return BoilerplateElements.mark(body, e -> Whitespace.visibleLength(e.text()));
  }

  /** A search form is boilerplate; a form wrapping a short article whole (VSB, ASP.NET) is not. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "search box | <form id=f action=/s><input name=q><button>搜索</button></form><div><p>县医院与省医院签署协议，双方将开展合作。</p></div> | true",
      "page wrapper | <div>首页</div><form id=f name=_newscontent_fromname><h2>我院专家赴县医院义诊</h2><p>5月19日，我院专家到县医院开展义诊和教学查房，接诊群众一百余人次。</p></form> | false"})
  void forms(String kind, String html, boolean boilerplate) {
    Element body = Jsoup.parse("<html><body>" + html + "</body></html>").body();
    assertThat(marked(body).contains(body.getElementById("f"))).isEqualTo(boilerplate);
  }
}
