package org.aidnews.indexer.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charset labels as servers and pages write them, mapped to the Java charset that really decodes
 * the bytes behind them.
 */
final class CharsetLabel {
  /** GB2312 labels routinely cover GBK and GB18030 bytes (喆, 镕, Traditional characters): decode the whole family as GB18030. */
  static final Charset GB18030 = Charset.forName("GB18030");
  /** Big5 pages use HKSCS additions (and pinyin with tone marks); Big5-HKSCS is a superset of Big5. */
  static final Charset BIG5 = Charset.forName("Big5-HKSCS");

  private static final Pattern CONTENT_TYPE_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]{2,40})", Pattern.CASE_INSENSITIVE);
  // Both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]{0,400}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]{2,40})", Pattern.CASE_INSENSITIVE);
  /** Pages declare their charset near the top; 4 KB is what browsers' pre-scan looks at too (1024 bytes) with room for long heads. */
  static final int META_SNIFF_BYTES = 4096;

  private CharsetLabel() {}

  /** The charset to decode bytes labelled {@code label} with, or null for an unknown or unsupported label. */
  static Charset forLabel(String label) {
    if (label == null) {
      return null;
    }
    String l = label.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (l) {
      case "gb2312", "gbk", "x-gbk", "gb18030", "gb-18030", "chinese", "csgb2312", "euc-cn", "x-euc-cn",
          "cp936", "ms936", "windows-936", "iso-ir-58", "gb2312-80", "gb-2312", "gb-2312-80" -> {
        return GB18030;
      }
      case "big5", "big-5", "cn-big5", "x-x-big5", "csbig5", "big5-hkscs", "big5hkscs", "cp950", "ms950",
          "x-windows-950", "windows-950" -> {
        return BIG5;
      }
      case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8" -> {
        return StandardCharsets.UTF_8;
      }
      default -> {
        try {
          return Charset.isSupported(l) ? Charset.forName(l) : null;
        } catch (IllegalArgumentException e) {
          return null; // IllegalCharsetNameException is one: a malformed label is just an unknown one
        }
      }
    }
  }

  /** The charset parameter of a Content-Type header value, or null. */
  static String fromContentType(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** The charset declared by the first meta tag in the first {@link #META_SNIFF_BYTES} bytes, or null. */
  static String fromMeta(byte[] bytes) {
    int n = Math.min(bytes.length, META_SNIFF_BYTES);
    // Read as ISO-8859-1: every byte maps to one char, and the markup we look for is ASCII in every
    // charset we meet (UTF-16 pages carry a BOM and are handled before this).
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** Charsets of one family compare equal: GB2312/GBK/GB18030 are one, Big5/Big5-HKSCS another. */
  static String family(String javaName) {
    if (javaName == null) {
      return null;
    }
    Charset cs = forLabel(javaName);
    if (cs == null) {
      return javaName;
    }
    if (cs.equals(GB18030)) {
      return "GB18030";
    }
    if (cs.equals(BIG5)) {
      return "Big5";
    }
    return cs.name();
  }
}
