package org.aidnews.indexer.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.aidnews.indexer.model.Agreement;
import org.aidnews.indexer.model.Party;
import org.aidnews.indexer.model.Side;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads labelled pages in the format of {@code SITES-FORMAT.md}: sample sites
 * ({@code testdata/sites/<site>/…} with {@code testdata/expected/<site>/*.json}), held-out pages
 * ({@code testdata/heldout/pages} with {@code testdata/heldout/expected}), and plain folders of expected
 * JSON without pages (the enrichment fixtures). A file that cannot be read is reported in
 * {@link #problems()} and skipped.
 */
public final class LabelledPages {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final List<String> problems = new ArrayList<>();

  public List<String> problems() {
    return problems;
  }

  /** Every {@code *.json} in {@code dir} (not recursive), without pages. */
  public List<LabelledPage> fixtures(Path dir) {
    List<LabelledPage> out = new ArrayList<>();
    for (Path f : jsonFiles(dir)) {
      LabelledPage p = read(f, f.getFileName().toString(), null, null, null);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /** The sample sites under {@code testdata}: expected/<site>/*.json with the page in sites/<site>/. */
  public List<LabelledPage> sampleSites(Path testdata) {
    List<LabelledPage> out = new ArrayList<>();
    Path expected = testdata.resolve("expected");
    if (!Files.isDirectory(expected)) {
      return out;
    }
    try (Stream<Path> sites = Files.list(expected)) {
      for (Path siteDir : sites.filter(Files::isDirectory).sorted().toList()) {
        String site = siteDir.getFileName().toString();
        Path siteRoot = testdata.resolve("sites").resolve(site);
        Properties props = siteProperties(siteRoot);
        for (Path f : jsonFiles(siteDir)) {
          String name = f.getFileName().toString();
          String path = "/" + name.substring(0, name.length() - ".json".length()).replace("__", "/");
          Path page = siteRoot.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : ""));
          String ct = props.getProperty("contentType." + path, props.getProperty("contentType.html", "text/html"));
          String url = "http://127.0.0.1:" + props.getProperty("port", "18400") + path;
          LabelledPage p = read(f, site + path, url, Files.isRegularFile(page) ? page : null, ct);
          if (p != null) {
            out.add(p);
          }
        }
      }
    } catch (IOException e) {
      problems.add(expected + ": " + e.getMessage());
    }
    return out;
  }

  /**
   * Held-out pages: {@code heldout/expected/<name>.json}; the page is {@code heldout/pages/<name>} or
   * the page file whose name starts with {@code <name>} (the JSON gives the URL and Content-Type).
   */
  public List<LabelledPage> heldOut(Path testdata) {
    return heldOut(testdata, "heldout");
  }

  /**
   * Every held-out set under {@code testdata}: each directory named {@code heldout*} holding
   * {@code pages/} and {@code expected/}, by name in order.
   */
  public java.util.Map<String, List<LabelledPage>> heldOutSets(Path testdata) {
    java.util.Map<String, List<LabelledPage>> out = new java.util.LinkedHashMap<>();
    if (!Files.isDirectory(testdata)) {
      return out;
    }
    try (Stream<Path> s = Files.list(testdata)) {
      for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
        String name = d.getFileName().toString();
        if (name.startsWith("heldout") && Files.isDirectory(d.resolve("pages")) && Files.isDirectory(d.resolve("expected"))) {
          out.put(name, heldOut(testdata, name));
        }
      }
    } catch (IOException e) {
      problems.add(testdata + ": " + e.getMessage());
    }
    return out;
  }

  /** The held-out set in {@code testdata/<set>}: {@code expected/<name>.json} with its page in {@code pages/}. */
  public List<LabelledPage> heldOut(Path testdata, String set) {
    List<LabelledPage> out = new ArrayList<>();
    Path expected = testdata.resolve(set).resolve("expected");
    Path pages = testdata.resolve(set).resolve("pages");
    for (Path f : jsonFiles(expected)) {
      String name = f.getFileName().toString();
      String stem = name.substring(0, name.length() - ".json".length());
      Path page = findPage(pages, stem);
      LabelledPage p = read(f, set + "/" + stem, null, page, null);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  private Path findPage(Path pages, String stem) {
    if (!Files.isDirectory(pages)) {
      return null;
    }
    Path exact = pages.resolve(stem);
    if (Files.isRegularFile(exact)) {
      return exact;
    }
    try (Stream<Path> s = Files.list(pages)) {
      return s.filter(p -> p.getFileName().toString().startsWith(stem + ".")).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private Properties siteProperties(Path siteRoot) {
    Properties p = new Properties();
    Path f = siteRoot.resolve("_site.properties");
    if (Files.isRegularFile(f)) {
      try (var in = Files.newBufferedReader(f, StandardCharsets.ISO_8859_1)) {
        p.load(in);
      } catch (IOException e) {
        problems.add(f + ": " + e.getMessage());
      }
    }
    return p;
  }

  private List<Path> jsonFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      problems.add(dir + ": " + e.getMessage());
      return List.of();
    }
  }

  private LabelledPage read(Path file, String id, String url, Path page, String contentType) {
    try {
      JsonNode n = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      List<Agreement> agreements = new ArrayList<>();
      for (JsonNode a : n.path("agreements").values()) {
        List<Party> parties = new ArrayList<>();
        for (JsonNode p : a.path("parties").values()) {
          parties.add(new Party(p.path("name").asString(""), side(p.path("side").asString("unknown"))));
        }
        agreements.add(new Agreement(a.path("type").asString(""), text(a, "title"), parties, date(a, "date"),
            text(a, "dateText"), text(a, "place")));
      }
      String pageUrl = url != null ? url : text(n, "url");
      String ct = contentType != null ? contentType : text(n, "contentType");
      return new LabelledPage(id, pageUrl, page, ct, n.path("isArticle").asBoolean(true), text(n, "title"),
          n.path("body").asString(""), date(n, "published"), strings(n, "provinces"), strings(n, "helperProvinces"),
          strings(n, "recipientProvinces"), strings(n, "hospitals"), agreements, text(n, "syndication"));
    } catch (IOException | RuntimeException e) {
      problems.add(file + ": " + e.getMessage());
      return null;
    }
  }

  private static Side side(String s) {
    return switch (s) {
      case "helper" -> Side.helper;
      case "recipient" -> Side.recipient;
      default -> Side.unknown;
    };
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static LocalDate date(JsonNode n, String field) {
    String s = text(n, field);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : n.path(field).values()) {
      if (!v.isNull()) {
        out.add(v.asString());
      }
    }
    return out;
  }
}
