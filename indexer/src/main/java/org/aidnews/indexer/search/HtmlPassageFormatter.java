package org.aidnews.indexer.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlight passages as HTML: all page text is escaped first, then matches are wrapped in
 * {@code <mark>}; overlapping or touching matches (bigrams of one phrase) become one mark.
 * Passages are joined with an ellipsis.
 */
public final class HtmlPassageFormatter extends PassageFormatter {
  private static final String ELLIPSIS = "…";
  private final String ellipsis;

  /** {@code withEllipsis}: mark cut text with "…" (for body snippets, not for titles). */
  HtmlPassageFormatter(boolean withEllipsis) {
    this.ellipsis = withEllipsis ? ELLIPSIS : "";
  }

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder sb = new StringBuilder();
    int prevEnd = -1;
    for (Passage p : passages) {
      if (prevEnd >= 0 && p.getStartOffset() > prevEnd) {
        sb.append(ellipsis);
      } else if (prevEnd < 0 && p.getStartOffset() > 0) {
        sb.append(ellipsis);
      }
      int pos = p.getStartOffset();
      int i = 0;
      int n = p.getNumMatches();
      while (i < n) {
        int start = Math.max(p.getMatchStarts()[i], pos);
        int end = p.getMatchEnds()[i];
        // Merge following matches that overlap or touch this one.
        while (i + 1 < n && p.getMatchStarts()[i + 1] <= end) {
          i++;
          end = Math.max(end, p.getMatchEnds()[i]);
        }
        i++;
        if (end <= start) {
          continue;
        }
        escape(content, pos, start, sb);
        sb.append("<mark>");
        escape(content, start, end, sb);
        sb.append("</mark>");
        pos = end;
      }
      escape(content, pos, Math.max(pos, p.getEndOffset()), sb);
      prevEnd = p.getEndOffset();
    }
    if (prevEnd >= 0 && prevEnd < content.length()) {
      sb.append(ellipsis);
    }
    return sb.toString();
  }

  /** Appends {@code s[from, to)} HTML-escaped (newlines as spaces): the one escaping used for highlights. */
  public static void escape(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to && i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
  }

  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    escape(s, 0, s.length(), sb);
    return sb.toString();
  }
}
