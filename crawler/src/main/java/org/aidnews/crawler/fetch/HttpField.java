package org.aidnews.crawler.fetch;

/** One HTTP header line, name as sent, value as raw ISO-8859-1 text. */
public record HttpField(String name, String value) {

    public boolean is(String headerName) {
        return name.equalsIgnoreCase(headerName);
    }
}
