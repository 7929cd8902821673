package org.aidnews.indexer.normalize;

import com.ibm.icu.text.Transliterator;
import org.aidnews.indexer.model.Script;

/**
 * The one Traditional → Simplified conversion used at index time and at query time, so a query in
 * either script meets text in either script.
 *
 * <p>It is a character table derived once, at class load, from ICU's "Traditional-Simplified"
 * transliterator applied to every Han character on its own. Two decisions follow from that:
 * <ul>
 *   <li>The conversion preserves length, so offsets in the Simplified copy are offsets in the
 *       page's own text: the index analyses the original text through {@link SimplifiedCharFilter}
 *       and highlights it in the reader's own script without offset bookkeeping.</li>
 *   <li>A table lookup is about 100× faster than ICU's rule engine (0.3–0.4 M chars/s, slower than
 *       smartcn itself), and ICU's Traditional-Simplified rules are character-level in all but a
 *       few cases. Phrase-level mistakes (乾隆 → 干隆) matter little for search because index and
 *       query go through the same table.</li>
 * </ul>
 */
public final class ScriptConverter {
  private static final ScriptConverter INSTANCE = new ScriptConverter();

  /** toSimplified[c] is the Simplified form of BMP char c (c itself when unchanged). */
  private final char[] toSimplified = new char[0x10000];
  /** traditionalOnly[c]: c has a different Simplified form (it is a Traditional-only character). */
  private final boolean[] traditionalOnly = new boolean[0x10000];
  /** simplifiedOnly[c]: c has a different Traditional form (it is a Simplified-only character). */
  private final boolean[] simplifiedOnly = new boolean[0x10000];

  private ScriptConverter() {
    for (int c = 0; c < toSimplified.length; c++) {
      toSimplified[c] = (char) c;
    }
    Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
    Transliterator s2t = Transliterator.getInstance("Simplified-Traditional");
    fill(t2s, s2t, 0x3400, 0x4DBF); // CJK Extension A
    fill(t2s, s2t, 0x4E00, 0x9FFF); // CJK Unified Ideographs
    fill(t2s, s2t, 0xF900, 0xFAFF); // CJK Compatibility Ideographs
  }

  private void fill(Transliterator t2s, Transliterator s2t, int from, int to) {
    for (int c = from; c <= to; c++) {
      String ch = String.valueOf((char) c);
      String simp = t2s.transliterate(ch);
      if (simp.length() == 1 && simp.charAt(0) != c) {
        toSimplified[c] = simp.charAt(0);
        traditionalOnly[c] = true;
      }
      String trad = s2t.transliterate(ch);
      if (trad.length() == 1 && trad.charAt(0) != c && !traditionalOnly[c]) {
        simplifiedOnly[c] = true;
      }
    }
  }

  public static ScriptConverter get() {
    return INSTANCE;
  }

  /** The text in Simplified script, same length; non-Han text is unchanged. Null stays null. */
  public String toSimplified(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char[] out = text.toCharArray();
    convertInPlace(out, 0, out.length);
    return new String(out);
  }

  /** Converts {@code len} chars of {@code buf} from {@code off} to Simplified in place. */
  public void convertInPlace(char[] buf, int off, int len) {
    for (int i = off, end = off + len; i < end; i++) {
      buf[i] = toSimplified[buf[i]];
    }
  }

  /**
   * Which script the text is written in: Traditional when characters that exist only in
   * Traditional outnumber characters that exist only in Simplified.
   */
  public Script detect(String text) {
    if (text == null) {
      return Script.Hans;
    }
    int trad = 0;
    int simp = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (traditionalOnly[c]) {
        trad++;
      } else if (simplifiedOnly[c]) {
        simp++;
      }
    }
    return trad > simp ? Script.Hant : Script.Hans;
  }
}
