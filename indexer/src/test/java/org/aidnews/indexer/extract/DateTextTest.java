package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {
  private static final LocalDate FETCHED = LocalDate.of(2025, 6, 1);

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "http://a.example/news/2021/0528/art_1.html, 2021-05-28",
      "http://a.example/xxgk/202105/t20210528_123.html, 2021-05-28",
      "http://a.example/c/2021-05/28/c_1127.htm, 2021-05-28",
      "http://a.example/art/2016/11/22/art_1_2.html, 2016-11-22",
      "http://a.example/n/20210528/123.html, 2021-05-28",
      "http://a.example/art/2019/4/9/art_5_77.html, 2019-04-09",
      "http://a.example/art/2019/12/30/art_5_77.html, 2019-12-30",
      "http://a.example/art/2019/4/95/art_5_77.html, -",
      "http://a.example/n/2019/13/9/art_5_77.html, -",
      "http://a.example/n/2021/05/art_1.html, -",
      "http://a.example/n/2021/1332/art_1.html, -",
      "http://a.example/n/2030/0101/art_1.html, -",
      "http://a.example/id/1234202105281234.html, -",
      "http://20210528.a.example/n/1.html, -"})
  void datesInUrls(String url, String date) {
    assertThat(DateText.inUrl(url, FETCHED)).isEqualTo(date == null ? null : LocalDate.parse(date));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "2021-05-28 | 2021-05-28",
      "2021-05-28 10:20:00 | 2021-05-28",
      "2021/5/8 | 2021-05-08",
      "2021年5月28日 | 2021-05-28",
      "2024-11-30T18:45:00Z | 2024-12-01",
      "2024-11-30T18:45:00+08:00 | 2024-11-30",
      "2021-05-28T10:00:00 | 2021-05-28",
      "20210528 | 2021-05-28",
      "2026-01-01 | -",
      "1970-01-01 | -",
      "2021-02-30 | -",
      "tomorrow | -"})
  void metaValues(String value, String date) {
    assertThat(DateText.parseValue(value, FETCHED)).isEqualTo(date == null ? null : LocalDate.parse(date));
  }
}
