package org.aidnews.crawler.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The Retry-After header (RFC 9110 §10.2.3): a number of seconds or an HTTP date. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** Milliseconds to wait from {@code now}; empty when the header is missing or unreadable. */
    static Optional<Long> millis(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String v = header.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Math.multiplyExact(Long.parseLong(v), 1000L));
            } catch (ArithmeticException | NumberFormatException tooLarge) {
                return Optional.of(Long.MAX_VALUE); // absurdly long: the caller's cap applies
            }
        }
        try {
            Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(Math.max(0, Duration.between(now, when).toMillis()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
