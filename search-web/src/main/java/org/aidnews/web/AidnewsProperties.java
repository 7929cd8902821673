package org.aidnews.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code aidnews.*}.
 *
 * @param index the index root written by {@code ./aidnews index} (default data/index)
 * @param warc  the WARC directory the saved copies are read from (default data/warc)
 * @param synonyms the query-time synonym file (default config/synonyms.tsv; missing file: no synonyms, with a warning)
 */
@ConfigurationProperties("aidnews")
public record AidnewsProperties(@DefaultValue("data/index") Path index, @DefaultValue("data/warc") Path warc,
    @DefaultValue("config/synonyms.tsv") Path synonyms) {}
