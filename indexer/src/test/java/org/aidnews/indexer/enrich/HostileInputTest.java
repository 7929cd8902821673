package org.aidnews.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import org.aidnews.indexer.model.EnrichedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad or odd text gives an article with fewer facts, never an exception; long text stays fast. */
class HostileInputTest {
  static Stream<String> inputs() {
    return Stream.of("", " ", "\n\n\n", "?????", "医院", "医院医院医院", "（以下简称“”）", "(下简称“县人民医院”", "签署", "签署了协议。",
        "在举行", "第一师", "兵团", "浙阿浙阿浙阿", "0月0日签约", "99月99日签署协议", "|||||||", "人民医院（以下简称“人民医院”）",
        "\uFFFD\uFFFD医院与\uFFFD签署协议", "𠀀𠀁医院", "a".repeat(5000), "县县县县县县人民医院", "省省省中医院");
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void neverThrows(String body) {
    assertThatCode(() -> TestEnricher.enrich(body, body, LocalDate.of(2024, 1, 1))).doesNotThrowAnyException();
    assertThatCode(() -> TestEnricher.enrich(null, body, null)).doesNotThrowAnyException();
  }

  @Test
  void randomHanTextNeverThrows() {
    Random random = new Random(42);
    String alphabet = "医院县市省区人民中第一二三与和在签署协议约月日援疆阿克苏喀什疏附浙江杭州（）“”以下简称，。|\n?";
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 200; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThatCode(() -> TestEnricher.enrich(null, s, LocalDate.of(2024, 1, 1))).as(s).doesNotThrowAnyException();
    }
  }

  @Test
  void aLongPageIsEnrichedInLinearTime() {
    String paragraph = Fixtures.article("seed-000.json").body() + "\n";
    String longBody = paragraph.repeat(100); // about 115,000 characters
    TestEnricher.enrich(null, paragraph, LocalDate.of(2021, 5, 28)); // warm up
    long t0 = System.nanoTime();
    EnrichedArticle e = TestEnricher.enrich(null, longBody, LocalDate.of(2021, 5, 28));
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(e.hospitals()).contains("阿克苏地区第三人民医院");
    assertThat(millis).as("milliseconds for %d characters", longBody.length()).isLessThan(5_000);
  }
}
