package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinAnnotationsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // input | output | annotations removed
      "發(fā)布時(shí)間:2021-05-28 | 發布時間:2021-05-28 | 2",
      "來(lái)源:中新網(wǎng)新疆 | 來源:中新網新疆 | 2",
      "指揮長(zhǎng)朱林森 | 指揮長朱林森 | 1",
      "醫(yī)學(xué)院（yī）附屬 | 醫學院附屬 | 3",
      "中(zhōng guó)國 | 中國 | 1",
      "新闻(xīnwén)报道 | 新闻报道 | 1",
      "中新網新疆新聞6月20日電(馮勇)為進一步 | 中新網新疆新聞6月20日電(馮勇)為進一步 | 0",
      "正式授牌(圖1) | 正式授牌(圖1) | 0",
      "世界卫生组织(WHO)指出 | 世界卫生组织(WHO)指出 | 0",
      "下载手机(app)即可 | 下载手机(app)即可 | 0",
      "广州医科大学附属市八医院(下简称“市八医院”) | 广州医科大学附属市八医院(下简称“市八医院”) | 0",
      "CT(fā) | CT(fā) | 0",
      "平ㄔO(shè)建設 | 平ㄔO(shè)建設 | 0",
      "阿克蘇(Aksu)地區 | 阿克蘇(Aksu)地區 | 0"})
  void removesOnlyToneMarkedReadingsAfterHan(String in, String out, int removed) {
    PinyinAnnotations.Result r = PinyinAnnotations.remove(in);
    assertThat(r.text()).isEqualTo(out);
    assertThat(r.removed()).isEqualTo(removed);
  }
}
