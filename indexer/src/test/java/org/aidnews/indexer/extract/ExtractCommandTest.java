package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aidnews.indexer.cli.ExtractCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ExtractCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private List<JsonNode> lines() {
    return out.toString(StandardCharsets.UTF_8).lines().map(l -> JsonMapper.builder().build().readTree(l)).toList();
  }

  @Test
  void printsOneJsonObjectPerPageWithEveryField() throws Exception {
    Path page = dir.resolve("a.html");
    String html = "<html><head><meta charset=gbk><title>我县与对口支援医院签署托管协议_新闻中心</title></head><body>"
        + "<h1>我县与对口支援医院签署托管协议</h1><div>发布时间：2019-03-06 来源：县卫生健康局</div><div class=zw>"
        + "<p>日前，我县人民政府与省第二人民医院签署县人民医院托管协议，托管期限为五年，省第二人民医院将派驻管理团队。</p>"
        + "<p>县政府负责人表示，托管是提升县级医院服务能力的重要举措，将在编制和投入上给予保障。</p></div></body></html>";
    Files.write(page, html.getBytes("GBK"));
    int code = run("--url", "http://x.example/a.html", "--fetched-at", "2019-03-10T00:00:00Z", page.toString());
    assertThat(code).isZero();
    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(1);
    JsonNode n = lines.get(0);
    assertThat(n.get("url").asString()).isEqualTo("http://x.example/a.html");
    assertThat(n.get("title").asString()).isEqualTo("我县与对口支援医院签署托管协议");
    assertThat(n.get("published").asString()).isEqualTo("2019-03-06");
    assertThat(n.get("publishedRule").asString()).isEqualTo("label");
    assertThat(n.get("source").asString()).isEqualTo("县卫生健康局");
    assertThat(n.get("charset").asString()).isEqualTo("GB18030");
    assertThat(n.get("charsetRule").asString()).isEqualTo("meta");
    assertThat(n.get("script").asString()).isEqualTo("Hans");
    assertThat(n.get("isArticle").asBoolean()).isTrue();
    assertThat(n.get("onTopic").asBoolean()).isTrue();
    assertThat(n.get("body").asString()).startsWith("日前，我县人民政府").contains("\n县政府负责人表示");
    assertThat(n.get("quality").get("rules").isArray()).isTrue();
    assertThat(n.get("quality").get("lostChars").asInt()).isZero();
    assertThat(n.has("hospitals")).as("enrichment fields of an indexed page").isTrue();
    assertThat(n.has("clusterKey")).isTrue();
  }

  @Test
  void defaultsToTheFileUriAndKeepsGoingPastABadFile() throws Exception {
    Path good = dir.resolve("good.html");
    Files.writeString(good, "<p>短</p>", StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.html");
    int code = run(missing.toString(), good.toString());
    assertThat(code).isEqualTo(1);
    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("error").asString()).contains("missing.html");
    assertThat(lines.get(1).get("url").asString()).startsWith("file:/").endsWith("good.html");
    assertThat(lines.get(1).get("quality").get("rejectReason").asString()).isEqualTo("TOO_SHORT");
  }

  @Test
  void badArgumentsAreExplained() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("--fetched-at", "yesterday", "x.html")).isEqualTo(2);
    assertThat(run("--bogus", "x.html")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:").contains("ISO instant").contains("--bogus");
  }
}
