package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LostCharactersTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "臨床??平建設 | 2",
      "??坡聯盟 | 2",
      "????? 1月18日下午 | 5",
      "浙江省眼科區域?2病中心 | 0",
      "怎么办?原因及解决办法 | 0",
      "攻略大全? | 0",
      "真的吗??? | 3",
      "锟斤拷锟斤拷 | 6",
      "中\uFFFD文 | 1",
      "用户自定义\uE5C2字 | 1",
      "普通的句子。 | 0"})
  void countsWhatWasLostNotRealQuestionMarks(String text, int lost) {
    assertThat(LostCharacters.count(text)).isEqualTo(lost);
  }
}
