package org.aidnews.crawler.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML document as a small tree that remembers the line of every value, so configuration errors can
 * point at the line. Read with Jackson's streaming parser (data binding would lose the lines).
 */
sealed interface YamlNode {

    int line();

    record Scalar(String text, boolean isNull, int line) implements YamlNode { }

    record Sequence(List<YamlNode> items, int line) implements YamlNode { }

    /** Keys in document order, each with the line where the key is written. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line) implements YamlNode { }

    static YamlNode read(Path file) throws ConfigException {
        try (JsonParser p = YAMLMapper.shared().createParser(file.toFile())) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ConfigException(file + ": the file is empty");
            }
            return readValue(p, t);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new ConfigException(file + (line > 0 ? ":" + line : "") + ": not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static YamlNode readValue(JsonParser p, JsonToken t) {
        int line = p.currentTokenLocation().getLineNr();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    keyLines.put(key, p.currentTokenLocation().getLineNr());
                    entries.put(key, readValue(p, p.nextToken()));
                }
                return new Mapping(entries, keyLines, line);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(readValue(p, next));
                }
                return new Sequence(items, line);
            }
            case VALUE_NULL -> {
                return new Scalar(null, true, line);
            }
            default -> {
                return new Scalar(p.getString(), false, line);
            }
        }
    }
}
