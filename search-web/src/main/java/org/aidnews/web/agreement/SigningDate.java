package org.aidnews.web.agreement;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signing date and how much of it the article actually wrote. Articles mostly write 1月18日 without a
 * year (or 18日, or 昨天); the indexer resolves such dates against the publish date. That is usually
 * right, but an official citing a precedent must see which dates were read and which were worked out,
 * so the pages mark the inferred ones and the CSV says so in a column of its own.
 * <p>
 * The basis is read from the date as written ({@code dateText}), which the agreement records carry. The
 * rule is conservative: a date counts as written in full only when the text names a four-digit year
 * equal to the resolved one; anything else (no text, text that does not match the date) is inferred.
 *
 * @param date    the resolved date, or null
 * @param written the date as written, or null
 * @param basis   how the date was obtained
 */
public record SigningDate(LocalDate date, String written, Basis basis) {

  /** How a signing date was obtained. */
  public enum Basis {
    /** The article wrote the year, month and day. */
    WRITTEN,
    /** 1月18日: the year was taken from the publish date. */
    YEAR_INFERRED,
    /** 18日: year and month were taken from the publish date. */
    MONTH_INFERRED,
    /** 昨天, 前天, 今天: counted back from the publish date. */
    RELATIVE,
    /** A date without text that explains it (e.g. taken from another report of the same signing). */
    UNVERIFIED,
    /** No date at all (日前, 近日, or nothing). */
    NONE
  }

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*(?:年|[-/.]\\s*\\d{1,2}\\s*[-/.])");
  private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\d)\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]");
  private static final Pattern DAY = Pattern.compile("(?<!\\d)\\d{1,2}\\s*[日号]");
  private static final Pattern RELATIVE_WORD = Pattern.compile("昨天|昨日|前天|前日|今天|今日|日昨");

  public static SigningDate of(LocalDate date, String written) {
    String text = written == null ? "" : written.strip();
    if (date == null) {
      return new SigningDate(null, written, Basis.NONE);
    }
    Matcher year = YEAR.matcher(text);
    while (year.find()) {
      if (Integer.parseInt(year.group(1)) == date.getYear()) {
        return new SigningDate(date, written, Basis.WRITTEN);
      }
    }
    Basis basis;
    if (MONTH_DAY.matcher(text).find()) {
      basis = Basis.YEAR_INFERRED;
    } else if (DAY.matcher(text).find()) {
      basis = Basis.MONTH_INFERRED;
    } else if (RELATIVE_WORD.matcher(text).find()) {
      basis = Basis.RELATIVE;
    } else {
      basis = Basis.UNVERIFIED;
    }
    return new SigningDate(date, written, basis);
  }

  /** Whether part of the date was worked out rather than read. */
  public boolean inferred() {
    return date != null && basis != Basis.WRITTEN && basis != Basis.NONE;
  }

  /** The message key explaining an inferred date (takes the written text as argument), or null. */
  public String explanationKey() {
    return inferred() ? "date.basis." + basis.name().toLowerCase(java.util.Locale.ROOT) : null;
  }

  /** The CSV cell for the basis column: short Chinese words a spreadsheet can filter on. */
  public String csvBasis() {
    return switch (basis) {
      case WRITTEN -> "原文";
      case YEAR_INFERRED -> "年份推断";
      case MONTH_INFERRED -> "年月推断";
      case RELATIVE -> "相对日期推算";
      case UNVERIFIED -> "未能核对原文";
      case NONE -> "";
    };
  }
}
