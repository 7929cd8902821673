package org.aidnews.indexer.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Chinese pages, meta tags and URLs write them, read as dates in Asia/Shanghai. */
final class DateText {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** Nothing we index was published before the web reached Chinese newsrooms. */
  static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

  /** 2021-05-28, 2021/5/28, 2021.05.28, 2021年5月28日, 2021 年 5 月 28 日. */
  static final Pattern FULL = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?");
  /** 5月28日 (no year). */
  static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年/-])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  /** Dates in URL paths: /2021/0528/, /202105/t20210528_, /2021-05/28/, art/2016/11/22/, /20210528/. */
  static final Pattern IN_URL = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\\d|3[01])(?!\\d)");
  /**
   * Path segments without zero padding: /art/2024/3/7/art_1_2.html (the Hanweb CMS of many provincial
   * government and health-commission sites). Whole segments only, so 2024/3/75 is no date.
   */
  static final Pattern IN_URL_SEGMENTS = Pattern.compile(
      "/((?:19|20)\\d{2})/(1[0-2]|0?[1-9])/([12]\\d|3[01]|0?[1-9])/");
  static final Pattern YEAR_IN_URL = Pattern.compile("/((?:19|20)\\d{2})(?:[-/_]|\\d{2}[-/_])");
  private static final Pattern COMPACT = Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})");

  private DateText() {}

  static LocalDate of(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** Whether a date can be a publish date for a page fetched on {@code fetched}. */
  static boolean plausible(LocalDate date, LocalDate fetched) {
    return date != null && !date.isBefore(EARLIEST) && !date.isAfter(fetched.plusDays(1));
  }

  /** The first plausible full date in {@code s}, or null. */
  static LocalDate firstFull(String s, LocalDate fetched) {
    Matcher m = FULL.matcher(s);
    while (m.find()) {
      LocalDate d = of(m.group(1), m.group(2), m.group(3));
      if (plausible(d, fetched)) {
        return d;
      }
    }
    return null;
  }

  /** A meta or JSON-LD value: ISO date-times (offsets converted to Shanghai), plain dates, compact 20210528. */
  static LocalDate parseValue(String value, LocalDate fetched) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.isEmpty()) {
      return null;
    }
    try {
      return plausibleOrNull(OffsetDateTime.parse(v).atZoneSameInstant(SHANGHAI).toLocalDate(), fetched);
    } catch (DateTimeParseException e) {
      // not an ISO date-time with offset
    }
    try {
      return plausibleOrNull(ZonedDateTime.parse(v).withZoneSameInstant(SHANGHAI).toLocalDate(), fetched);
    } catch (DateTimeParseException e) {
      // not zoned either
    }
    try {
      return plausibleOrNull(LocalDateTime.parse(v).toLocalDate(), fetched);
    } catch (DateTimeParseException e) {
      // plain forms below
    }
    LocalDate d = firstFull(v, fetched);
    if (d != null) {
      return d;
    }
    Matcher c = COMPACT.matcher(v);
    if (c.lookingAt()) {
      return plausibleOrNull(of(c.group(1), c.group(2), c.group(3)), fetched);
    }
    return null;
  }

  private static LocalDate plausibleOrNull(LocalDate d, LocalDate fetched) {
    return plausible(d, fetched) ? d : null;
  }

  /** The date in a URL path, or null. */
  static LocalDate inUrl(String url, LocalDate fetched) {
    if (url == null) {
      return null;
    }
    String path = pathOf(url);
    for (Pattern p : List.of(IN_URL, IN_URL_SEGMENTS)) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        LocalDate d = of(m.group(1), m.group(2), m.group(3));
        if (plausible(d, fetched)) {
          return d;
        }
      }
    }
    return null;
  }

  /** A year written in a URL path (/2021/, /202105/), or 0. */
  static int yearInUrl(String url, LocalDate fetched) {
    if (url == null) {
      return 0;
    }
    Matcher m = YEAR_IN_URL.matcher(pathOf(url));
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y >= EARLIEST.getYear() && y <= fetched.getYear()) {
        return y;
      }
    }
    return 0;
  }

  private static String pathOf(String url) {
    int scheme = url.indexOf("://");
    int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    return slash < 0 ? "" : url.substring(slash);
  }
}
