package org.aidnews.indexer.extract.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds labelled pages under a directory, in the two layouts of SITES-FORMAT.md:
 * <ul>
 *   <li>sample sites: {@code sites/<id>/…} bytes, {@code _site.properties} for port and Content-Type,
 *       {@code expected/<id>/<path with / as __>.json};
 *   <li>held-out style: {@code pages/*.html} and {@code expected/*.json} carrying {@code url} and
 *       {@code contentType} (the extraction fixtures use this layout, with an optional {@code fetchedAt}).
 * </ul>
 * A directory may be a repository root (its {@code testdata/} is searched), {@code testdata/} itself,
 * {@code testdata/sites}, one site, or a held-out-style directory. Broken label files are reported as
 * problems, never thrown.
 */
public final class LabelledPages {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final List<LabelledPage> pages = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  public List<LabelledPage> pages() {
    return pages;
  }

  /** Label files that could not be read, with the reason. */
  public List<String> problems() {
    return problems;
  }

  public static LabelledPages load(List<Path> dirs) {
    LabelledPages out = new LabelledPages();
    for (Path d : dirs) {
      out.scan(d);
    }
    return out;
  }

  private void scan(Path dir) {
    if (!Files.isDirectory(dir)) {
      problems.add(dir + ": not a directory");
      return;
    }
    if (Files.isDirectory(dir.resolve("testdata"))) {
      scan(dir.resolve("testdata"));
      return;
    }
    boolean found = false;
    if (Files.isDirectory(dir.resolve("sites")) && Files.isDirectory(dir.resolve("expected"))) {
      scanSites(dir.resolve("sites"), dir.resolve("expected"));
      found = true;
    }
    // Every held-out set (heldout, heldout2, …): a directory named heldout* with pages/ and expected/.
    for (Path set : list(dir)) {
      String name = set.getFileName().toString();
      if (name.startsWith("heldout") && Files.isDirectory(set.resolve("pages")) && Files.isDirectory(set.resolve("expected"))) {
        scanHeldout(set);
        found = true;
      }
    }
    if (Files.isDirectory(dir.resolve("pages")) && Files.isDirectory(dir.resolve("expected"))) {
      scanHeldout(dir);
      found = true;
    }
    if (Files.isRegularFile(dir.resolve("_site.properties"))) {
      Path expected = dir.getParent() == null || dir.getParent().getParent() == null ? null
          : dir.getParent().getParent().resolve("expected");
      if (expected != null) {
        scanSite(dir, expected.resolve(dir.getFileName().toString()));
      }
      found = true;
    } else if (!found && dir.getFileName() != null && dir.getFileName().toString().equals("sites")
        && dir.getParent() != null) {
      scanSites(dir, dir.getParent().resolve("expected"));
      found = true;
    }
    if (!found) {
      problems.add(dir + ": no labelled pages (expected testdata/, sites/ + expected/, or pages/ + expected/)");
    }
  }

  private void scanSites(Path sites, Path expected) {
    for (Path site : list(sites)) {
      if (Files.isRegularFile(site.resolve("_site.properties"))) {
        scanSite(site, expected.resolve(site.getFileName().toString()));
      }
    }
  }

  private void scanSite(Path site, Path expectedDir) {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(site.resolve("_site.properties"), StandardCharsets.ISO_8859_1)) {
      props.load(r);
    } catch (IOException e) {
      problems.add(site + "/_site.properties: " + e.getMessage());
      return;
    }
    String port = value(props, "port");
    port = port == null ? "80" : port;
    String id = site.getFileName().toString();
    for (Path json : list(expectedDir)) {
      if (!json.toString().endsWith(".json")) {
        continue;
      }
      try {
        JsonNode label = JSON.readTree(Files.readAllBytes(json));
        String path = text(label, "path");
        if (path == null) {
          problems.add(json + ": no \"path\"");
          continue;
        }
        String rel = path.startsWith("/") ? path.substring(1) : path;
        Path file = site.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
        if (!Files.isRegularFile(file)) {
          problems.add(json + ": page " + file + " missing");
          continue;
        }
        String ct = value(props, "contentType." + path);
        if (ct == null) {
          ct = value(props, "contentType./" + rel);
        }
        if (ct == null && isHtmlName(rel)) {
          ct = value(props, "contentType.html");
        }
        ct = ct == null || ct.isBlank() ? null : ct.trim();
        pages.add(new LabelledPage("sites/" + id + "/" + json.getFileName(), "http://127.0.0.1:" + port + path, ct,
            instant(label), Files.readAllBytes(file), expected(label)));
      } catch (IOException | JacksonException e) {
        problems.add(json + ": " + e.getMessage());
      }
    }
  }

  private void scanHeldout(Path dir) {
    for (Path json : list(dir.resolve("expected"))) {
      if (!json.toString().endsWith(".json")) {
        continue;
      }
      String name = json.getFileName().toString();
      String stem = name.substring(0, name.length() - ".json".length());
      Path page = findPage(dir.resolve("pages"), stem);
      if (page == null) {
        problems.add(json + ": no page " + stem + ".* in " + dir.resolve("pages"));
        continue;
      }
      try {
        JsonNode label = JSON.readTree(Files.readAllBytes(json));
        String url = text(label, "url");
        if (url == null) {
          problems.add(json + ": no \"url\"");
          continue;
        }
        pages.add(new LabelledPage(dir.getFileName() + "/" + name, url, text(label, "contentType"), instant(label),
            Files.readAllBytes(page), expected(label)));
      } catch (IOException | JacksonException e) {
        problems.add(json + ": " + e.getMessage());
      }
    }
  }

  /** A property value without a trailing "# comment" (the format's examples write them inline). */
  private static String value(Properties props, String key) {
    String v = props.getProperty(key);
    if (v == null) {
      return null;
    }
    v = v.replaceFirst("\\s+#.*$", "").trim();
    return v.isEmpty() ? null : v;
  }

  private static Path findPage(Path pagesDir, String stem) {
    for (String ext : new String[] {"", ".html", ".htm", ".shtml"}) {
      Path p = pagesDir.resolve(stem + ext);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private static boolean isHtmlName(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.isEmpty() || p.endsWith("/") || p.endsWith(".html") || p.endsWith(".htm") || p.endsWith(".shtml");
  }

  private Instant instant(JsonNode label) {
    String v = text(label, "fetchedAt");
    if (v == null) {
      return null;
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      problems.add("bad fetchedAt '" + v + "'");
      return null;
    }
  }

  private static LabelledPage.Expected expected(JsonNode l) {
    return new LabelledPage.Expected(text(l, "charset"), l.path("isArticle").asBoolean(true), l.has("title"),
        text(l, "title"), l.has("published"), text(l, "published"), l.has("script"), text(l, "script"), l.has("body"),
        text(l, "body"), text(l, "source"), text(l, "author"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
