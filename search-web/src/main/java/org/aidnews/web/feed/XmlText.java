package org.aidnews.web.feed;

/** Removes what XML 1.0 cannot carry (control characters, U+FFFE/FFFF, lone surrogates), so feeds stay well-formed. */
final class XmlText {
  private XmlText() {}

  static String clean(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          sb.append(c).append(s.charAt(++i));
        }
        continue;
      }
      if (Character.isLowSurrogate(c)) {
        continue;
      }
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      if (ok) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
