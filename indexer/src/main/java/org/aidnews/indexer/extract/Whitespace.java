package org.aidnews.indexer.extract;

/**
 * Whitespace as Chinese pages write it: ideographic spaces (U+3000) for paragraph indentation, NBSP
 * from {@code &nbsp;}, zero-width characters from editors. One line in, one trimmed line out with
 * inner runs collapsed to a single ASCII space.
 */
final class Whitespace {
  private Whitespace() {}

  static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0xA0 || c == 0x3000
        || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x2028 || c == 0x2029;
  }

  /** Zero-width and BOM characters carry nothing a reader sees. */
  static boolean isInvisible(int c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0;
  }

  /** Trims every kind of space and collapses inner runs to one ASCII space. */
  static String normalize(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Number of characters that are neither space nor invisible. */
  static int visibleLength(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c) && !isInvisible(c)) {
        n++;
      }
    }
    return n;
  }
}
