package org.aidnews.indexer.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidnews.indexer.normalize.ScriptConverter;

/**
 * Domain synonyms applied at query time (format documented in {@code config/synonyms.tsv}). Query
 * time, not index time, so the list can grow without reindexing. A term is expanded when it equals
 * a synonym or contains one; the alternatives are searched as ORed variants of the whole term.
 */
public final class Synonyms {
  private static final int MAX_VARIANTS = 8;
  private final Map<String, Set<String>> expansions;
  /** Keys longest first, so 新医大一附院 is replaced before 新医大. */
  private final List<String> keys;

  private Synonyms(Map<String, Set<String>> expansions) {
    this.expansions = expansions;
    this.keys = expansions.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  public static Synonyms none() {
    return new Synonyms(Map.of());
  }

  /** Loads {@code file}; a malformed line fails naming the file and line. */
  public static Synonyms load(Path file) throws IOException {
    Map<String, Set<String>> map = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    ScriptConverter c = ScriptConverter.get();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1);
      if (line.contains("=>")) {
        String[] parts = line.split("=>", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
          throw new IllegalArgumentException(where + ": expected 'abbreviation => full name', got '" + line + "'");
        }
        String from = c.toSimplified(parts[0].strip());
        for (String to : parts[1].split(",")) {
          if (to.isBlank()) {
            throw new IllegalArgumentException(where + ": empty term after '=>'");
          }
          map.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(c.toSimplified(to.strip()));
        }
      } else {
        List<String> group = new ArrayList<>();
        for (String t : line.split(",")) {
          if (t.isBlank()) {
            throw new IllegalArgumentException(where + ": empty term in '" + line + "'");
          }
          group.add(c.toSimplified(t.strip()));
        }
        if (group.size() < 2) {
          throw new IllegalArgumentException(where + ": a synonym group needs at least two terms: '" + line + "'");
        }
        for (String a : group) {
          for (String b : group) {
            if (!a.equals(b)) {
              map.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
            }
          }
        }
      }
    }
    return new Synonyms(map);
  }

  /** Variants of {@code term} (Simplified) other than itself, at most a handful. */
  public List<String> variants(String term) {
    if (expansions.isEmpty()) {
      return List.of();
    }
    String simp = ScriptConverter.get().toSimplified(term);
    Set<String> out = new LinkedHashSet<>();
    for (String key : keys) {
      int at = simp.indexOf(key);
      if (at < 0) {
        continue;
      }
      for (String alt : expansions.get(key)) {
        // Skip an expansion already present around the key (援疆 inside 对口援疆 needs no 对口对口援疆).
        if (simp.contains(alt)) {
          continue;
        }
        out.add(simp.substring(0, at) + alt + simp.substring(at + key.length()));
        if (out.size() >= MAX_VARIANTS) {
          return List.copyOf(out);
        }
      }
      break; // one substitution per term keeps the query small and predictable
    }
    out.remove(simp);
    return List.copyOf(out);
  }

  public int size() {
    return expansions.size();
  }
}
