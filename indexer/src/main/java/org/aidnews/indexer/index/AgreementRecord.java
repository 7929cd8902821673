package org.aidnews.indexer.index;

import java.time.LocalDate;
import java.util.List;
import org.aidnews.indexer.model.Party;

/**
 * One agreement (a precedent) as officials look it up: the same signing reported by several
 * articles is one record with several sources.
 *
 * @param id                 stable id from type, parties and date
 * @param type               controlled agreement type
 * @param title              the agreement's name as written, or null
 * @param parties            parties with sides
 * @param date               signing date, or null when unknown
 * @param dateText           the date as written
 * @param place              where it was signed, or null
 * @param helperProvinces    provinces on the assisting side (from the reporting articles)
 * @param recipientProvinces provinces on the receiving side
 * @param sources            the articles reporting it, earliest first
 */
public record AgreementRecord(String id, String type, String title, List<Party> parties, LocalDate date,
    String dateText, String place, List<String> helperProvinces, List<String> recipientProvinces,
    List<Source> sources) {

  /** An article that reports the agreement. */
  public record Source(String id, String url, String title, LocalDate published, String outlet) {}

  /** The year used for the year facet: the signing year, else the first report's year. */
  public Integer year() {
    if (date != null) {
      return date.getYear();
    }
    return sources.stream().map(Source::published).filter(d -> d != null).map(LocalDate::getYear).findFirst()
        .orElse(null);
  }
}
