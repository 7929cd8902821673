package org.aidnews.web.search;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidnews.indexer.search.SearchResult.FacetValue;

/**
 * Coverage over time as a server-rendered SVG bar chart: articles per month for the current query
 * and filters (per year when the range is longer than five years). No script, so the page's CSP
 * stays strict; every label is generated here from digits, so nothing needs escaping.
 */
final class CoverageChart {
  private static final int WIDTH = 760;
  private static final int HEIGHT = 150;
  private static final int PAD_LEFT = 34;
  private static final int PAD_BOTTOM = 22;
  private static final int PAD_TOP = 10;

  private CoverageChart() {}

  /** One bar. */
  record Bar(String label, long count) {}

  /** The bars for {@code months} ("YYYY-MM" values with counts), gaps filled with zeros. */
  static List<Bar> bars(List<FacetValue> months) {
    Map<YearMonth, Long> counts = new LinkedHashMap<>();
    for (FacetValue v : months) {
      try {
        counts.merge(YearMonth.parse(v.value()), v.count(), Long::sum);
      } catch (java.time.format.DateTimeParseException e) {
        // not a month value: ignore
      }
    }
    if (counts.isEmpty()) {
      return List.of();
    }
    YearMonth first = counts.keySet().stream().min(YearMonth::compareTo).orElseThrow();
    YearMonth last = counts.keySet().stream().max(YearMonth::compareTo).orElseThrow();
    List<Bar> bars = new ArrayList<>();
    if (first.plusMonths(60).isBefore(last)) {
      for (int y = first.getYear(); y <= last.getYear(); y++) {
        final int year = y;
        long sum = counts.entrySet().stream().filter(e -> e.getKey().getYear() == year).mapToLong(Map.Entry::getValue).sum();
        bars.add(new Bar(Integer.toString(y), sum));
      }
    } else {
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        bars.add(new Bar(m.toString(), counts.getOrDefault(m, 0L)));
      }
    }
    return bars;
  }

  /** The SVG markup, or an empty string when there is nothing to draw. */
  static String svg(List<FacetValue> months, String ariaLabel) {
    List<Bar> bars = bars(months);
    if (bars.isEmpty()) {
      return "";
    }
    long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
    double plotW = WIDTH - PAD_LEFT - 6;
    double plotH = HEIGHT - PAD_BOTTOM - PAD_TOP;
    double slot = plotW / bars.size();
    double barW = Math.max(1, slot * 0.75);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
        WIDTH, HEIGHT, escapeAttr(ariaLabel)));
    sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"axis\"/>",
        PAD_LEFT, PAD_TOP + plotH, WIDTH - 6, PAD_TOP + plotH));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"end\">%d</text>",
        PAD_LEFT - 4, PAD_TOP + 8, max));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">0</text>",
        PAD_LEFT - 4, PAD_TOP + plotH));
    int labelEvery = Math.max(1, (int) Math.ceil(bars.size() / 12.0));
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double h = plotH * b.count() / max;
      double x = PAD_LEFT + i * slot + (slot - barW) / 2;
      sb.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"bar\"><title>%s: %d</title></rect>",
          x, PAD_TOP + plotH - h, barW, h, b.label(), b.count()));
      if (i % labelEvery == 0) {
        sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%s</text>",
            x + barW / 2, HEIGHT - 6, b.label()));
      }
    }
    return sb.append("</svg>").toString();
  }

  private static String escapeAttr(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
