package org.aidnews.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PageDecoderTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset BIG5 = Charset.forName("Big5");

  // Our own sentences: long enough (a few hundred bytes) for the detectors, as real article pages are.
  static final String SIMPLIFIED = "国务院原总理朱镕基曾多次强调基层医疗的重要性。近日，省卫生健康委员会组织专家赴对口支援地区开展义诊活动，"
      + "为当地群众提供心血管、内分泌和儿科等方面的诊疗服务，并与县人民医院签署了专科联盟合作协议。专家团队还开展了业务培训，"
      + "帮助基层医生提高常见病和多发病的诊治能力，受到当地干部群众的欢迎。";
  static final String TRADITIONAL = "近日，省衛生健康委員會組織專家赴對口支援地區開展義診活動，為當地群眾提供心血管、內分泌和兒科等方面的"
      + "診療服務，並與縣人民醫院簽署了專科聯盟合作協議。專家團隊還開展了業務培訓，幫助基層醫生提高常見病和多發病的診治能力，"
      + "受到當地幹部群眾的歡迎。";

  static byte[] page(String text, Charset cs, String metaCharset) {
    String meta = metaCharset == null ? "" : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + metaCharset + "\">";
    return ("<html><head>" + meta + "<title>t</title></head><body><p>" + text + "</p></body></html>").getBytes(cs);
  }

  private final PageDecoder decoder = new PageDecoder();

  static Stream<Arguments> pages() {
    return Stream.of(
        // bytes charset, meta label, HTTP header, expected family, expected rule, expected mismatch
        Arguments.of("UTF-8 bytes, meta says gb2312", StandardCharsets.UTF_8, "gb2312", null, "UTF-8", "utf8-strict", true),
        Arguments.of("GBK bytes with 镕, no label anywhere", GBK, null, null, "GB18030", "detector", false),
        Arguments.of("GBK bytes, header says gb2312", GBK, null, "text/html; charset=gb2312", "GB18030", "http", false),
        Arguments.of("GBK bytes, header says ISO-8859-1", GBK, null, "text/html; charset=ISO-8859-1", "GB18030", "detector", true),
        Arguments.of("GBK bytes, meta gbk, header utf-8", GBK, "gbk", "text/html; charset=utf-8", "GB18030", "meta", true),
        Arguments.of("UTF-8 bytes, correct header", StandardCharsets.UTF_8, null, "text/html; charset=UTF-8", "UTF-8", "utf8-strict", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void decodesSimplifiedPages(String name, Charset cs, String meta, String header, String family, String rule,
      boolean mismatch) {
    Decoded d = decoder.decode(page(SIMPLIFIED, cs, meta), header);
    assertThat(d).isNotNull();
    assertThat(CharsetFamily.of(d.charset())).isEqualTo(family);
    assertThat(d.rule()).isEqualTo(rule);
    assertThat(d.mismatch()).isEqualTo(mismatch);
    assertThat(d.text()).contains("朱镕基").contains("专科联盟");
  }

  @ParameterizedTest(name = "Big5 bytes, meta {0}, header {1}")
  @CsvSource(nullValues = "-", value = {
      "-,   text/html; charset=gb2312",
      "-,   text/html; charset=utf-8",
      "gb2312, -",
      "big5, text/html; charset=gbk",
      "-, -"})
  void big5WithWrongOrMissingLabelsIsBig5(String meta, String header) {
    Decoded d = decoder.decode(page(TRADITIONAL, BIG5, meta), header);
    assertThat(d).isNotNull();
    assertThat(CharsetFamily.of(d.charset())).isEqualTo("Big5");
    assertThat(d.text()).contains("專科聯盟合作協議");
    assertThat(d.mismatch()).isEqualTo(header != null && !header.contains("big5") || meta != null && !meta.equals("big5"));
  }

  @Test
  void gb2312LabelDecodesGbkOnlyCharactersAsGb18030() {
    // 喆 and 镕 are not in GB2312; strict GB2312 would fail or give '?'.
    byte[] bytes = page("院长魏喆与朱镕基" + SIMPLIFIED, GBK, "gb2312");
    Decoded d = decoder.decode(bytes, null);
    assertThat(d.charset()).isEqualTo("GB18030");
    assertThat(d.rule()).isEqualTo("meta");
    assertThat(d.text()).contains("魏喆").doesNotContain("\uFFFD");
  }

  @Test
  void byteOrderMarksWin() {
    byte[] body = "<p>医联体</p>".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Decoded d = decoder.decode(withBom, "text/html; charset=gbk");
    assertThat(d.rule()).isEqualTo("bom");
    assertThat(d.text()).isEqualTo("<p>医联体</p>");

    byte[] utf16 = "\uFEFF<p>医共体</p>".getBytes(StandardCharsets.UTF_16LE);
    Decoded d16 = decoder.decode(utf16, null);
    assertThat(d16.rule()).isEqualTo("bom");
    assertThat(d16.text()).isEqualTo("<p>医共体</p>");
  }

  @Test
  void pureAsciiTakesTheDeclaredLabel() {
    Decoded d = decoder.decode("<html><body>hello</body></html>".getBytes(StandardCharsets.US_ASCII),
        "text/html; charset=gbk");
    assertThat(d.rule()).isEqualTo("http");
    assertThat(d.text()).contains("hello");
  }

  @Test
  void emptyIsEmptyTextNotUndecodable() {
    Decoded d = decoder.decode(new byte[0], null);
    assertThat(d).isNotNull();
    assertThat(d.text()).isEmpty();
    assertThat(d.rule()).isEqualTo("empty");
  }

  @Test
  void binaryJunkIsUndecodable() {
    byte[] junk = new byte[8192];
    new Random(42).nextBytes(junk);
    assertThat(decoder.decode(junk, null)).isNull();
    assertThat(decoder.decode(junk, "text/html; charset=gbk")).isNull();
  }

  @Test
  void lostCharactersDoNotSwitchCharset() {
    // A UTF-8 page whose writer already lost characters ('??'): every other charset is worse.
    byte[] bytes = page("臨床??平建設，" + TRADITIONAL, StandardCharsets.UTF_8, "gb2312");
    Decoded d = decoder.decode(bytes, null);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.text()).contains("臨床??平");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(nullValues = "-", value = {
      "gb2312, GB18030", "GBK, GB18030", "x-gbk, GB18030", "gb18030, GB18030", "GB_2312-80, GB18030",
      "big5, Big5-HKSCS", "Big5-HKSCS, Big5-HKSCS", "cp950, Big5-HKSCS", "utf8, UTF-8", "UTF-8, UTF-8",
      "iso-8859-1, ISO-8859-1", "no-such-charset, -", "'', -", "b@d!label, -"})
  void labelsMapToTheCharsetThatReallyDecodes(String label, String javaName) {
    Charset cs = CharsetLabel.forLabel(label);
    assertThat(cs == null ? null : cs.name()).isEqualTo(javaName);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "'text/html; charset=GBK', GBK",
      "'text/html;charset=\"utf-8\"', utf-8",
      "text/html, -",
      "'text/html; charset=', -"})
  void contentTypeCharset(String header, String label) {
    assertThat(CharsetLabel.fromContentType(header)).isEqualTo(label);
  }

  @Test
  void metaCharsetIsSniffedFromBothForms() {
    assertThat(CharsetLabel.fromMeta("<meta charset=\"big5\">".getBytes(StandardCharsets.US_ASCII))).isEqualTo("big5");
    assertThat(CharsetLabel.fromMeta("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">"
        .getBytes(StandardCharsets.US_ASCII))).isEqualTo("gb2312");
    byte[] late = new byte[5000];
    java.util.Arrays.fill(late, (byte) ' ');
    byte[] tag = "<meta charset=gbk>".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(tag, 0, late, 4500, tag.length);
    assertThat(CharsetLabel.fromMeta(late)).as("beyond the first 4 KB").isNull();
  }
}
