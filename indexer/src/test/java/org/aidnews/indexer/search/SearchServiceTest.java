package org.aidnews.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.search.SearchResult.FacetValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
  @TempDir static Path root;
  static SearchService service;

  @BeforeAll
  static void open() throws Exception {
    SampleCorpus.write(root, SampleCorpus.articles());
    service = new SearchService(root);
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static SearchResult q(String query) throws Exception {
    return service.search(SearchRequest.of(query));
  }

  private static SearchResult q(String query, Map<String, List<String>> filters) throws Exception {
    return service.search(new SearchRequest(query, filters, null, null, SearchRequest.Sort.relevance, 1, 10));
  }

  private static List<String> urls(SearchResult r) {
    return r.hits().stream().map(h -> h.article().url()).toList();
  }

  @Test
  void simplifiedQueryFindsTraditionalPageAndTheReverse() throws Exception {
    assertThat(urls(q("专科联盟"))).containsExactly("http://a.test/1");
    assertThat(urls(q("專科聯盟"))).containsExactly("http://a.test/1");
    assertThat(q("医疗援疆").total()).isEqualTo(q("醫療援疆").total()).isEqualTo(3);
    assertThat(urls(q("疏附縣人民醫院"))).containsExactly("http://b.test/2");
  }

  @Test
  void hospitalNameIsFoundWhateverItsSegmentation() throws Exception {
    assertThat(urls(q("西南医科大学附属医院"))).containsExactly("http://d.test/4");
    assertThat(urls(q("地区第三人民医院"))).containsExactly("http://a.test/1");
    assertThat(urls(q("hospital:拉萨市人民医院"))).containsExactly("http://c.test/3");
  }

  @Test
  void phraseExclusionOrAndProximity() throws Exception {
    assertThat(urls(q("\"医联体合作协议\""))).containsExactly("http://b.test/2");
    assertThat(q("医疗援疆 -招聘").total()).isEqualTo(2);
    assertThat(q("义诊 OR 医联体").total()).isEqualTo(3);
    assertThat(q("(援藏 OR 援疆) 医疗队").total()).isEqualTo(1);
    assertThat(urls(q("\"西南医科大学 签署\"~10"))).containsExactly("http://d.test/4");
    assertThat(q("title:签署").total()).isEqualTo(1);
  }

  @Test
  void highlightsAreEscapedAndMarked() throws Exception {
    SearchResult r = q("疏附县");
    assertThat(r.hits()).hasSize(1);
    assertThat(r.hits().get(0).titleHighlight()).contains("<mark>疏附县</mark>");
    assertThat(r.hits().get(0).snippet()).contains("<mark>疏附县</mark>");
  }

  @Test
  void facetCountsAndMultiSelectEqualTheOrQuery() throws Exception {
    SearchResult all = q("");
    assertThat(all.total()).isEqualTo(5);
    assertThat(all.facets().get("province")).extracting(FacetValue::value, FacetValue::count)
        .contains(org.assertj.core.groups.Tuple.tuple("新疆维吾尔自治区", 3L));
    assertThat(all.facets().get("year")).extracting(FacetValue::value)
        .containsExactly("2025", "2024", "2023", "2022", "2021");

    SearchResult twoHelpers = q("", Map.of("helper", List.of("浙江省", "广东省")));
    assertThat(twoHelpers.total()).isEqualTo(2);
    // Sideways counts: the helper dimension still shows every helper, as if unfiltered.
    assertThat(twoHelpers.facets().get("helper")).extracting(FacetValue::value)
        .containsExactlyInAnyOrder("浙江省", "广东省", "北京市", "四川省");
    // Across dimensions: AND.
    SearchResult helperAndYear = q("", Map.of("helper", List.of("浙江省", "广东省"), "year", List.of("2025")));
    assertThat(urls(helperAndYear)).containsExactly("http://b.test/2");
    assertThat(all.facets().get("month")).extracting(FacetValue::value)
        .containsExactly("2021-05", "2022-01", "2023-08", "2024-03", "2025-05");
    assertThat(all.facets().get("pair")).extracting(FacetValue::value, FacetValue::count)
        .contains(org.assertj.core.groups.Tuple.tuple("浙江省>新疆维吾尔自治区", 1L),
            org.assertj.core.groups.Tuple.tuple("四川省>四川省", 1L));
    // Hierarchical province path.
    SearchResult kashgar = q("", Map.of("province", List.of("新疆维吾尔自治区/喀什地区")));
    assertThat(urls(kashgar)).containsExactly("http://b.test/2");
  }

  @Test
  void badQueriesAreRefusedWithAMessageNotACrash() {
    assertThatThrownBy(() -> q("(".repeat(200) + "援疆" + ")".repeat(200)))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("嵌套");
    assertThatThrownBy(() -> q("(".repeat(3000) + "援疆" + ")".repeat(3000)))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("太长");
    assertThatThrownBy(() -> q("\"援疆")).isInstanceOf(BadQueryException.class).hasMessageContaining("引号");
    assertThatThrownBy(() -> q("援疆 ".repeat(100))).isInstanceOf(BadQueryException.class);
    assertThatThrownBy(() -> q("援疆)")).isInstanceOf(BadQueryException.class);
  }

  @Test
  void wildcardAndRegexSyntaxIsPlainText() throws Exception {
    assertThat(q("*援疆").total()).isGreaterThanOrEqualTo(0);
    assertThat(q("/.*a.{30}/").total()).isZero();
  }

  @Test
  void agreementsAreSearchableAndFacetedOnTheirOwn() throws Exception {
    SearchService.AgreementResult all = service.searchAgreements(SearchRequest.of(""));
    assertThat(all.total()).isEqualTo(3);
    // Newest first, by signing date or, when the text gives none (日前), by the first report's date.
    assertThat(all.records()).extracting(org.aidnews.indexer.index.AgreementRecord::dateText)
        .containsExactly("日前", "1月25日", "5月11日");
    assertThat(all.facets().get("agreementType")).extracting(FacetValue::value, FacetValue::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("医联体", 2L), org.assertj.core.groups.Tuple.tuple("专科联盟", 1L));
    SearchService.AgreementResult one = service.searchAgreements(new SearchRequest("", Map.of("party", List.of("叙永县人民政府")),
        null, null, SearchRequest.Sort.relevance, 1, 10));
    assertThat(one.records()).singleElement().satisfies(r -> {
      assertThat(r.title()).isEqualTo("医疗联合体合作框架协议");
      assertThat(r.sources()).extracting(AgreementRecordSource::url).containsExactly("http://d.test/4");
    });
    // Article searches never return agreement documents.
    assertThat(q("医疗联合体合作框架协议").hits()).allSatisfy(h -> assertThat(h.article().url()).isNotNull());
  }

  private interface AgreementRecordSource {
    static String url(org.aidnews.indexer.index.AgreementRecord.Source s) {
      return s.url();
    }
  }

  @Test
  void suggestsHospitalAndPlaceNamesByInfixInEitherScript() throws Exception {
    assertThat(service.suggest("疏附", 5)).extracting(NameSuggester.Suggestion::text)
        .contains("疏附县人民医院", "疏附县");
    assertThat(service.suggest("人民醫院", 10)).extracting(NameSuggester.Suggestion::text)
        .contains("疏附县人民医院", "拉萨市人民医院");
    assertThat(service.suggest("", 5)).isEmpty();
  }

  @Test
  void syndicatedCopiesAreFoldedUnderTheBestRankedOneWithTheirCount(@TempDir Path other) throws Exception {
    var base = SampleCorpus.articles();
    var original = base.get(1);
    var list = new java.util.ArrayList<>(base);
    // Two copies of article 2 on other sites: a header added, and one a day later with its last sentence cut.
    list.add(SampleCorpus.article("http://copy1.test/x", original.article().title(),
        "原标题：广州市八医院团队到疏附县调研交流\n" + original.article().body(),
        java.time.LocalDate.of(2025, 5, 14), "新疆日报", original.places(), original.helperProvinces(),
        original.recipientProvinces(), original.hospitals(), List.of(), null));
    list.add(SampleCorpus.article("http://copy2.test/y", original.article().title() + "_转载",
        original.article().body().substring(0, original.article().body().length() - 8),
        java.time.LocalDate.of(2025, 5, 15), "某网", original.places(), original.helperProvinces(),
        original.recipientProvinces(), original.hospitals(), List.of(), null));
    SampleCorpus.write(other, list);
    try (SearchService s = new SearchService(other)) {
      SearchResult r = s.search(SearchRequest.of("疏附县"));
      assertThat(r.total()).isEqualTo(3); // every matching article counts
      assertThat(r.hits()).hasSize(1);    // but the copies are folded under one hit
      var all = new java.util.ArrayList<String>();
      all.add(r.hits().get(0).article().url());
      r.hits().get(0).copies().forEach(c -> all.add(c.url()));
      assertThat(all).containsExactlyInAnyOrder("http://copy1.test/x", "http://copy2.test/y", "http://b.test/2");
      // Copies are listed earliest first.
      assertThat(r.hits().get(0).copies()).extracting(SearchResult.Copy::published).isSorted();
      // An unrelated article about the same place is not folded in.
      assertThat(s.search(SearchRequest.of("医疗援疆")).hits()).hasSize(3);
    }
  }
}
