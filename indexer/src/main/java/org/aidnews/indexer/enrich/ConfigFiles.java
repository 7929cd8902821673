package org.aidnews.indexer.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the enrichment tables live and how their lines are read. The tables are data under
 * {@code config/} (gazetteer, hospital aliases), not code, so that they can be grown without a release.
 * The directory is found, in order, from the system property {@code aidnews.config}, the environment
 * variable {@code AIDNEWS_CONFIG}, or the first {@code config/} directory holding
 * {@code gazetteer/divisions.tsv} in the working directory or one of its parents (so both the
 * repository root and a module directory under it work).
 */
public final class ConfigFiles {
  private final Path dir;

  public ConfigFiles(Path dir) {
    this.dir = dir;
  }

  /** The configuration directory found as described above; fails naming every place looked at. */
  public static ConfigFiles locate() {
    List<String> tried = new ArrayList<>();
    for (String explicit : new String[] {System.getProperty("aidnews.config"), System.getenv("AIDNEWS_CONFIG")}) {
      if (explicit != null && !explicit.isBlank()) {
        Path p = Path.of(explicit);
        if (Files.isRegularFile(p.resolve("gazetteer/divisions.tsv"))) {
          return new ConfigFiles(p);
        }
        tried.add(p.toAbsolutePath().toString());
      }
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("config");
      if (Files.isRegularFile(candidate.resolve("gazetteer/divisions.tsv"))) {
        return new ConfigFiles(candidate);
      }
      tried.add(candidate.toString());
    }
    throw new IllegalStateException("enrichment tables not found: no gazetteer/divisions.tsv under any of " + tried
        + " (set -Daidnews.config=<repo>/config or AIDNEWS_CONFIG)");
  }

  public Path dir() {
    return dir;
  }

  /** A table line split on tabs, with its file and line number for error messages. */
  public record Row(Path file, int lineNumber, String[] cells) {
    public String cell(int i) {
      return i < cells.length ? cells[i].strip() : "";
    }

    /** Fails with the file, line and what was wrong. */
    public IllegalStateException error(String what) {
      return new IllegalStateException(file + ":" + lineNumber + ": " + what);
    }
  }

  /**
   * The non-blank, non-comment lines of a table, split on tabs. A missing optional table is empty; a
   * missing required one fails naming it.
   */
  public List<Row> rows(String relative, boolean required) {
    Path file = dir.resolve(relative);
    if (!Files.isRegularFile(file)) {
      if (required) {
        throw new IllegalStateException("missing enrichment table " + file);
      }
      return List.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read enrichment table " + file + ": " + e.getMessage(), e);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      rows.add(new Row(file, i + 1, line.split("\t", -1)));
    }
    return rows;
  }
}
