package org.aidnews.indexer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading annotations a converter inserted after characters: {@code 發(fā)布時(shí)間} → {@code 發布時間}.
 *
 * <p>An annotation is a parenthesis (half- or full-width) right after a Han character holding one to four
 * pinyin syllables of 1–7 lower-case letters, at least one vowel carrying a tone mark. Requiring the
 * tone mark and lower case keeps real parentheses: (馮勇), (圖1), (WHO), (app), (下简称“市八医院”).
 */
final class PinyinAnnotations {
  private static final String LETTER = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿêếềɡ";
  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿếề";
  private static final Pattern ANNOTATION = Pattern.compile(
      "(?<=\\p{IsHan})[(（]\\s?([" + LETTER + "]{1,7}(?:[ '][" + LETTER + "]{1,7}){0,3})\\s?[)）]");

  private PinyinAnnotations() {}

  /** The text without annotations, and how many were removed. */
  record Result(String text, int removed) {}

  static Result remove(String text) {
    if (text == null || text.indexOf('(') < 0 && text.indexOf('（') < 0) {
      return new Result(text, 0);
    }
    Matcher m = ANNOTATION.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    int removed = 0;
    while (m.find()) {
      if (!hasTone(m.group(1))) {
        continue;
      }
      out.append(text, last, m.start());
      last = m.end();
      removed++;
    }
    if (removed == 0) {
      return new Result(text, 0);
    }
    out.append(text, last, text.length());
    return new Result(out.toString(), removed);
  }

  private static boolean hasTone(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (TONED.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
