package org.aidnews.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymsTest {
  static Path projectRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("config"))) {
      p = p.getParent();
    }
    return p;
  }

  @Test
  void theShippedFileLoadsAndExpandsBothWaysOrOneWay() throws Exception {
    Synonyms s = Synonyms.load(projectRoot().resolve("config/synonyms.tsv"));
    assertThat(s.variants("医联体")).containsExactly("医疗联合体");
    assertThat(s.variants("醫療聯合體")).containsExactly("医联体");
    assertThat(s.variants("医联体建设")).containsExactly("医疗联合体建设");
    assertThat(s.variants("新医大一附院")).containsExactly("新疆医科大学第一附属医院");
    assertThat(s.variants("新疆医科大学第一附属医院")).isEmpty();
    assertThat(s.variants("对口援疆")).doesNotContain("对口对口援疆");
    assertThat(s.variants("阿克苏")).isEmpty();
  }

  @Test
  void badLinesNameFileAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("syn.tsv");
    Files.writeString(f, "# ok\n医联体,医疗联合体\n单独一个词\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Synonyms.load(f)).hasMessageContaining("syn.tsv:3");
    Files.writeString(f, "a =>\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Synonyms.load(f)).hasMessageContaining("syn.tsv:1");
  }

  @Test
  void queriesAreExpanded(@TempDir Path root) throws Exception {
    SampleCorpus.write(root, SampleCorpus.articles());
    try (SearchService plain = new SearchService(root);
        SearchService expanded = new SearchService(root, Synonyms.load(projectRoot().resolve("config/synonyms.tsv")))) {
      // 医疗联合体 appears only in article 4, 医联体 in articles 2 and 4.
      assertThat(plain.search(SearchRequest.of("医疗联合体")).total()).isEqualTo(1);
      assertThat(expanded.search(SearchRequest.of("医疗联合体")).total()).isEqualTo(2);
      // A quoted phrase is taken literally.
      assertThat(expanded.search(SearchRequest.of("\"医疗联合体\"")).total()).isEqualTo(1);
    }
  }
}
