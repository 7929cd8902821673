package org.aidnews.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aidnews.indexer.enrich.text.PhraseMatcher;
import org.aidnews.indexer.enrich.text.PhraseMatcher.Hit;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  private final PhraseMatcher<String> m = PhraseMatcher.<String>builder()
      .add("广东", "p").add("东阳", "c").add("阳江", "c").add("浙江", "p").add("浙江省", "p").add("江省", "x").build();

  @Test
  void findsEveryOccurrenceIncludingOverlaps() {
    List<String> found = m.findAll("广东阳江").stream().map(Hit::phrase).toList();
    assertThat(found).containsExactly("广东", "东阳", "阳江");
  }

  @Test
  void leftmostLongestSplitsAsAReaderDoes() {
    assertThat(PhraseMatcher.leftmostLongest(m.findAll("广东阳江")).stream().map(Hit::phrase)).containsExactly("广东", "阳江");
    assertThat(PhraseMatcher.leftmostLongest(m.findAll("在浙江省杭州")).stream().map(Hit::phrase)).containsExactly("浙江省");
  }

  @Test
  void offsetsPointAtThePhrase() {
    Hit<String> h = m.findAll("——浙江").get(0);
    assertThat(h.start()).isEqualTo(2);
    assertThat(h.end()).isEqualTo(4);
  }

  @Test
  void emptyAndNullTextHaveNoHits() {
    assertThat(m.findAll("")).isEmpty();
    assertThat(m.findAll(null)).isEmpty();
  }
}
