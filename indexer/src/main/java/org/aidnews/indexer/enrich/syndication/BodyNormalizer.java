package org.aidnews.indexer.enrich.syndication;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The text a copy shares with its original: credit and editor lines dropped (原标题, 来源, 责任编辑,
 * 【纠错】, 通讯员 …), full-width forms folded (NFKC), and only letters and digits kept, so that
 * a portal's different punctuation, spacing and credits do not make a copy look different.
 * Expects Simplified text (the pipeline converts before enrichment).
 */
public final class BodyNormalizer {
  private static final Pattern BOILERPLATE = Pattern.compile(
      "^[\\s　]*[（(【\\[]?\\s*(原标题|原題|来源|來源|责任编辑|編輯|编辑|审核|校对|作者|记者|通讯员|供稿|图|文|摄影|纠错|本文来源|转自|稿源)"
          + "[\\s　]*[】\\]：:／/].*$|^[\\s　]*[（(].{0,40}(来源|编辑)[：:].{0,60}[)）][\\s　]*$|^[\\s　]*-?\\s*END\\s*-?[\\s　]*$");

  private BodyNormalizer() {}

  public static String normalize(String body) {
    if (body == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder(body.length());
    for (String line : body.split("\n")) {
      if (!BOILERPLATE.matcher(line).matches()) {
        kept.append(line).append('\n');
      }
    }
    String folded = Normalizer.normalize(kept, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
    return out.toString();
  }
}
