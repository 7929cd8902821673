package org.aidnews.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.aidnews.indexer.enrich.eval.LabelledPage;
import org.aidnews.indexer.model.Agreement;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.Party;
import org.aidnews.indexer.model.Side;
import org.junit.jupiter.api.Test;

/**
 * The five seed pages, with the facts of the table "Facts a correct enrichment finds" in
 * {@code shared/seeds/README.md}, written out here in full so a change in any of them shows.
 * The text is the seed's main text (Simplified, pinyin removed), as the extraction stage hands it on.
 */
class SeedEnrichmentTest {
  private static EnrichedArticle enrich(String fixture) {
    LabelledPage p = Fixtures.article(fixture);
    return TestEnricher.enrich(p.title(), p.body(), p.published());
  }

  private static Party helper(String name) {
    return new Party(name, Side.helper);
  }

  private static Party recipient(String name) {
    return new Party(name, Side.recipient);
  }

  @Test
  void seed000XixiHospitalSignsWithTwoAksuHospitals() {
    EnrichedArticle e = enrich("seed-000.json");
    assertThat(e.provinces()).containsExactlyInAnyOrder("浙江省", "新疆维吾尔自治区");
    assertThat(e.helperProvinces()).containsExactly("浙江省");
    assertThat(e.recipientProvinces()).containsExactly("新疆维吾尔自治区");
    assertThat(e.hospitals()).containsExactly("浙江大学医学院附属杭州市西溪医院", "阿克苏地区第三人民医院", "阿克苏市传染病医院");
    assertThat(e.agreements()).hasSize(1);
    Agreement a = e.agreements().get(0);
    assertThat(a.type()).isEqualTo("专科联盟");
    assertThat(a.parties()).containsExactly(helper("浙江大学医学院附属杭州市西溪医院"), recipient("阿克苏地区第三人民医院"),
        recipient("阿克苏市传染病医院"));
    assertThat(a.date()).isEqualTo(LocalDate.of(2021, 5, 11));
    assertThat(a.dateText()).isEqualTo("5月11日");
    assertThat(a.place()).isEqualTo("阿克苏地区疾控中心");
    assertThat(e.topics()).contains("专科联盟", "远程医疗");
  }

  @Test
  void seed001ExchangeVisitHasEightHospitalsAndNoAgreement() {
    EnrichedArticle e = enrich("seed-001.json");
    assertThat(e.provinces()).containsExactlyInAnyOrder("新疆维吾尔自治区", "浙江省");
    assertThat(e.helperProvinces()).containsExactly("浙江省");
    assertThat(e.recipientProvinces()).containsExactly("新疆维吾尔自治区");
    assertThat(e.hospitals()).containsExactly("阿克苏市人民医院", "浙江大学医学院附属杭州市第一人民医院", "杭州师范大学附属医院", "杭州市第三人民医院",
        "杭州市中医医院", "杭州市红十字会医院", "杭州市第七人民医院", "杭州市富阳中医骨伤医院");
    assertThat(e.agreements()).isEmpty();
    assertThat(e.topics()).contains("组团式援疆");
  }

  @Test
  void seed002UniversityHospitalAndCountyGovernmentFormAnAlliance() {
    EnrichedArticle e = enrich("seed-002.json");
    assertThat(e.provinces()).containsExactly("四川省");
    assertThat(e.helperProvinces()).containsExactly("四川省");
    assertThat(e.recipientProvinces()).containsExactly("四川省");
    assertThat(e.hospitals()).containsExactly("西南医科大学附属医院", "叙永县人民医院");
    assertThat(e.agreements()).containsExactly(new Agreement("医联体", "医疗联合体合作框架协议",
        List.of(helper("西南医科大学附属医院"), recipient("叙永县人民政府")), LocalDate.of(2022, 1, 25), "1月25日", "泸州市南苑宾馆"));
    assertThat(e.places()).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("泸州市");
      assertThat(p.role()).isEqualTo(org.aidnews.indexer.model.Role.helper);
    });
    assertThat(e.places()).anySatisfy(p -> {
      assertThat(p.county()).isEqualTo("叙永县");
      assertThat(p.role()).isEqualTo(org.aidnews.indexer.model.Role.recipient);
    });
  }

  @Test
  void seed003ProvinceHospitalAndCountyWithoutAYear() {
    EnrichedArticle e = enrich("seed-003.json");
    assertThat(e.provinces()).containsExactly("甘肃省");
    assertThat(e.helperProvinces()).containsExactly("甘肃省");
    assertThat(e.recipientProvinces()).containsExactly("甘肃省");
    assertThat(e.hospitals()).containsExactly("甘肃省中医院", "甘谷县人民医院", "甘谷县中医院");
    assertThat(e.agreements()).containsExactly(new Agreement("合作共建", "医疗帮扶合作共建框架协议",
        List.of(helper("甘肃省中医院"), recipient("甘谷县人民政府")), null, "1月18日", "甘肃省中医院"));
  }

  @Test
  void seed004SpunCopyWithDeclaredAbbreviations() {
    EnrichedArticle e = enrich("seed-004.json");
    assertThat(e.provinces()).containsExactlyInAnyOrder("广东省", "新疆维吾尔自治区");
    assertThat(e.helperProvinces()).containsExactly("广东省");
    assertThat(e.recipientProvinces()).containsExactly("新疆维吾尔自治区");
    assertThat(e.hospitals()).containsExactly("广州医科大学附属市八医院", "疏附县人民医院");
    assertThat(e.agreements()).hasSize(1);
    Agreement a = e.agreements().get(0);
    assertThat(a.type()).isEqualTo("医联体");
    assertThat(a.title()).isEqualTo("医联体合作协议");
    assertThat(a.parties()).containsExactly(helper("广州医科大学附属市八医院"), recipient("疏附县人民医院"));
    assertThat(a.date()).isNull();
    assertThat(a.dateText()).isEqualTo("日前");
    assertThat(e.topics()).contains("捐赠", "医联体", "组团式援疆");
  }

  @Test
  void seed001TraditionalRawTextThroughConversionGivesTheSameHospitals() throws Exception {
    // The raw page text (nav bar, credits and all), read as the pipeline's placeholder extraction hands it over.
    EnrichedArticle e = TestEnricher.enrich(null, Fixtures.rawSeed("001"), LocalDate.of(2022, 6, 20));
    assertThat(e.hospitals()).hasSize(8).startsWith("阿克苏市人民医院");
  }

  @Test
  void clusterKeyIsSixteenHexDigitsAndIgnoresCreditLines() {
    LabelledPage p = Fixtures.article("seed-002.json");
    EnrichedArticle plain = TestEnricher.enrich(p.title(), p.body(), p.published());
    EnrichedArticle credited = TestEnricher.enrich(p.title(), "原标题：西南医大附院授牌\n" + p.body() + "\n责任编辑：某某", p.published());
    assertThat(plain.clusterKey()).matches("[0-9a-f]{16}");
    assertThat(credited.clusterKey()).isEqualTo(plain.clusterKey());
  }
}
