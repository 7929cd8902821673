package org.aidnews.crawler.url;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar pages link to "next month" forever. News is never dated in the future, so a date-like query
 * value ({@code ?date=2031-05}, {@code year=2031}) or date path ({@code /2031/05/}) more than one year ahead
 * is a trap; so is a year before 1990, before any of these sites existed.
 */
record CalendarTrapRule(int currentYear) implements UrlRule {

    private static final Pattern QUERY_YEAR = Pattern.compile(
            "(?i)(?:^|&)(?:[a-z_]*(?:date|year|month|day|time|cal)[a-z_]*|y|ym|ymd|d)=(\\d{4})");
    private static final Pattern PATH_YEAR = Pattern.compile("/((?:19|2\\d)\\d{2})(?:[-/]?)(?:0[1-9]|1[0-2])(?:[-/]|$)");

    @Override
    public Optional<Rejection> check(String url, URI parsed) {
        String q = parsed.getRawQuery();
        if (q != null) {
            Matcher m = QUERY_YEAR.matcher(q);
            while (m.find()) {
                Optional<Rejection> r = judge(Integer.parseInt(m.group(1)));
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        String path = parsed.getRawPath();
        if (path != null) {
            Matcher m = PATH_YEAR.matcher(path);
            while (m.find()) {
                Optional<Rejection> r = judge(Integer.parseInt(m.group(1)));
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Rejection> judge(int year) {
        if (year > currentYear + 1 || year < 1990) {
            return Optional.of(Rejection.trap("calendar page for year " + year));
        }
        return Optional.empty();
    }
}
