package org.aidnews.indexer.normalize;

import com.ibm.icu.text.Transliterator;
import org.aidnews.indexer.model.Script;

/**
 * The one Traditional → Simplified conversion used at index time and at query time, so a query in
 * either script meets text in either script. ICU's rule-based transliterator is used: it comes with
 * lucene-analysis-icu (no extra dependency) and gets characters right; phrase-level mistakes matter
 * little for search because both sides go through the same conversion.
 */
public final class ScriptConverter {
  private static final ScriptConverter INSTANCE = new ScriptConverter();

  // ICU transliterators are not documented as thread-safe: one per thread.
  private final ThreadLocal<Transliterator> toSimplified =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
  private final ThreadLocal<Transliterator> toTraditional =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));

  public static ScriptConverter get() {
    return INSTANCE;
  }

  /** The text in Simplified script; non-Han text is unchanged. Null stays null. */
  public String toSimplified(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return toSimplified.get().transliterate(text);
  }

  /**
   * Which script the text is written in: Traditional when characters that exist only in Traditional
   * outnumber characters that exist only in Simplified.
   */
  public Script detect(String text) {
    if (text == null || text.isEmpty()) {
      return Script.Hans;
    }
    String simp = toSimplified(text);
    String trad = toTraditional.get().transliterate(text);
    int traditionalOnly = 0;
    int simplifiedOnly = 0;
    // The transliterators map character by character for almost all text; compare code points
    // only where lengths agree, else fall back to counting differences overall.
    if (simp.length() == text.length()) {
      for (int i = 0; i < text.length(); i++) {
        if (simp.charAt(i) != text.charAt(i)) {
          traditionalOnly++;
        }
      }
    } else {
      traditionalOnly = Math.abs(simp.length() - text.length()) + 1;
    }
    if (trad.length() == text.length()) {
      for (int i = 0; i < text.length(); i++) {
        if (trad.charAt(i) != text.charAt(i)) {
          simplifiedOnly++;
        }
      }
    }
    return traditionalOnly > simplifiedOnly ? Script.Hant : Script.Hans;
  }
}
