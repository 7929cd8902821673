package org.aidnews.indexer.extract;

/**
 * Characters lost before the page reached us, which no decoding can bring back: '?' runs inside Han
 * text (a writer encoded text its charset could not hold), U+FFFD, 锟斤拷 (replacement bytes read as
 * GBK) and private-use characters (GBK user-defined codes). They are kept in the text and counted.
 */
final class LostCharacters {
  private LostCharacters() {}

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * Counts lost characters. A '?' run counts when it is three or longer, or two or longer next to Han
   * text or at a line start (lost indentation). A single '?' between two Han characters is a lost
   * character only on a page that shows loss elsewhere: pages written with ASCII punctuation use it as a
   * question mark ({@code 咋办?原因及解决办法}), and a question mark ending a sentence never counts.
   */
  static int count(String text) {
    if (text == null) {
      return 0;
    }
    int clear = count(text, false);
    return clear == 0 ? 0 : count(text, true);
  }

  private static int count(String text, boolean singlesBetweenHan) {
    int lost = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '?') {
        int j = i;
        while (j < n && text.charAt(j) == '?') {
          j++;
        }
        int run = j - i;
        boolean before = i > 0 && isHan(text.charAt(i - 1));
        boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
        boolean after = j < n && isHan(text.charAt(j));
        if (run >= 3 || (run >= 2 && (before || after || lineStart)) || (singlesBetweenHan && before && after)) {
          lost += run;
        }
        i = j - 1;
      } else if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) {
        lost++;
      } else if (c == '锟' && i + 2 < n && text.charAt(i + 1) == '斤' && text.charAt(i + 2) == '拷') {
        lost += 3;
        i += 2;
      }
    }
    return lost;
  }
}
