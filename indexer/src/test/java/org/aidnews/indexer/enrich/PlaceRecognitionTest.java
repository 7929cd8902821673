package org.aidnews.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.aidnews.indexer.enrich.place.PlaceMention;
import org.aidnews.indexer.enrich.place.PlaceRecognizer;
import org.aidnews.indexer.model.EnrichedArticle;
import org.aidnews.indexer.model.Place;
import org.aidnews.indexer.model.Role;
import org.aidnews.indexer.normalize.ScriptConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Token tables: a text, and every place found in it as "as written=resolved full name". */
class PlaceRecognitionTest {
  private final PlaceRecognizer recognizer = new PlaceRecognizer(TestEnricher.get().gazetteer());

  private List<String> places(String text) {
    return recognizer.recognize(text).stream().map(m -> m.text() + "=" + m.division().name()).toList();
  }

  static Stream<Arguments> table() {
    return Stream.of(
        // full names, short names, prefecture beats its own county-level city of the same short name
        Arguments.of("浙江省杭州市援疆干部赴阿克苏", List.of("浙江省=浙江省", "杭州市=杭州市", "阿克苏=阿克苏地区")),
        Arguments.of("阿克苏市人民医院", List.of("阿克苏市=阿克苏市")),
        // a county short name needs its prefecture, province or full name in the article
        Arguments.of("支持疏附医疗卫生事业", List.of()),
        Arguments.of("喀什地区的疏附和伽师", List.of("喀什地区=喀什地区", "疏附=疏附县", "伽师=伽师县")),
        Arguments.of("疏附县人民医院帮扶疏附百姓", List.of("疏附县=疏附县", "疏附=疏附县")),
        // an ambiguous full name takes the reading the context supports, else none
        Arguments.of("城关区开展义诊", List.of()),
        Arguments.of("兰州市城关区开展义诊", List.of("兰州市=兰州市", "城关区=城关区")),
        // common words are not places without their suffix
        Arguments.of("与会来宾参观了合作项目", List.of()),
        Arguments.of("来宾市人民医院", List.of("来宾市=来宾市")),
        // a blocking phrase hides the place inside it
        Arguments.of("感谢各族人民和政府的支持", List.of()),
        // single-character abbreviations count only in fixed pairs
        Arguments.of("浙阿两地", List.of("浙阿=浙江省", "浙阿=阿克苏地区")),
        Arguments.of("浙大专家到阿里", List.of()),
        // 海南 is the province unless Qinghai is the context
        Arguments.of("海南专家", List.of("海南=海南省")),
        Arguments.of("青海省海南州", List.of("青海省=青海省", "海南州=海南藏族自治州")),
        // the 兵团 is its own province-level unit
        Arguments.of("援助兵团第一师阿拉尔市", List.of("兵团第一师阿拉尔市=第一师阿拉尔市")),
        // issue 5: 和 after an institution or office is a conjunction (县委和县政府), not 和县
        Arguments.of("县委和县政府高度重视", List.of()),
        Arguments.of("安徽省和县", List.of("安徽省=安徽省", "和县=和县")),
        // navigation bars count for nothing
        Arguments.of("首页|安徽|北京|上海|重庆|福建|甘肃\n阿克苏地区", List.of("阿克苏地区=阿克苏地区")),
        Arguments.of("北京 天津 上海 重庆 河北\n正文", List.of()),
        // a direction after a lone province abbreviation is a region word (浙西山区, 皖南山区), not 西山区/南山区
        Arguments.of("淳安县地处浙西山区", List.of("淳安县=淳安县")),
        Arguments.of("四川南充市专家", List.of("四川=四川省", "南充市=南充市")));
  }

  @ParameterizedTest
  @MethodSource("table")
  void tokenTable(String text, List<String> expected) {
    assertThat(places(text)).containsExactlyElementsOf(expected);
  }

  @Test
  void traditionalNamesMatchAfterConversion() {
    String simplified = ScriptConverter.get().toSimplified("阿克蘇地區");
    assertThat(simplified).isEqualTo("阿克苏地区");
    assertThat(places(ScriptConverter.get().toSimplified("赴阿克蘇參加簽約"))).containsExactly("阿克苏=阿克苏地区");
  }

  @Test
  void offsetsPointAtTheName() {
    PlaceMention m = recognizer.recognize("在疏附县").get(0);
    assertThat(m.start()).isEqualTo(1);
    assertThat(m.end()).isEqualTo(4);
  }

  @Test
  void rolesFromCuesPairsAndFraming() {
    EnrichedArticle e = TestEnricher.enrich("沪喀合作", "上海市援疆干部在喀什地区泽普县开展工作。北京时间上午十时，活动开始。", LocalDate.of(2022, 1, 1));
    assertThat(e.helperProvinces()).containsExactly("上海市");
    assertThat(e.recipientProvinces()).containsExactly("新疆维吾尔自治区");
    Place zepu = e.places().stream().filter(p -> "泽普县".equals(p.county())).findFirst().orElseThrow();
    assertThat(zepu.role()).isEqualTo(Role.recipient);
    assertThat(zepu.prefecture()).isEqualTo("喀什地区");
    assertThat(zepu.province()).isEqualTo("新疆维吾尔自治区");
    assertThat(zepu.code()).isEqualTo("653124");
  }

  @Test
  void aListEndingIn等援疆省市HelpsAsAWhole() {
    EnrichedArticle e = TestEnricher.enrich(null, "北京、天津、江苏等援疆省市前方指挥部代表参加会议。", LocalDate.of(2022, 1, 1));
    assertThat(e.helperProvinces()).containsExactlyInAnyOrder("北京市", "天津市", "江苏省");
  }

  @Test
  void aMeetingOfAidedHospitalsHasNoHelperAmongThem() {
    EnrichedArticle e = TestEnricher.enrich("全区医疗援疆工作会议召开",
        "和田地区人民医院、于田县人民医院和墨玉县人民医院的负责人在会上交流了援疆专家帮助下的学科建设经验。", LocalDate.of(2022, 1, 1));
    assertThat(e.recipientProvinces()).containsExactly("新疆维吾尔自治区");
    assertThat(e.helperProvinces()).isEmpty();
  }

  @Test
  void coordinationCarriesTheHelperCue() {
    EnrichedArticle e = TestEnricher.enrich(null, "在浙江省和杭州市援疆指挥部的牵头下，活动在阿克苏地区举行。", LocalDate.of(2021, 5, 28));
    assertThat(e.places()).extracting(Place::name, Place::role)
        .contains(org.assertj.core.groups.Tuple.tuple("浙江省", Role.helper), org.assertj.core.groups.Tuple.tuple("杭州市", Role.helper),
            org.assertj.core.groups.Tuple.tuple("阿克苏地区", Role.recipient));
  }

  static Stream<Arguments> rolesWithoutFraming() {
    return Stream.of(
        // issue 5: without 援疆/援藏 framing, in a story of hospital-to-hospital help the senior hospital
        // helps and the junior one receives, also within one province
        Arguments.of("成都专家远程会诊", "四川大学华西医院专家通过远程系统为雷波县人民医院的患者会诊。", List.of("四川省"), List.of("四川省")),
        Arguments.of(null, "兰州大学第一医院派出专家到临夏县人民医院坐诊带教。", List.of("甘肃省"), List.of("甘肃省")),
        Arguments.of(null, "浙江大学医学院附属第一医院专家在凉山州第一人民医院开展手术示范。", List.of("浙江省"), List.of("四川省")),
        // equal seniority: the travel wording decides (赴/走进 the destination; 专家 of the origin)
        Arguments.of("温州医疗专家走进黔东南州开展义诊", "温州市人民医院与黔东南州人民医院专家一起接诊。", List.of("浙江省"),
            List.of("贵州省")),
        // no assistance wording: no sides
        Arguments.of(null, "四川大学华西医院和雷波县人民医院发布冬季流感提示。", List.of(), List.of()));
  }

  @ParameterizedTest
  @MethodSource("rolesWithoutFraming")
  void rolesFromSeniorityAndTravel(String title, String body, List<String> helpers, List<String> recipients) {
    EnrichedArticle e = TestEnricher.enrich(title, body, LocalDate.of(2023, 3, 1));
    assertThat(e.helperProvinces()).containsExactlyInAnyOrderElementsOf(helpers);
    assertThat(e.recipientProvinces()).containsExactlyInAnyOrderElementsOf(recipients);
  }

  @Test
  void navigationBarDoesNotFillTheProvinceFacet() throws Exception {
    String raw = Fixtures.rawSeed("001");
    String[] lines = raw.split("\n", 2);
    EnrichedArticle e = TestEnricher.enrich(null, raw, LocalDate.of(2022, 6, 20));
    assertThat(lines[1]).contains("安徽|北京|上海");
    assertThat(e.provinces()).containsExactlyInAnyOrder("新疆维吾尔自治区", "浙江省");
  }
}
