package org.aidnews.indexer.enrich.agreement;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as an article writes it, resolved against the publish date: 5月11日 takes the publish year
 * (the year before when that would put it after publication); 26日 alone takes the publish month (the
 * month before when that would put it after publication); 昨天/前天 count back from the publish
 * date; 日前/近日 stay unresolved (null date, text kept). The signing date is not the publish date.
 *
 * @param start offset in the text
 * @param text  as written
 * @param date  resolved date, or null
 */
public record DateMention(int start, String text, LocalDate date) {
  private static final Pattern DATE = Pattern.compile(
      "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号](?!电)|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})|日前|近日|近期|日昨|前不久|昨天|昨日|前天|前日|今天|今日"
          // A day alone (26日在林芝签署): news write the month only when it is not the current one.
          + "|(?<![\\d月年\\-/.])(\\d{1,2})日(?![电\\d])");

  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\d{4}");

  /** True when the text writes the year (2021年5月11日, 2021-05-11); false for 5月11日, 26日, 昨天, 日前. */
  public boolean yearWritten() {
    return WRITTEN_YEAR.matcher(text).find();
  }

  /** The first date in {@code text} from {@code from} to {@code to}, or null. */
  public static DateMention first(String text, int from, int to, LocalDate published) {
    Matcher m = DATE.matcher(text);
    m.region(Math.max(0, from), Math.min(text.length(), to));
    if (!m.find()) {
      return null;
    }
    return new DateMention(m.start(), m.group(), resolve(m, published));
  }

  private static LocalDate resolve(Matcher m, LocalDate published) {
    try {
      if (m.group(4) != null) {
        return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
      }
      if (m.group(2) != null) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (m.group(1) != null) {
          return LocalDate.of(Integer.parseInt(m.group(1)), month, day);
        }
        if (published == null) {
          return null;
        }
        LocalDate d = LocalDate.of(published.getYear(), month, day);
        // A date after publication belongs to the year before (published 1月5日 about 12月28日).
        return d.isAfter(published.plusDays(1)) ? d.minusYears(1) : d;
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null; // 2月30日: written wrongly; keep the text, no date
    }
    if (published == null) {
      return null;
    }
    if (m.group(7) != null) {
      // The day in the publish month; a day after publication is the month before (published 3日 about 28日).
      try {
        int day = Integer.parseInt(m.group(7));
        LocalDate d = day <= published.lengthOfMonth() ? published.withDayOfMonth(day) : null;
        if (d == null || d.isAfter(published.plusDays(1))) {
          LocalDate prev = published.minusMonths(1);
          return day <= prev.lengthOfMonth() ? prev.withDayOfMonth(day) : null;
        }
        return d;
      } catch (java.time.DateTimeException | NumberFormatException e) {
        return null;
      }
    }
    return switch (m.group()) {
      case "昨天", "昨日" -> published.minusDays(1);
      case "前天", "前日" -> published.minusDays(2);
      case "今天", "今日" -> published;
      default -> null; // 日前, 近日: some day before publication
    };
  }
}
