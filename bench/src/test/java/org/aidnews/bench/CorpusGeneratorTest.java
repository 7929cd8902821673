package org.aidnews.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aidnews.indexer.model.FetchedPage;
import org.aidnews.indexer.warc.WarcPageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  @TempDir
  Path tmp;

  @Test
  void sameSeedAndCountGiveTheSameBytesWhateverTheThreadCount() throws Exception {
    new CorpusGenerator(9, 100).generate(250, tmp.resolve("a"), 2, s -> { });
    new CorpusGenerator(9, 100).generate(250, tmp.resolve("b"), 1, s -> { });
    new CorpusGenerator(10, 100).generate(250, tmp.resolve("c"), 1, s -> { });
    List<Path> a = files(tmp.resolve("a"));
    assertThat(a).hasSize(4); // three WARC files and the spec
    for (Path f : a) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f.getFileName())))
          .as(f.getFileName().toString()).isEqualTo(Files.readAllBytes(f));
    }
    assertThat(Files.readAllBytes(files(tmp.resolve("c")).get(0))).isNotEqualTo(Files.readAllBytes(a.get(0)));
    assertThat(new CorpusGenerator(9, 100).isGenerated(250, tmp.resolve("a"))).isTrue();
    assertThat(new CorpusGenerator(9, 100).isGenerated(251, tmp.resolve("a"))).isFalse();
  }

  @Test
  void pagesAreResponsesInSeveralCharsetsWithSyndicatedCopiesAndListPages() throws Exception {
    new CorpusGenerator(3, 1000).generate(600, tmp, 1, s -> { });
    List<FetchedPage> pages = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    new WarcPageReader(warnings::add).readAll(tmp, wp -> pages.add(wp.page()));
    assertThat(warnings).isEmpty();
    assertThat(pages).hasSize(600);
    Set<String> labels = new HashSet<>();
    int lists = 0;
    int traditional = 0;
    for (FetchedPage p : pages) {
      assertThat(p.status()).isEqualTo(200);
      assertThat(p.url()).startsWith("https://").contains(".aidnews-bench.test/");
      String head = new String(p.body(), 0, 200, java.nio.charset.StandardCharsets.ISO_8859_1);
      labels.add(head.replaceAll("(?s).*charset=([a-z0-9-]+).*", "$1"));
      if (p.url().contains("/index_")) {
        lists++;
      }
      if (p.url().contains("big5.") || p.url().contains("wenhui")) {
        traditional++;
      }
    }
    assertThat(labels).contains("utf-8", "gbk", "gb2312", "gb18030", "big5");
    assertThat(lists).isBetween(10, 60); // ~5 %
    assertThat(traditional).isBetween(40, 140); // ~13 %
    // Syndicated copies repeat an earlier title on another site.
    long distinctTitles = pages.stream().filter(p -> p.header("content-type") != null
            && p.header("content-type").contains("utf-8") && !p.url().contains("/index_"))
        .map(p -> new String(p.body(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?s).*<title>(.*?)(_[^_<]*)?</title>.*", "$1"))
        .map(t -> t.replace("【援疆】", "").replace("【援藏】", ""))
        .distinct().count();
    long utf8Articles = pages.stream().filter(p -> p.header("content-type") != null
        && p.header("content-type").contains("utf-8") && !p.url().contains("/index_")).count();
    assertThat(distinctTitles).isLessThan(utf8Articles);
  }

  @Test
  void articleBodiesAreOneToThreeThousandCharactersOfChinese() {
    StoryComposer composer = new StoryComposer(Gazetteer.load(), Vocabulary.load());
    java.util.SplittableRandom r = new java.util.SplittableRandom(1);
    for (int i = 0; i < 200; i++) {
      Story s = composer.compose(i, r);
      assertThat(s.length()).as("story %d", i).isBetween(1000, 3600);
      assertThat(s.title()).isNotBlank();
      assertThat(String.join("", s.paragraphs())).contains("，").contains("。");
    }
  }

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
