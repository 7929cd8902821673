package org.aidnews.indexer.index;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The project's one JSON mapper configuration (ISO dates, unknown properties tolerated on read). */
public final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private Json() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }
}
