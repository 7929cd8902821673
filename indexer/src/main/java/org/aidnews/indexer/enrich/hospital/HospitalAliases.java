package org.aidnews.indexer.enrich.hospital;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.enrich.ConfigFiles;
import org.aidnews.indexer.enrich.place.Division;
import org.aidnews.indexer.enrich.place.Gazetteer;

/**
 * The curated hospital table {@code config/hospitals.tsv}: canonical names, their locations and the
 * other names (abbreviations, former names) that refer to them. An alias may belong to several
 * hospitals (协和医院); the caller decides with the article's places.
 */
public final class HospitalAliases {
  private final Map<String, Division> locations;
  private final Map<String, List<String>> canonicalsByName;

  private HospitalAliases(Map<String, Division> locations, Map<String, List<String>> canonicalsByName) {
    this.locations = locations;
    this.canonicalsByName = canonicalsByName;
  }

  public static HospitalAliases empty() {
    return new HospitalAliases(Map.of(), Map.of());
  }

  public static HospitalAliases load(ConfigFiles config, Gazetteer gazetteer) {
    Map<String, Division> locations = new LinkedHashMap<>();
    Map<String, List<String>> byName = new HashMap<>();
    for (ConfigFiles.Row row : config.rows("hospitals.tsv", false)) {
      String canonical = row.cell(0);
      Division location = gazetteer.byCode(row.cell(1));
      if (canonical.isEmpty() || (!row.cell(1).isEmpty() && location == null)) {
        throw row.error("expected 'canonical<TAB>location code<TAB>alias|alias…' with a code from gazetteer/divisions.tsv");
      }
      locations.put(canonical, location);
      add(byName, canonical, canonical);
      for (String alias : row.cell(2).split("\\|")) {
        if (!alias.isBlank()) {
          add(byName, alias.strip(), canonical);
        }
      }
    }
    return new HospitalAliases(Map.copyOf(locations), Map.copyOf(byName));
  }

  private static void add(Map<String, List<String>> byName, String name, String canonical) {
    List<String> list = byName.computeIfAbsent(name, k -> new ArrayList<>());
    if (!list.contains(canonical)) {
      list.add(canonical);
    }
  }

  /** The canonical names {@code name} may refer to: itself when canonical, more than one when ambiguous. */
  public List<String> canonicals(String name) {
    return canonicalsByName.getOrDefault(name, List.of());
  }

  /** Every name and alias in the table, for direct matching. */
  public Iterable<String> names() {
    return canonicalsByName.keySet();
  }

  public boolean isCanonical(String name) {
    return locations.containsKey(name);
  }

  /** The listed location of a canonical hospital, or null. */
  public Division location(String canonical) {
    return locations.get(canonical);
  }
}
