package org.aidnews.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.aidnews.indexer.enrich.agreement.AgreementType;
import org.aidnews.indexer.enrich.agreement.DateMention;
import org.aidnews.indexer.model.Agreement;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.Party;
import org.aidnews.indexer.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementTest {
  static Stream<Arguments> dates() {
    LocalDate may13 = LocalDate.of(2025, 5, 13);
    return Stream.of(
        Arguments.of("5月11日上午", may13, "5月11日", LocalDate.of(2025, 5, 11)),
        Arguments.of("12月28日", LocalDate.of(2022, 1, 5), "12月28日", LocalDate.of(2021, 12, 28)),
        Arguments.of("2019年3月2日", may13, "2019年3月2日", LocalDate.of(2019, 3, 2)),
        Arguments.of("1月18日下午", null, "1月18日", null),
        Arguments.of("日前，", may13, "日前", null),
        Arguments.of("近日", may13, "近日", null),
        Arguments.of("昨天上午", may13, "昨天", LocalDate.of(2025, 5, 12)),
        Arguments.of("前天", may13, "前天", LocalDate.of(2025, 5, 11)),
        Arguments.of("2月30日", may13, "2月30日", null),
        // issue 5: a day alone is in the publish month, or the month before when it would be later
        Arguments.of("双方11日在杭州签署协议", may13, "11日", LocalDate.of(2025, 5, 11)),
        Arguments.of("28日下午签约", LocalDate.of(2025, 3, 2), "28日", LocalDate.of(2025, 2, 28)),
        Arguments.of("31日签约", LocalDate.of(2025, 3, 2), "31日", null),
        Arguments.of("新华社电 双方于2025-05-11签约", may13, "2025-05-11", LocalDate.of(2025, 5, 11)));
  }

  @ParameterizedTest
  @MethodSource("dates")
  void signingDates(String text, LocalDate published, String expectedText, LocalDate expected) {
    DateMention d = DateMention.first(text, 0, text.length(), published);
    assertThat(d.text()).isEqualTo(expectedText);
    assertThat(d.date()).isEqualTo(expected);
  }

  @Test
  void aDatelineIsNotAnEventDate() {
    assertThat(DateMention.first("中新网新疆新闻6月20日电", 0, 14, LocalDate.of(2022, 6, 20))).isNull();
  }

  @Test
  void typesFollowTheControlledListInOrder() {
    assertThat(AgreementType.labels()).containsExactly("托管", "医共体", "医联体", "专科联盟", "合作共建", "组团式帮扶", "远程医疗", "对口帮扶", "其他");
    assertThat(AgreementType.in("医疗帮扶合作共建框架协议").label()).isEqualTo("合作共建");
    assertThat(AgreementType.in("医疗联合体合作框架协议").label()).isEqualTo("医联体");
    assertThat(AgreementType.in("战略合作协议")).isNull();
  }

  @Test
  void anExchangeVisitSignsNothing() {
    EnrichedArticle e = TestEnricher.enrich("阿克苏市人民医院赴杭州交流", "6月13日，阿克苏市人民医院一行赴杭州市第一人民医院交流学习，希望依托医联体和专科联盟平台加强合作。",
        LocalDate.of(2022, 6, 20));
    assertThat(e.agreements()).isEmpty();
  }

  @Test
  void aRenewedAgreementIsASigning() {
    // issue 5: 续签 (renewal) reports a signing like 签署
    EnrichedArticle e = TestEnricher.enrich(null, "9月3日，上海交通大学医学院附属瑞金医院与喀什地区第二人民医院续签“组团式”帮扶协议。",
        LocalDate.of(2024, 9, 4));
    assertThat(e.agreements()).hasSize(1);
    Agreement a = e.agreements().get(0);
    assertThat(a.type()).isEqualTo("组团式帮扶");
    assertThat(a.date()).isEqualTo(LocalDate.of(2024, 9, 3));
    assertThat(a.parties()).extracting(Party::name)
        .containsExactlyInAnyOrder("上海交通大学医学院附属瑞金医院", "喀什地区第二人民医院");
  }

  @Test
  void familyDoctorContractsAreNotAgreements() {
    EnrichedArticle e = TestEnricher.enrich(null, "专家指导宁夏固原市人民医院与乡镇卫生院做好家庭医生签约服务。福建省人民医院派出专家。", LocalDate.of(2022, 6, 20));
    assertThat(e.agreements()).isEmpty();
  }

  @Test
  void anEarlierSigningRecalledIsNotTheNewsButTheNewOneIs() {
    EnrichedArticle e = TestEnricher.enrich(null,
        "2019年，成都市第三人民医院与汶川县人民医院签订对口帮扶协议。\n昨天，成都市第三人民医院与汶川县人民政府签订医共体协议。",
        LocalDate.of(2024, 3, 2));
    assertThat(e.agreements()).hasSize(1);
    Agreement a = e.agreements().get(0);
    assertThat(a.type()).isEqualTo("医共体");
    assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(a.parties()).containsExactly(new Party("成都市第三人民医院", Side.helper), new Party("汶川县人民政府", Side.recipient));
  }

  @Test
  void peopleSigningForTheirHospitalsTakeTheHospitalsFromTheSentenceBefore() {
    EnrichedArticle e = TestEnricher.enrich(null,
        "日前，广州医科大学附属市八医院一行到疏附县人民医院交流。\n会上，广州医科大学附属市八医院向疏附县人民医院捐赠设备。随后，余纳与雷鸣共同签署了医联体合作协议。",
        LocalDate.of(2025, 5, 13));
    Agreement a = e.agreements().get(0);
    assertThat(a.parties()).containsExactly(new Party("广州医科大学附属市八医院", Side.helper), new Party("疏附县人民医院", Side.recipient));
    assertThat(a.dateText()).isEqualTo("日前");
    assertThat(a.date()).isNull();
    assertThat(a.title()).isEqualTo("医联体合作协议");
  }
  @Test
  void aStrongerSentenceNamingOnlyOneSideDoesNotDropTheOther() {
    EnrichedArticle e = TestEnricher.enrich(null,
        "4月9日，那曲市人民医院与天津医科大学总医院“组团式”帮扶协议签约仪式举行。\n仪式上，双方代表签署协议，并为“天津医科大学总医院那曲诊疗中心”揭牌。",
        LocalDate.of(2023, 4, 10));
    assertThat(e.agreements()).hasSize(1);
    assertThat(e.agreements().get(0).parties()).extracting(Party::name)
        .containsExactlyInAnyOrder("那曲市人民医院", "天津医科大学总医院");
    assertThat(e.agreements().get(0).date()).isEqualTo(LocalDate.of(2023, 4, 9));
  }

  @Test
  void anOrganisedAidStoryNamingTibetPutsTibetOnTheReceivingSide() {
    EnrichedArticle e = TestEnricher.enrich(null, "5月8日，四川大学华西医院与西藏自治区人民医院在拉萨续签“组团式”帮扶协议。",
        LocalDate.of(2024, 5, 9));
    assertThat(e.agreements().get(0).parties()).containsExactlyInAnyOrder(new Party("四川大学华西医院", Side.helper),
        new Party("西藏自治区人民医院", Side.recipient));
  }

  @Test
  void onlookersAreNotParties() {
    EnrichedArticle e = TestEnricher.enrich(null,
        "3月2日，浙江大学医学院附属第一医院与阿克苏地区第一人民医院签订对口帮扶协议。浙江省援疆指挥部、阿克苏地区卫生健康委员会有关负责人见证签约。",
        LocalDate.of(2023, 3, 3));
    assertThat(e.agreements()).hasSize(1);
    assertThat(e.agreements().get(0).parties()).extracting(Party::name)
        .containsExactlyInAnyOrder("浙江大学医学院附属第一医院", "阿克苏地区第一人民医院");
  }

  @Test
  void doctorsSigningMentorPactsMakeNoAgreementBetweenTheirHospitals() {
    EnrichedArticle e = TestEnricher.enrich(null,
        "天津医科大学总医院的专家在和田地区人民医院工作了一年。每位专家都与两名本地医生签订带教协议，手把手传授技术。",
        LocalDate.of(2023, 3, 3));
    assertThat(e.agreements()).isEmpty();
  }

  @Test
  void aLeadHospitalSigningWithItsMembersHelpsThem() {
    EnrichedArticle e = TestEnricher.enrich(null,
        "9月5日，疏附县医共体签约仪式举行。疏附县人民医院作为牵头医院，与全县12家乡镇卫生院签订医共体协议。",
        LocalDate.of(2023, 9, 6));
    assertThat(e.agreements()).hasSize(1);
    Agreement a = e.agreements().get(0);
    assertThat(a.type()).isEqualTo("医共体");
    assertThat(a.parties()).containsExactly(new Party("疏附县人民医院", Side.helper));
    assertThat(a.date()).isEqualTo(LocalDate.of(2023, 9, 5));
  }

  @Test
  void theSentenceNamingThePartiesSaysWhatWasSetUpOverABroaderLaterOne() {
    EnrichedArticle e = TestEnricher.enrich(null,
        "前天，四川省人民医院与甘孜藏族自治州人民医院医联体签约仪式举行。根据签订的协议，四川省人民医院将帮扶甘孜藏族自治州人民医院建设重症医学科。",
        LocalDate.of(2023, 6, 3));
    assertThat(e.agreements()).hasSize(1);
    assertThat(e.agreements().get(0).type()).isEqualTo("医联体");
    assertThat(e.agreements().get(0).date()).isEqualTo(LocalDate.of(2023, 6, 1));
  }

  @Test
  void aCountyLeadingItsOwnCommunityInAnAidedRegionStaysOnTheReceivingSide() {
    EnrichedArticle e = TestEnricher.enrich(null,
        "6月2日，墨玉县人民医院作为牵头医院，与全县16家乡镇卫生院签订医共体建设协议。北京援疆医疗队参与了方案制定。",
        LocalDate.of(2023, 6, 3));
    assertThat(e.agreements().get(0).parties()).containsExactly(new Party("墨玉县人民医院", Side.helper));
    assertThat(e.recipientProvinces()).contains("新疆维吾尔自治区");
    assertThat(e.helperProvinces()).doesNotContain("新疆维吾尔自治区");
  }

  private static EnrichedArticle withPublishRule(String body, LocalDate published, String rule) {
    org.aidnews.indexer.model.Article a = new org.aidnews.indexer.model.Article("http://test.invalid/b", java.time.Instant.EPOCH,
        "UTF-8", null, body, published, rule, null, null, org.aidnews.indexer.model.Script.Hans, true, true, 1.0,
        new org.aidnews.indexer.model.Quality(java.util.List.of(), java.util.Set.of(), 0, null));
    return TestEnricher.get().enrich("b", a, "", body);
  }

  @Test
  void aSigningDateTakesItsYearFromAnInferredPublishDateAndSaysSo() {
    String body = "3月6日，天水市第一人民医院与清水县人民医院签订医联体合作协议。";
    Agreement guessed = withPublishRule(body, LocalDate.of(2024, 3, 6), "inferred-year-fetch").agreements().get(0);
    assertThat(guessed.date()).isEqualTo(LocalDate.of(2024, 3, 6));
    assertThat(guessed.dateYearInferred()).isTrue();
    Agreement known = withPublishRule(body, LocalDate.of(2024, 3, 7), "meta").agreements().get(0);
    assertThat(known.dateYearInferred()).isFalse();
  }

  @Test
  void aYearWrittenWithTheSigningDateIsNeverInferred() {
    Agreement a = withPublishRule("2024年3月6日，天水市第一人民医院与清水县人民医院签订医联体合作协议。", LocalDate.of(2024, 3, 6),
        "inferred-year-fetch").agreements().get(0);
    assertThat(a.date()).isEqualTo(LocalDate.of(2024, 3, 6));
    assertThat(a.dateYearInferred()).isFalse();
  }
}
