package org.aidnews.bench;

import com.ibm.icu.text.Transliterator;

/**
 * Simplified → Traditional for the Traditional sites, one character at a time through a table
 * filled lazily from ICU's Hans-Hant transliterator. Transliterating whole pages with ICU took
 * about 80 % of generation time; character mapping is what ICU does for nearly all characters
 * anyway. Not thread-safe: one per worker.
 */
final class TraditionalScript {
  private final Transliterator icu = Transliterator.getInstance("Hans-Hant");
  private final char[] table = new char[0x10000];

  String convert(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c < 0x3400 || Character.isSurrogate(c)) {
        continue; // ASCII markup and punctuation stay as they are
      }
      char t = table[c];
      if (t == 0) {
        String s = icu.transliterate(String.valueOf(c));
        t = s.length() == 1 ? s.charAt(0) : c;
        table[c] = t;
      }
      out[i] = t;
    }
    return new String(out);
  }
}
