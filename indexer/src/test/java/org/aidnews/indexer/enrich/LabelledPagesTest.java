package org.aidnews.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.enrich.eval.EnrichmentEvaluation;
import org.aidnews.indexer.enrich.eval.LabelledPage;
import org.aidnews.indexer.enrich.eval.LabelledPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The labelled-page layout of SITES-FORMAT.md, read from a small site made here, and run through the pipeline. */
class LabelledPagesTest {
  @Test
  void readsASampleSiteAndScoresItThroughThePipeline(@TempDir Path testdata) throws Exception {
    Path site = Files.createDirectories(testdata.resolve("sites/demo-site/news/2022"));
    Files.writeString(testdata.resolve("sites/demo-site/_site.properties"), "port=18499\ncontentType.html=text/html; charset=UTF-8\n",
        StandardCharsets.ISO_8859_1);
    String raw = Fixtures.rawSeed("001");
    Files.writeString(site.resolve("a1.html"), "<html><head><title>t</title></head><body><p>" + raw.replace("\n", "</p><p>")
        + "</p></body></html>", StandardCharsets.UTF_8);
    Path expected = Files.createDirectories(testdata.resolve("expected/demo-site"));
    Files.writeString(expected.resolve("news__2022__a1.html.json"), """
        {"path": "/news/2022/a1.html", "charset": "UTF-8", "isArticle": true, "title": "深化组团式医疗援疆",
         "published": "2022-06-20", "body": "阿克苏市人民医院赴杭州市第一人民医院交流。",
         "provinces": ["新疆维吾尔自治区", "浙江省"], "helperProvinces": ["浙江省"], "recipientProvinces": ["新疆维吾尔自治区"],
         "hospitals": ["阿克苏市人民医院", "浙江大学医学院附属杭州市第一人民医院"], "agreements": [], "syndication": null}
        """, StandardCharsets.UTF_8);
    Files.writeString(expected.resolve("index.html.json"), "{\"path\": \"/\", \"charset\": \"UTF-8\", \"isArticle\": false}",
        StandardCharsets.UTF_8);
    Files.writeString(expected.resolve("broken.json"), "{not json", StandardCharsets.UTF_8);

    LabelledPages loader = new LabelledPages();
    List<LabelledPage> pages = loader.sampleSites(testdata);
    assertThat(pages).hasSize(2);
    assertThat(loader.problems()).singleElement().asString().contains("broken.json");
    LabelledPage p = pages.stream().filter(LabelledPage::isArticle).findFirst().orElseThrow();
    assertThat(p.id()).isEqualTo("demo-site/news/2022/a1.html");
    assertThat(p.url()).isEqualTo("http://127.0.0.1:18499/news/2022/a1.html");
    assertThat(p.pageFile()).isNotNull();
    assertThat(p.contentType()).isEqualTo("text/html; charset=UTF-8");

    EnrichmentEvaluation eval = new EnrichmentEvaluation(TestEnricher.get());
    EnrichmentEvaluation.Report onText = eval.onLabelledText("demo — labelled text", pages);
    EnrichmentEvaluation.Report onPages = eval.onPages("demo — pipeline", pages, Pipeline.standard());
    assertThat(onText.pages()).isEqualTo(1);
    assertThat(onText.facets().get("hospitals").recall()).isEqualTo(1.0);
    assertThat(onPages.pages()).isEqualTo(1);
    // The whole page with its province navigation bar: still only the two provinces.
    assertThat(onPages.facets().get("provinces").precision()).isEqualTo(1.0);
    assertThat(onPages.facets().get("province+role").recall()).isEqualTo(1.0);
  }
}
