package org.aidnews.crawler.config;

import java.nio.file.Path;

/**
 * A configuration mistake by the caller: the message names the file, the line when known, and the key.
 * The CLI turns it into exit code 2.
 */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }

    static ConfigException at(Path file, int line, String key, String problem) {
        StringBuilder where = new StringBuilder(file.toString());
        if (line > 0) {
            where.append(':').append(line);
        }
        return new ConfigException(where + ": key '" + key + "': " + problem);
    }
}
