package org.aidnews.indexer.enrich.place;

/**
 * One administrative division.
 *
 * @param code       6-digit GB/T 2260 code (660000 for 新疆生产建设兵团, see the gazetteer README)
 * @param level      province, prefecture or county
 * @param name       official full name, Simplified
 * @param shortName  name without its administrative suffix, or empty
 * @param parentCode code of the enclosing division, or empty for a province
 */
public record Division(String code, DivisionLevel level, String name, String shortName, String parentCode) {
  /** Divisions are equal when their codes are: the code identifies a division. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Division d && d.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  public boolean isProvince() {
    return level == DivisionLevel.PROVINCE;
  }
}
