package org.aidnews.web.feed;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Our JSON Feed 1.1 schema (written from the specification's field list) with format assertions on,
 * so {@code date-time} and {@code uri} are checked, not only noted as annotations.
 */
final class JsonFeedSchema {
  private static final Schema SCHEMA = load();

  private JsonFeedSchema() {}

  private static Schema load() {
    try (InputStream in = JsonFeedSchema.class.getResourceAsStream("/jsonfeed-1.1.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("jsonfeed-1.1.schema.json is not on the test class path");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What is wrong with {@code json} as a JSON Feed 1.1 document; empty when it conforms. */
  static List<String> problems(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON,
        ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
