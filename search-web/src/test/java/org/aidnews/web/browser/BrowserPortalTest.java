package org.aidnews.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.aidnews.web.TestIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal in a real headless Chromium over the fixed sample corpus (indexer's {@code SampleCorpus}:
 * 医疗援疆 matches three articles; their helper provinces are 浙江省 and 广东省, the third has none).
 * Each test is one reader's journey in a fresh browser profile, so no cookie (the language choice)
 * leaks from one journey into another.
 */
// Selenium warns at every start that it has no CDP binding for this Chromium version; the test
// uses only WebDriver commands, which need none, so the warning is noise.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "logging.level.org.openqa.selenium=ERROR")
class BrowserPortalTest {
  /** Surefire runs in the module directory and sets {@code basedir}; the screenshots go under target/. */
  static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", ".")).resolve("target/screenshots");

  private static final String TRADITIONAL_TITLE = "我院赴阿克蘇參加浙阿重點疾病防治柔性援疆暨杭阿專科聯盟集中簽約儀式";
  private static final String SIMPLIFIED_TITLE = "我院赴阿克苏参加浙阿重点疾病防治柔性援疆暨杭阿专科联盟集中签约仪式";

  @LocalServerPort int port;
  private HeadlessChromium browser;
  private Reader reader;

  @DynamicPropertySource
  static void index(DynamicPropertyRegistry registry) {
    registry.add("aidnews.index", () -> TestIndex.root().toString());
  }

  @BeforeEach
  void startBrowser(TestInfo test) {
    // The reader's browser prefers English: the portal must still open in Chinese (it ignores Accept-Language).
    browser = HeadlessChromium.start("en-US,en");
    reader = new Reader(browser, "http://127.0.0.1:" + port, SCREENSHOTS,
        test.getTestMethod().orElseThrow().getName());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void searchNarrowByTwoHelpersOpenArticleAndReadItInSimplified() {
    reader.open("/");
    reader.search("医疗援疆");
    assertThat(reader.text(".total")).isEqualTo("共找到 3 篇报道");
    assertThat(reader.findAll("ol.hits > li.hit")).hasSize(3);
    List<WebElement> marks = reader.findAll(".hits mark").stream().filter(WebElement::isDisplayed).toList();
    assertThat(marks).as("highlighted words in the results").isNotEmpty();
    for (WebElement mark : marks) {
      assertThat(mark.getText()).as("a highlighted word").isIn("医疗", "援疆", "醫療", "医疗援疆", "醫療援疆");
      assertThat(mark.getCssValue("background-color")).as("a highlight has a background")
          .isNotIn("transparent", "rgba(0, 0, 0, 0)");
      assertThat(mark.getSize().getWidth()).as("a highlight takes room on the page").isPositive();
    }
    reader.screenshot("results");

    reader.follow(helperFacet("浙江省"));
    assertThat(reader.text(".total")).isEqualTo("共找到 1 篇报道");
    assertThat(chips()).containsExactly("支援方：浙江省 ✕");
    reader.screenshot("one-helper");

    reader.follow(helperFacet("广东省"));
    assertThat(reader.text(".total")).as("two values of one facet widen the search (either helper)")
        .isEqualTo("共找到 2 篇报道");
    assertThat(chips()).containsExactlyInAnyOrder("支援方：浙江省 ✕", "支援方：广东省 ✕");
    assertThat(reader.texts(".facet[data-dim=helper] li.on > a.fv .label"))
        .containsExactlyInAnyOrder("浙江省", "广东省");
    assertThat(reader.texts("ol.hits h2")).hasSize(2).anySatisfy(t -> assertThat(t).isEqualTo(TRADITIONAL_TITLE));
    reader.screenshot("two-helpers");

    reader.follow(reader.findAll("ol.hits h2 a").stream()
        .filter(a -> a.getText().equals(TRADITIONAL_TITLE)).findFirst().orElseThrow());
    assertThat(reader.currentPath()).startsWith("/articles/");
    assertThat(reader.text("article h1")).isEqualTo(TRADITIONAL_TITLE);
    assertThat(reader.texts(".facts dd")).contains("浙江大学医学院附属杭州市西溪医院 »", "阿克苏地区第三人民医院 »")
        .anySatisfy(dd -> assertThat(dd).startsWith("专科联盟"))
        .anySatisfy(dd -> assertThat(dd).startsWith("浙江省").contains("杭州市"));
    reader.screenshot("article");

    reader.follow(reader.find("a[href*='script=Hans']"));
    assertThat(reader.text("article h1")).as("the title in Simplified").isEqualTo(SIMPLIFIED_TITLE);
    assertThat(reader.text("article")).contains("显示原文字体").doesNotContain("阿克蘇");
    reader.screenshot("article-simplified");
  }

  @Test
  void languageSwitchIsRememberedOnTheNextPage() {
    reader.open("/search?q=" + enc("医疗援疆"));
    assertThat(reader.script("return document.documentElement.lang")).isEqualTo("zh-CN");
    assertThat(reader.text("form.searchbox button")).isEqualTo("搜索");
    assertThat(reader.text("#lang-switch")).isEqualTo("English");

    reader.follow(reader.find("#lang-switch"));
    assertThat(reader.script("return document.documentElement.lang")).isEqualTo("en");
    assertThat(reader.text(".total")).isEqualTo("3 articles found");
    assertThat(reader.text("form.searchbox button")).isEqualTo("Search");
    assertThat(reader.text(".facets h2")).isEqualTo("Filters");
    assertThat(reader.text("#lang-switch")).isEqualTo("中文");
    assertThat(reader.find("form.searchbox input[name=q]").getAttribute("value")).isEqualTo("医疗援疆");
    reader.screenshot("english-results");

    // The next page's address has no ?lang: English now comes from the remembered choice.
    reader.follow(reader.findAll("nav.nav a").stream().filter(a -> a.getText().equals("Precedents"))
        .findFirst().orElseThrow());
    assertThat(reader.currentPath()).doesNotContain("lang=");
    assertThat(reader.text("h1")).isEqualTo("Precedent agreements");
    assertThat(reader.text(".total")).isEqualTo("3 agreements");
    assertThat(reader.texts("table.agreements th")).contains("Type", "Parties", "Signed");
    reader.screenshot("english-precedents");

    reader.follow(reader.findAll("tr.agreement td:last-child a").stream()
        .filter(a -> a.getText().equals(TRADITIONAL_TITLE)).findFirst().orElseThrow());
    assertThat(reader.text("article h1")).isEqualTo(TRADITIONAL_TITLE);
    assertThat(reader.text(".facts h2")).isEqualTo("Extracted facts");
    assertThat(reader.texts(".facts dt")).contains("Places", "Hospitals", "Agreements");
    assertThat(reader.text("article")).contains("Show in Simplified");
    reader.screenshot("english-article");

    reader.follow(reader.find("#lang-switch"));
    assertThat(reader.text(".facts h2")).isEqualTo("提取的信息");
    assertThat(reader.text("#lang-switch")).isEqualTo("English");
  }

  @Test
  void precedentsListFiltersByType() {
    reader.open("/");
    reader.follow(reader.findAll("nav.nav a").stream().filter(a -> a.getText().equals("协议先例"))
        .findFirst().orElseThrow());
    assertThat(reader.currentPath()).startsWith("/agreements");
    assertThat(reader.text(".total")).isEqualTo("共 3 项协议");
    assertThat(reader.findAll("tr.agreement")).hasSize(3);
    assertThat(reader.texts("tr.agreement td:first-child b"))
        .containsExactlyInAnyOrder("医联体", "医联体", "专科联盟");
    assertThat(reader.find("#csv").getAttribute("href")).contains("/agreements.csv");
    reader.screenshot("precedents");

    WebElement type = reader.findAll(".facet a.fv").stream()
        .filter(a -> a.findElement(By.cssSelector(".label")).getText().equals("医联体"))
        .findFirst().orElseThrow();
    reader.follow(type);
    assertThat(reader.text(".total")).isEqualTo("共 2 项协议");
    assertThat(reader.texts("tr.agreement td:first-child b")).containsExactly("医联体", "医联体");
    assertThat(reader.texts(".chip")).anySatisfy(c -> assertThat(c).contains("医联体"));
    assertThat(reader.find("#csv").getAttribute("href")).as("the export keeps the filter")
        .contains("type=" + enc("医联体"));
    reader.screenshot("precedents-filtered");
  }

  @Test
  void scriptInTheQueryIsShownAsTextNeverRun() {
    String payload = "<img src=x onerror=window.__xss=1>";
    reader.open("/search?q=" + enc(payload));
    assertThat(reader.script("return typeof window.__xss")).isEqualTo("undefined");
    assertThat(reader.script("return document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0L);
    assertThat(reader.find("form.searchbox input[name=q]").getAttribute("value")).isEqualTo(payload);
    reader.screenshot("xss-query");

    reader.search(payload + " 医疗援疆");
    assertThat(reader.script("return typeof window.__xss")).isEqualTo("undefined");
    assertThat(reader.script("return document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0L);
  }

  private WebElement helperFacet(String province) {
    return reader.find(".facet[data-dim=helper] a.fv[data-value='" + province + "']");
  }

  private List<String> chips() {
    return reader.findAll(".chips a.chip:not(.clear)").stream().map(c -> c.getText().strip()).toList();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
