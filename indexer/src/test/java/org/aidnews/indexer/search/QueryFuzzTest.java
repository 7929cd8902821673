package org.aidnews.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20,000 generated query strings (operators, brackets, quotes, wildcards, regex syntax, control and
 * surrogate characters, CJK, very long and deeply nested input) through the parser and the search:
 * each one gives results or a {@link BadQueryException}; nothing else may escape.
 */
class QueryFuzzTest {
  static final int INPUTS = 20_000;
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

  private static final String[] PIECES = {
    "援疆", "醫療", "医联体", "阿克苏", "疏附县人民医院", "AND", "OR", "NOT", "-", "+", "(", ")", "\"", "~", "~10", "*", "?",
    "/.*a.{30}/", "\\", ":", "title:", "source:", "hospital:", "body:", "foo:", "[", "]", "{", "}", "^2", "&&", "||", "|",
    "（", "）", "“", "”", "：", "　", "\u0000", "\u0007", "\uFFFF", "\uD800", "\uDC00", "😀", "<script>", "&amp;", "%00",
    "中", "a", "1", " ", "  ", "\t", "\n", "'", ";", "--", "null", "NaN", "😀😀", "𠀀", "ā", "疆", "~999"
  };

  static String generate(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int kind = r.nextInt(20);
    if (kind == 0) {
      int depth = 1 + r.nextInt(40);
      return "(".repeat(depth) + "援疆" + ")".repeat(r.nextInt(depth + 1));
    }
    if (kind == 1) {
      return "援疆 OR ".repeat(1 + r.nextInt(120));
    }
    if (kind == 2) {
      char[] cs = new char[1 + r.nextInt(600)];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = (char) r.nextInt(0x10000);
      }
      return new String(cs);
    }
    int n = 1 + r.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
      if (r.nextBoolean()) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  @Test
  void noInputEscapesAsAnythingButResultsOrA400() throws Exception {
    SplittableRandom r = new SplittableRandom(20261123L);
    int ok = 0;
    int refused = 0;
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      String q = generate(r);
      try {
        SearchRequest.Sort sort = i % 2 == 0 ? SearchRequest.Sort.relevance : SearchRequest.Sort.newest;
        service.search(new SearchRequest(q, i % 7 == 0 ? Map.of("province", List.of(q.length() > 50 ? "x" : q)) : Map.of(),
            null, null, sort, 1, 10));
        ok++;
      } catch (BadQueryException e) {
        assertThat(e.getMessage()).isNotBlank();
        refused++;
      } catch (Throwable t) { // StackOverflowError and friends included: that is what this test is for
        if (failures.size() < 10) {
          StackTraceElement[] st = t.getStackTrace();
          failures.add(t + " at " + (st.length > 0 ? st[0] : "?") + (st.length > 1 ? " / " + st[1] : "")
              + " for input " + q.codePoints().limit(80)
              .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(ok + refused).isEqualTo(INPUTS);
    assertThat(ok).as("most generated inputs are valid queries").isGreaterThan(INPUTS / 4);
    assertThat(refused).as("and some are refused").isGreaterThan(100);
  }
}
