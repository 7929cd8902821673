package org.aidnews.indexer.enrich.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidnews.indexer.enrich.ConfigFiles;
import org.aidnews.indexer.enrich.text.PhraseMatcher;

/**
 * The GB/T 2260 divisions (provinces, prefectures, counties) with their names, aliases, aid pairs and
 * blocking phrases, compiled into one {@link PhraseMatcher} so that an article is scanned once,
 * whatever the size of the table. Loaded from {@code config/gazetteer/} (see its README). Immutable.
 */
public final class Gazetteer {
  /** The project's code for 新疆生产建设兵团 (see the gazetteer README). */
  public static final String BINGTUAN = "660000";
  private final Map<String, Division> byCode;
  private final Map<String, List<Division>> byName;
  private final PhraseMatcher<PlaceForm> matcher;

  private Gazetteer(Map<String, Division> byCode, Map<String, List<Division>> byName, PhraseMatcher<PlaceForm> matcher) {
    this.byCode = byCode;
    this.byName = byName;
    this.matcher = matcher;
  }

  /** Loads {@code gazetteer/*} from the configuration directory; fails naming the file and line. */
  public static Gazetteer load(ConfigFiles config) {
    Map<String, Division> byCode = new LinkedHashMap<>();
    for (ConfigFiles.Row row : config.rows("gazetteer/divisions.tsv", true)) {
      if (row.cell(0).equals("code")) {
        continue; // header
      }
      if (!row.cell(0).matches("\\d{6}") || row.cell(2).isEmpty()) {
        throw row.error("expected 'code<TAB>level<TAB>name<TAB>short<TAB>parent' with a 6-digit code");
      }
      DivisionLevel level;
      try {
        level = DivisionLevel.parse(row.cell(1));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      byCode.put(row.cell(0), new Division(row.cell(0), level, row.cell(2), row.cell(3), row.cell(4)));
    }
    for (Division d : byCode.values()) {
      if (!d.parentCode().isEmpty() && !byCode.containsKey(d.parentCode())) {
        throw new IllegalStateException("gazetteer/divisions.tsv: " + d.name() + " has unknown parent " + d.parentCode());
      }
    }
    Set<String> common = new HashSet<>();
    for (ConfigFiles.Row row : config.rows("gazetteer/common-words.txt", false)) {
      common.add(row.cell(0));
    }

    Map<String, List<Reading>> readings = new HashMap<>();
    Map<String, List<Division>> byName = new HashMap<>();
    for (Division d : byCode.values()) {
      readings.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(new Reading(d, NameKind.FULL, false));
      byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
      if (!d.shortName().isEmpty() && !d.shortName().equals(d.name())) {
        readings.computeIfAbsent(d.shortName(), k -> new ArrayList<>())
            .add(new Reading(d, NameKind.SHORT, common.contains(d.shortName())));
      }
    }
    for (ConfigFiles.Row row : config.rows("gazetteer/aliases.tsv", false)) {
      Division d = byCode.get(row.cell(1));
      if (d == null || row.cell(0).isEmpty()) {
        throw row.error("expected 'alias<TAB>code' with a code from divisions.tsv");
      }
      readings.computeIfAbsent(row.cell(0), k -> new ArrayList<>()).add(new Reading(d, NameKind.ALIAS, false));
    }
    // The 兵团's divisions are written with the 兵团 in front as often as without (兵团第一师阿拉尔市).
    for (Division d : byCode.values()) {
      if (d.parentCode().equals(BINGTUAN)) {
        readings.computeIfAbsent("兵团" + d.name(), k -> new ArrayList<>()).add(new Reading(d, NameKind.ALIAS, false));
        if (!d.shortName().isEmpty()) {
          readings.computeIfAbsent("兵团" + d.shortName(), k -> new ArrayList<>()).add(new Reading(d, NameKind.ALIAS, false));
        }
      }
    }
    PhraseMatcher.Builder<PlaceForm> builder = PhraseMatcher.builder();
    for (Map.Entry<String, List<Reading>> e : readings.entrySet()) {
      builder.add(e.getKey(), new PlaceForm(e.getValue(), null, null, false));
    }
    for (ConfigFiles.Row row : config.rows("gazetteer/aid-pairs.tsv", false)) {
      Division helper = byCode.get(row.cell(1));
      Division recipient = byCode.get(row.cell(2));
      if (row.cell(0).length() != 2 || helper == null || recipient == null) {
        throw row.error("expected 'pair<TAB>helper code<TAB>recipient code' with a two-character pair");
      }
      builder.add(row.cell(0), new PlaceForm(List.of(), helper, recipient, false));
    }
    for (ConfigFiles.Row row : config.rows("gazetteer/blockers.txt", false)) {
      builder.add(row.cell(0), new PlaceForm(List.of(), null, null, true));
    }
    return new Gazetteer(Map.copyOf(byCode), Map.copyOf(byName), builder.build());
  }

  public PhraseMatcher<PlaceForm> matcher() {
    return matcher;
  }

  public Division byCode(String code) {
    return code == null ? null : byCode.get(code);
  }

  /** Divisions whose official full name is {@code name}. */
  public List<Division> byName(String name) {
    return byName.getOrDefault(name, List.of());
  }

  public Collection<Division> all() {
    return byCode.values();
  }

  public Division parent(Division d) {
    return d.parentCode().isEmpty() ? null : byCode.get(d.parentCode());
  }

  public Division province(Division d) {
    Division p = d;
    while (p != null && !p.isProvince()) {
      p = parent(p);
    }
    return p;
  }

  /** The prefecture-level division at or above {@code d}, or null (a province, or a county directly under one). */
  public Division prefecture(Division d) {
    for (Division p = d; p != null; p = parent(p)) {
      if (p.level() == DivisionLevel.PREFECTURE) {
        return p;
      }
    }
    return null;
  }

  /** {@code d} and every division above it. */
  public List<Division> lineage(Division d) {
    List<Division> out = new ArrayList<>(3);
    for (Division p = d; p != null; p = parent(p)) {
      out.add(p);
    }
    return out;
  }

  /** True when {@code ancestor} is {@code d} or encloses it. */
  public boolean within(Division d, Division ancestor) {
    for (Division p = d; p != null; p = parent(p)) {
      if (p.code().equals(ancestor.code())) {
        return true;
      }
    }
    return false;
  }
}
