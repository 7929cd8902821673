package org.aidnews.indexer.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publish date cascade. Each step is more error-prone than the one before, so the first that
 * gives a plausible date wins:
 * <ol>
 *   <li>{@code meta}: PubDate, publishdate, article:published_time, og:release_date … , JSON-LD
 *       datePublished, {@code <time datetime>};
 *   <li>{@code script}: a publish time held by a well-known script variable (WeChat's createTime, ct);
 *   <li>{@code label}: a labelled date (发布时间, 发布日期, 日期, 时间, 发表于 …) in the lines between the title
 *       and the main text; {@code label-tail}: the same just below the main text (some government CMS
 *       print it there);
 *   <li>{@code url}: a date in the URL path;
 *   <li>{@code text}: the first full date in the lines before the main text (unlabelled
 *       "2022-06-20 19:05:44 来源:…");
 *   <li>{@code inferred-year-*}: a month and day with no year (1月18日) before the text or opening it,
 *       the year taken from the URL, else another full date on the page outside the main text, else the
 *       fetch time — always the latest year that does not put the date after the fetch.
 * </ol>
 * Dates inside the body (event dates) and in related lists are never used as publish dates.
 */
final class PublishDate {
  record Result(LocalDate date, String rule, boolean yearInferred) {}

  static final List<String> META_KEYS = List.of("pubdate", "publishdate", "publish_date", "publish-date",
      "article:published_time", "og:release_date", "og:article:published_time", "datepublished", "pubtime",
      "_pubtime", "dc.date.issued", "dc.date", "originalpublicationdate", "sailthru.date", "parsely-pub-date",
      "weibo:article:create_at", "firstpublishedtime", "releasedate", "publishtime", "date");
  // Strong labels name the publication itself; weak ones (时间, 日期) are tried only when no strong one
  // dates the page, and never as part of 成文日期/印发日期/实施日期 (a notice's other dates).
  private static final Pattern STRONG_LABEL = Pattern.compile(
      "(发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|发稿时间|發稿時間|发表于|發表於|发布于|發布於|"
          + "上传时间|上傳時間)\\s*[:：]?\\s*(?=(?:19|20)\\d{2})");
  private static final Pattern WEAK_LABEL = Pattern.compile(
      "(?<!成文|印发|印發|生效|施行|实施|實施|截止|有效|出生|更新)(时间|時間|日期)\\s*[:：]?\\s*(?=(?:19|20)\\d{2})");
  private static final Pattern TODAY = Pattern.compile("今天是|今天：|今日是|今日：|当前时间|當前時間|现在时间|現在時間|当前日期");
  /** Lines of the header zone considered "near the title". */
  private static final int HEADER_CHARS = 600;
  private static final int TAIL_CHARS = 400;

  private PublishDate() {}

  static Result find(Map<String, String> meta, String jsonLdDate, String timeDatetime, String scriptDate, String url,
      List<String> header, List<String> bodyLines, List<String> tail, List<String> outsideBody, LocalDate fetched) {
    for (String key : META_KEYS) {
      LocalDate d = DateText.parseValue(meta.get(key), fetched);
      if (d != null) {
        return new Result(d, "meta", false);
      }
    }
    LocalDate d = DateText.parseValue(jsonLdDate, fetched);
    if (d != null) {
      return new Result(d, "meta", false);
    }
    d = DateText.parseValue(timeDatetime, fetched);
    if (d != null) {
      return new Result(d, "meta", false);
    }
    d = DateText.parseValue(scriptDate, fetched);
    if (d != null) {
      return new Result(d, "script", false);
    }
    List<String> head = lastChars(header, HEADER_CHARS);
    d = labelled(head, fetched);
    if (d != null) {
      return new Result(d, "label", false);
    }
    List<String> below = firstChars(tail, TAIL_CHARS);
    d = labelled(below, fetched);
    if (d != null) {
      return new Result(d, "label-tail", false);
    }
    d = DateText.inUrl(url, fetched);
    if (d != null) {
      return new Result(d, "url", false);
    }
    for (String line : head) {
      if (TODAY.matcher(line).find()) {
        continue; // "今天是2024年1月1日": the visitor's calendar in the page header, not the article's date
      }
      d = DateText.firstFull(line, fetched);
      if (d != null) {
        return new Result(d, "text", false);
      }
    }
    return inferYear(url, head, bodyLines, outsideBody, fetched);
  }

  private static LocalDate labelled(List<String> lines, LocalDate fetched) {
    LocalDate d = labelled(lines, STRONG_LABEL, fetched);
    return d != null ? d : labelled(lines, WEAK_LABEL, fetched);
  }

  private static LocalDate labelled(List<String> lines, Pattern label, LocalDate fetched) {
    for (String line : lines) {
      Matcher m = label.matcher(line);
      while (m.find()) {
        LocalDate d = DateText.firstFull(line.substring(m.end()), fetched);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** {@code outsideBody}: the page's lines outside the main text; dates inside it are events of any year. */
  private static Result inferYear(String url, List<String> head, List<String> bodyLines, List<String> outsideBody,
      LocalDate fetched) {
    int[] monthDay = null;
    for (String line : head) {
      monthDay = monthDay(line, line.length());
      if (monthDay != null) {
        break;
      }
    }
    if (monthDay == null && !bodyLines.isEmpty()) {
      // Only a date opening the text counts (1月18日下午, 新华社北京1月18日电): later ones are event dates.
      monthDay = monthDay(bodyLines.get(0), 24);
    }
    if (monthDay == null) {
      return new Result(null, null, false);
    }
    int y = DateText.yearInUrl(url, fetched);
    if (y > 0) {
      LocalDate d = DateText.of(String.valueOf(y), String.valueOf(monthDay[0]), String.valueOf(monthDay[1]));
      if (DateText.plausible(d, fetched)) {
        return new Result(d, "inferred-year-url", true);
      }
    }
    for (String line : outsideBody) {
      LocalDate other = DateText.firstFull(line, fetched);
      if (other != null) {
        LocalDate d = latestNotAfter(monthDay, other.plusDays(1), other.getYear());
        if (d != null) {
          return new Result(d, "inferred-year-page", true);
        }
      }
    }
    LocalDate d = latestNotAfter(monthDay, fetched.plusDays(1), fetched.getYear());
    return d == null ? new Result(null, null, false) : new Result(d, "inferred-year-fetch", true);
  }

  /** The month-day in the given year, or the year before when that would be after {@code limit}. */
  private static LocalDate latestNotAfter(int[] monthDay, LocalDate limit, int year) {
    for (int y = year; y >= year - 1; y--) {
      LocalDate d = DateText.of(String.valueOf(y), String.valueOf(monthDay[0]), String.valueOf(monthDay[1]));
      if (d != null && !d.isAfter(limit) && !d.isBefore(DateText.EARLIEST)) {
        return d;
      }
    }
    return null;
  }

  private static int[] monthDay(String line, int within) {
    Matcher m = DateText.MONTH_DAY.matcher(line);
    if (m.find() && m.start() < within) {
      int month = Integer.parseInt(m.group(1));
      int day = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        return new int[] {month, day};
      }
    }
    return null;
  }

  private static List<String> lastChars(List<String> lines, int chars) {
    int total = 0;
    int from = lines.size();
    while (from > 0 && total < chars) {
      from--;
      total += lines.get(from).length();
    }
    return lines.subList(from, lines.size());
  }

  private static List<String> firstChars(List<String> lines, int chars) {
    int total = 0;
    int to = 0;
    while (to < lines.size() && total < chars) {
      total += lines.get(to).length();
      to++;
    }
    return lines.subList(0, to);
  }
}
