package org.aidnews.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic news story, before it is rendered onto a site. Syndicated copies are rendered
 * from the same story with edits, so they share {@code serial}.
 *
 * @param serial              the story's number in its WARC file (copies keep the original's)
 * @param kind                signing, team, surgery, clinic, visit or general
 * @param title               headline (Simplified)
 * @param paragraphs          body paragraphs (Simplified)
 * @param published           publish date (Asia/Shanghai)
 * @param minuteOfDay         publish time of day, in minutes
 * @param helperProvince      canonical helper province, or null for general news
 * @param recipientProvince   canonical recipient province, or null
 * @param recipientPrefecture canonical recipient prefecture, or null
 * @param recipientCounty     canonical recipient county, or null
 * @param hospitals           canonical hospital names mentioned
 * @param agreementType       controlled agreement type for signings, else null
 * @param author              reporter credit
 * @param editor              editor credit
 */
record Story(
    long serial,
    String kind,
    String title,
    List<String> paragraphs,
    LocalDate published,
    int minuteOfDay,
    String helperProvince,
    String recipientProvince,
    String recipientPrefecture,
    String recipientCounty,
    List<String> hospitals,
    String agreementType,
    String author,
    String editor) {
  Story {
    paragraphs = List.copyOf(paragraphs);
    hospitals = List.copyOf(hospitals);
  }

  int length() {
    return title.length() + paragraphs.stream().mapToInt(String::length).sum();
  }
}
