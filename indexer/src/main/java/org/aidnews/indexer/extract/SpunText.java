package org.aidnews.indexer.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Spun text: a content farm pastes fragments of the headline into the copied sentences
 * ({@code 党委副书记、县调院长}, {@code 推医疏附县卫健委}, where the title says 疏附县调研 and 共推医疗).
 *
 * <p>Signal: bigrams that straddle a word boundary of the title (县|调研 → 县调, 推|医疗 → 推医).
 * They are not words, so ordinary text only contains them where it repeats a longer piece of the title.
 * An occurrence whose longest title-matching span around it is just the bigram is an isolated pasted
 * fragment. Word boundaries come from Lucene's smartcn segmenter over the Simplified title.
 */
final class SpunText {
  /** Isolated fragments needed to call a text spun; ordinary articles show 0–2. */
  static final int MIN_FRAGMENTS = 5;
  static final int MIN_DISTINCT = 3;

  private static final ThreadLocal<Analyzer> SEGMENTER = ThreadLocal.withInitial(() -> new SmartChineseAnalyzer(false));

  private SpunText() {}

  record Finding(int fragments, Set<String> distinct) {
    boolean spun() {
      return fragments >= MIN_FRAGMENTS && distinct.size() >= MIN_DISTINCT;
    }
  }

  /** Both arguments in Simplified script. */
  static Finding find(String title, String body) {
    if (title == null || title.length() < 6 || body == null || body.isEmpty()) {
      return new Finding(0, Set.of());
    }
    Set<String> straddling = straddlingBigrams(title);
    int fragments = 0;
    Set<String> distinct = new LinkedHashSet<>();
    for (String bigram : straddling) {
      int from = 0;
      int at;
      while ((at = body.indexOf(bigram, from)) >= 0) {
        from = at + 1;
        if (!extendsTitleMatch(body, at, title)) {
          fragments++;
          distinct.add(bigram);
        }
      }
    }
    return new Finding(fragments, distinct);
  }

  private static boolean extendsTitleMatch(String body, int at, String title) {
    boolean left = at > 0 && title.contains(body.substring(at - 1, at + 2));
    boolean right = at + 3 <= body.length() && title.contains(body.substring(at, at + 3));
    return left || right;
  }

  static Set<String> straddlingBigrams(String title) {
    List<int[]> words = new ArrayList<>();
    try (TokenStream ts = SEGMENTER.get().tokenStream("t", title)) {
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(new int[] {off.startOffset(), off.endOffset()});
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String cannot fail", e);
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      int end = words.get(i)[1];
      if (end != words.get(i + 1)[0] || end < 1 || end + 1 > title.length()) {
        continue;
      }
      char a = title.charAt(end - 1);
      char b = title.charAt(end);
      if (LostCharacters.isHan(a) && LostCharacters.isHan(b)) {
        out.add(title.substring(end - 1, end + 1));
      }
    }
    return out;
  }
}
