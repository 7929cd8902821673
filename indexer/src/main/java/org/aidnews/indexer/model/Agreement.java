package org.aidnews.indexer.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A signing reported by an article.
 *
 * @param type     one of the controlled agreement types (医联体, 专科联盟, 对口帮扶, 托管, 合作共建, ...)
 * @param title    the agreement's name as written, e.g. 医疗联合体合作框架协议, or null
 * @param parties  the parties with their sides
 * @param date     signing date (distinct from the publish date), or null when unknown
 * @param dateText the date as written (1月25日, 日前 ...), or null
 * @param place    where it was signed, or null
 * @param dateYearInferred true when {@code date}'s year is a guess: the text wrote no year (1月18日, 昨天)
 *                 and the publish date that supplied it had an inferred year itself (publishedRule
 *                 {@code inferred-year-*}: from the URL, another date on the page or the fetch time).
 *                 A UI should mark such a year as inferred.
 */
public record Agreement(String type, String title, List<Party> parties, LocalDate date, String dateText, String place,
    boolean dateYearInferred) {
  public Agreement {
    parties = List.copyOf(parties);
  }

  /** An agreement whose date's year is known (or that has no date). */
  public Agreement(String type, String title, List<Party> parties, LocalDate date, String dateText, String place) {
    this(type, title, parties, date, dateText, place, false);
  }
}
