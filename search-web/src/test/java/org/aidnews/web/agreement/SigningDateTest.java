package org.aidnews.web.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aidnews.web.agreement.SigningDate.Basis;
import org.junit.jupiter.api.Test;

class SigningDateTest {
  private static final LocalDate D = LocalDate.of(2022, 1, 18);

  private static Basis basis(LocalDate date, String written) {
    return SigningDate.of(date, written).basis();
  }

  @Test
  void aWrittenYearMatchingTheDateIsExact() {
    assertThat(basis(D, "2022年1月18日")).isEqualTo(Basis.WRITTEN);
    assertThat(basis(D, "2022-01-18")).isEqualTo(Basis.WRITTEN);
    assertThat(basis(D, "2022/1/18")).isEqualTo(Basis.WRITTEN);
    assertThat(basis(D, " 2022 年 1 月 18 日 ")).isEqualTo(Basis.WRITTEN);
    assertThat(SigningDate.of(D, "2022年1月18日").inferred()).isFalse();
    assertThat(SigningDate.of(D, "2022年1月18日").csvBasis()).isEqualTo("原文");
  }

  @Test
  void aMissingYearIsInferred() {
    SigningDate d = SigningDate.of(D, "1月18日");
    assertThat(d.basis()).isEqualTo(Basis.YEAR_INFERRED);
    assertThat(d.inferred()).isTrue();
    assertThat(d.csvBasis()).isEqualTo("年份推断");
    assertThat(d.explanationKey()).isEqualTo("date.basis.year_inferred");
    assertThat(basis(D, "1月18号")).isEqualTo(Basis.YEAR_INFERRED);
    assertThat(basis(D, "18日")).isEqualTo(Basis.MONTH_INFERRED);
    assertThat(basis(D, "昨天")).isEqualTo(Basis.RELATIVE);
    assertThat(basis(D, "前日")).isEqualTo(Basis.RELATIVE);
  }

  @Test
  void aDateTheTextDoesNotExplainIsNotTakenAsExact() {
    // A year in the text that is not the date's year (the date came from elsewhere), or no text at all.
    assertThat(basis(D, "2021年12月30日")).isEqualTo(Basis.YEAR_INFERRED);
    assertThat(basis(D, null)).isEqualTo(Basis.UNVERIFIED);
    assertThat(basis(D, "日前")).isEqualTo(Basis.UNVERIFIED);
    assertThat(basis(D, "")).isEqualTo(Basis.UNVERIFIED);
    // Four digits that are not a year (a document number) do not count either.
    assertThat(basis(D, "第2022号")).isEqualTo(Basis.UNVERIFIED);
  }

  @Test
  void noDateIsNeitherExactNorInferred() {
    SigningDate d = SigningDate.of(null, "日前");
    assertThat(d.basis()).isEqualTo(Basis.NONE);
    assertThat(d.inferred()).isFalse();
    assertThat(d.csvBasis()).isEmpty();
    assertThat(d.explanationKey()).isNull();
  }
}
