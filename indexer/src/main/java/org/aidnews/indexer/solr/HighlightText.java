package org.aidnews.indexer.solr;

import org.aidnews.indexer.search.HtmlPassageFormatter;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns Solr's highlighted passages into the form the embedded engine produces: our own HTML
 * escaping, touching marks merged into one (bigrams of one phrase), newlines as spaces, passages
 * joined by "…". And, for pages in Traditional script, puts the page's own characters back: Solr
 * indexes and highlights the Simplified copy, and where the conversion kept the length (it almost
 * always maps character for character) the passage is located in the Simplified text and the
 * original characters at the same offsets are shown, with the marks at the same places.
 */
final class HighlightText {
  private static final String ELLIPSIS = "…";
  static final String PRE = "<mark>";
  static final String POST = "</mark>";

  private HighlightText() {}

  /** One passage as plain text plus the marked ranges within it. */
  record Passage(String text, List<int[]> marks) {}

  /** Parses a passage highlighted with {@code <mark>} tags and Solr's HTML encoder. */
  static Passage parse(String html) {
    StringBuilder text = new StringBuilder(html.length());
    List<int[]> marks = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < html.length(); ) {
      if (html.startsWith(PRE, i)) {
        open = text.length();
        i += PRE.length();
      } else if (html.startsWith(POST, i)) {
        if (open >= 0) {
          int[] last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
          if (last != null && last[1] >= open) {
            last[1] = Math.max(last[1], text.length()); // touching: one mark
          } else {
            marks.add(new int[] {open, text.length()});
          }
        }
        open = -1;
        i += POST.length();
      } else if (html.charAt(i) == '&') {
        int semi = html.indexOf(';', i);
        String entity = semi < 0 ? null : html.substring(i, semi + 1);
        String decoded = entity == null ? null : decode(entity);
        if (decoded == null) {
          text.append('&');
          i++;
        } else {
          text.append(decoded);
          i = semi + 1;
        }
      } else {
        text.append(html.charAt(i));
        i++;
      }
    }
    return new Passage(text.toString(), marks);
  }

  private static String decode(String entity) {
    return switch (entity) {
      case "&amp;" -> "&";
      case "&lt;" -> "<";
      case "&gt;" -> ">";
      case "&quot;" -> "\"";
      case "&#39;", "&#x27;", "&apos;" -> "'";
      case "&#x2F;", "&#47;" -> "/";
      default -> {
        if (entity.startsWith("&#x")) {
          try {
            yield new String(Character.toChars(Integer.parseInt(entity.substring(3, entity.length() - 1), 16)));
          } catch (IllegalArgumentException e) {
            yield null;
          }
        }
        if (entity.startsWith("&#")) {
          try {
            yield new String(Character.toChars(Integer.parseInt(entity.substring(2, entity.length() - 1))));
          } catch (IllegalArgumentException e) {
            yield null;
          }
        }
        yield null;
      }
    };
  }

  /**
   * The display HTML for Solr's passages of one field. {@code simplified} is the indexed text,
   * {@code original} the page's own text (null when the same); {@code ellipsis} as in the embedded
   * engine's body snippets.
   */
  static String render(List<String> passages, String simplified, String original, boolean ellipsis) {
    StringBuilder sb = new StringBuilder();
    int prevEnd = -1;
    for (String html : passages) {
      Passage p = parse(html);
      String shown = p.text();
      int at = simplified == null ? -1 : simplified.indexOf(p.text());
      if (original != null && at >= 0 && original.length() == simplified.length()) {
        shown = original.substring(at, at + p.text().length());
      }
      if (ellipsis && at >= 0 && (prevEnd < 0 ? at > 0 : at > prevEnd)) {
        sb.append(ELLIPSIS);
      } else if (ellipsis && at < 0 && prevEnd >= 0) {
        sb.append(ELLIPSIS);
      }
      int pos = 0;
      for (int[] m : p.marks()) {
        escape(shown, pos, m[0], sb);
        sb.append(PRE);
        escape(shown, m[0], m[1], sb);
        sb.append(POST);
        pos = m[1];
      }
      escape(shown, pos, shown.length(), sb);
      prevEnd = at < 0 ? prevEnd : at + p.text().length();
    }
    if (ellipsis && simplified != null && prevEnd >= 0 && prevEnd < simplified.length()) {
      sb.append(ELLIPSIS);
    }
    return sb.toString();
  }

  static String escape(String s) {
    return HtmlPassageFormatter.escape(s);
  }

  /** The same escaping as the embedded engine's formatter (it is that one). */
  static void escape(String s, int from, int to, StringBuilder out) {
    HtmlPassageFormatter.escape(s, from, to, out);
  }

}
