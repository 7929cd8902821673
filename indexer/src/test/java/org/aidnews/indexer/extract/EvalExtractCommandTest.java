package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aidnews.indexer.cli.EvalExtractCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EvalExtractCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void measuresTheFixtures() throws URISyntaxException {
    Path fixtures = Path.of(getClass().getResource("/extract/expected").toURI()).getParent();
    assertThat(run(fixtures.toString())).isZero();
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(report).contains("title exact").contains("date exact").contains("body char F1").contains("charset")
        .contains("isArticle");
  }

  @Test
  void readsTheSampleSiteLayoutAndListsMisses() throws Exception {
    Path site = dir.resolve("testdata/sites/demo");
    Files.createDirectories(site.resolve("news"));
    Files.writeString(site.resolve("_site.properties"), "port=18499   # demo port\ncontentType.html=text/html; charset=UTF-8\n");
    Files.writeString(site.resolve("news/a.html"), "<html><head><title>援疆医疗队抵达_新闻</title></head><body><h1>援疆医疗队抵达</h1>"
        + "<div>发布时间：2022-05-01</div><div><p>援疆医疗队一行二十人抵达阿克苏，将在地区人民医院开展为期一年的医疗帮扶工作。</p>"
        + "<p>医疗队将重点帮助受援医院建设胸痛中心，开展远程会诊。</p></div></body></html>", StandardCharsets.UTF_8);
    Path expected = dir.resolve("testdata/expected/demo");
    Files.createDirectories(expected);
    Files.writeString(expected.resolve("news__a.html.json"), "{\"path\":\"/news/a.html\",\"charset\":\"UTF-8\","
        + "\"isArticle\":true,\"title\":\"援疆医疗队抵达\",\"published\":\"2022-05-02\",\"script\":\"Hans\","
        + "\"body\":\"援疆医疗队一行二十人抵达阿克苏，将在地区人民医院开展为期一年的医疗帮扶工作。\\n医疗队将重点帮助受援医院建设胸痛中心，开展远程会诊。\"}",
        StandardCharsets.UTF_8);
    assertThat(run(dir.toString())).isZero();
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(report).contains("title exact     1.0000 (1/1)").contains("date exact      0.0000 (0/1)")
        .contains("MISS sites/demo/news__a.html.json <http://127.0.0.1:18499/news/a.html>")
        .contains("published: want 2022-05-02, got 2022-05-01");
  }

  @Test
  void saysSoWhenThereIsNothingToMeasure() {
    assertThat(run(dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no labelled pages");
  }
}
