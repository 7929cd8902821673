package org.aidnews.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real place and hospital names for the synthetic stories ({@code places.txt}, {@code hospitals.txt}):
 * recipient prefectures with their counties, helper provinces with their cities, the pairings
 * between them, the short province names of navigation bars, and hospitals by province and city.
 */
final class Gazetteer {
  /** A recipient prefecture and its county-level units. */
  record Prefecture(String province, String name, List<String> counties) {}

  /** A helper province and its prefecture-level cities (or districts, for municipalities). */
  record HelperProvince(String province, List<String> cities) {}

  /** A standing pairing: {@code helper} supports {@code recipient}. */
  record Pairing(HelperProvince helper, Prefecture recipient) {}

  /** A hospital with its province and city. */
  record Hospital(String province, String city, String name) {}

  final Map<String, Prefecture> prefectures = new LinkedHashMap<>();
  final Map<String, HelperProvince> helpers = new LinkedHashMap<>();
  final List<Pairing> pairings = new ArrayList<>();
  final Map<String, String> shortNames = new LinkedHashMap<>();
  final List<Hospital> hospitals = new ArrayList<>();

  static Gazetteer load() {
    return new Gazetteer(Resources.lines("places.txt"), Resources.lines("hospitals.txt"));
  }

  Gazetteer(List<String> places, List<String> hospitalLines) {
    for (String line : places) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\|");
      switch (f[0]) {
        case "R" -> prefectures.put(f[2], new Prefecture(f[1], f[2], List.of(f[3].split(" "))));
        case "H" -> helpers.put(f[1], new HelperProvince(f[1], List.of(f[2].split(" "))));
        case "P" -> {
          HelperProvince h = helpers.get(f[1]);
          Prefecture p = prefectures.get(f[2]);
          if (h == null || p == null) {
            throw new IllegalArgumentException("places.txt: pairing names an unknown place: " + line);
          }
          pairings.add(new Pairing(h, p));
        }
        case "A" -> shortNames.put(f[1], f[2]);
        default -> throw new IllegalArgumentException("places.txt: unknown line kind: " + line);
      }
    }
    for (String line : hospitalLines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\|");
      hospitals.add(new Hospital(f[0], f[1], f[2]));
    }
    // County hospitals follow the national naming convention, so every recipient county has two.
    for (Prefecture p : prefectures.values()) {
      for (String county : p.counties()) {
        if (county.endsWith("县") || county.endsWith("市")) {
          hospitals.add(new Hospital(p.province(), p.name(), county + "人民医院"));
          hospitals.add(new Hospital(p.province(), p.name(), county + "中医医院"));
        }
      }
    }
  }

  /** Hospitals in {@code province}, in {@code city} when any are listed there. */
  List<Hospital> hospitalsIn(String province, String city) {
    List<Hospital> inCity = hospitals.stream().filter(h -> h.province().equals(province) && h.city().equals(city)).toList();
    return inCity.isEmpty() ? hospitals.stream().filter(h -> h.province().equals(province)).toList() : inCity;
  }

  String shortName(String province) {
    return shortNames.getOrDefault(province, province);
  }
}
