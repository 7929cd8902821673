package org.aidnews.crawler.url;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One check on a canonical URL, independent of the site. The rules are a plain list in
 * {@link #defaults(int)}; {@link CrawlScope} applies them in order and stops at the first rejection.
 */
public interface UrlRule {

    Optional<Rejection> check(String url, URI parsed);

    /** The standard rules; {@code currentYear} anchors the calendar-trap rule (Asia/Shanghai year). */
    static List<UrlRule> defaults(int currentYear) {
        return List.of(new UrlLengthRule(1024), new NonPageExtensionRule(), new RepeatedSegmentRule(3),
                new RepeatedParameterRule(), new CalendarTrapRule(currentYear));
    }
}
