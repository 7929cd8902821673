package org.aidnews.indexer.enrich.place;

/** The three levels of the GB/T 2260 hierarchy the gazetteer keeps. */
public enum DivisionLevel {
  PROVINCE,
  PREFECTURE,
  COUNTY;

  static DivisionLevel parse(String s) {
    return switch (s) {
      case "province" -> PROVINCE;
      case "prefecture" -> PREFECTURE;
      case "county" -> COUNTY;
      default -> throw new IllegalArgumentException("unknown level '" + s + "' (province, prefecture, county)");
    };
  }
}
