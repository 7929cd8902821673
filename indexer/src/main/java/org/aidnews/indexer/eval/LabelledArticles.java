package org.aidnews.indexer.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.aidnews.indexer.index.Json;
import tools.jackson.databind.JsonNode;

/** The labelled facts of the sample sites' article pages ({@code testdata/expected/}), keyed by URL. */
public final class LabelledArticles {
  /** One labelled article page. */
  public record Label(String url, String title, String body, List<String> hospitals, List<String> places,
      List<String> helpers, List<String> recipients, List<String> agreementTypes, String syndication) {}

  private LabelledArticles() {}

  public static Map<String, Label> load(Path testdata) throws IOException {
    Map<String, Label> out = new LinkedHashMap<>();
    Path expected = testdata.resolve("expected");
    try (Stream<Path> sites = Files.list(expected)) {
      for (Path site : sites.filter(Files::isDirectory).sorted().toList()) {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(testdata.resolve("sites").resolve(site.getFileName())
            .resolve("_site.properties"), StandardCharsets.ISO_8859_1)) {
          props.load(r);
        }
        String port = props.getProperty("port").split("#")[0].strip();
        try (Stream<Path> files = Files.list(site)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
            JsonNode n = Json.mapper().readTree(Files.readString(f, StandardCharsets.UTF_8));
            if (!n.path("isArticle").asBoolean(false)) {
              continue;
            }
            String url = "http://127.0.0.1:" + port + n.path("path").asString();
            List<String> places = new ArrayList<>();
            for (JsonNode p : n.path("places")) {
              for (String k : List.of("name", "prefecture", "county", "province")) {
                if (p.hasNonNull(k)) {
                  places.add(p.get(k).asString());
                }
              }
            }
            List<String> types = new ArrayList<>();
            for (JsonNode a : n.path("agreements")) {
              types.add(a.path("type").asString());
            }
            out.put(url, new Label(url, n.path("title").asString(null), n.path("body").asString(""),
                strings(n.path("hospitals")), places, strings(n.path("helperProvinces")),
                strings(n.path("recipientProvinces")), types, n.path("syndication").asString(null)));
          }
        }
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array) {
      out.add(v.asString());
    }
    return out;
  }
}
