package org.aidnews.indexer.decode;

/**
 * How suspicious a decoded text looks: the post-decode check that makes the decoder try the next
 * candidate charset. Counts replacement characters, 锟斤拷 (UTF-8 replacement bytes read as GBK),
 * '?' runs inside Han text, private-use characters, Latin-1 garbage, stray control characters,
 * characters of scripts a Chinese page does not use (kana, bopomofo, Cyrillic, box drawing: what
 * Big5 read as GBK and GBK read as Big5 produce) and Han characters outside the common set.
 *
 * @param suspicious count of suspicious characters of every kind except rare Han
 * @param han        number of Han characters
 * @param rareHan    Han characters outside {@link CommonHan}
 * @param controls   C0 control characters other than tab/CR/LF/FF, plus U+FFFD
 * @param length     length of the text examined
 */
record Mojibake(int suspicious, int han, int rareHan, int controls, int length) {
  /** Real Chinese text keeps rare characters (names like 喆, 镕) to a few per cent; wrong decodes reach 30 % and more. */
  static final double RARE_HAN_SHARE = 0.15;

  static Mojibake of(String text) {
    int suspicious = 0;
    int han = 0;
    int rare = 0;
    int controls = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c == '?') {
          int j = i;
          while (j < n && text.charAt(j) == '?') {
            j++;
          }
          int run = j - i;
          boolean hanBefore = i > 0 && isHan(text.charAt(i - 1));
          boolean hanAfter = j < n && isHan(text.charAt(j));
          if (run >= 3 || (hanBefore && hanAfter) || (run >= 2 && (hanBefore || hanAfter))) {
            suspicious += run;
          }
          i = j - 1;
        } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
          controls++;
          suspicious++;
        }
        continue;
      }
      if (isHan(c)) {
        han++;
        if (!CommonHan.isCommon(c)) {
          rare++;
        }
        if (c == '锟' && i + 2 < n && text.charAt(i + 1) == '斤' && text.charAt(i + 2) == '拷') {
          suspicious += 3;
        }
      } else if (c == '\uFFFD') {
        suspicious++;
        controls++;
      } else if (c >= '\uE000' && c <= '\uF8FF') {
        suspicious++;
      } else if (c >= 0x80 && c <= 0xFF && c != 0xA0 && c != 0xB7 && c != 0xD7 && c != 0xF7 && c != 0xA9
          && c != 0xAE && c != 0xB0) {
        // Latin-1 letters and symbols: what UTF-8 or GBK bytes become when read as ISO-8859-1/windows-1252.
        // ·, ×, ÷, ©, ®, °, NBSP are normal on Chinese pages and not counted.
        suspicious++;
      } else if ((c >= 0x0370 && c <= 0x052F) || (c >= 0x2500 && c <= 0x259F) || (c >= 0x3040 && c <= 0x30FF)
          || (c >= 0x3100 && c <= 0x312F) || (c >= 0x31A0 && c <= 0x31BF) || (c >= 0xAC00 && c <= 0xD7AF)
          || (c >= 0x0080 && c < 0xA0)) {
        suspicious++;
      }
    }
    return new Mojibake(suspicious, han, rare, controls, n);
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** Whether the text is worth re-decoding with another candidate. */
  boolean tripped() {
    return suspicious > 0 || (han >= 20 && rareHan > RARE_HAN_SHARE * han);
  }

  /** A comparable badness: lower is cleaner. Rare Han counts less than outright garbage. */
  double badness() {
    return suspicious + 0.5 * rareHan;
  }

  /** Whether the text is binary junk rather than a page: over 10 % controls or replacement characters. */
  boolean junk() {
    return length >= 16 && controls > 0.10 * length;
  }
}
