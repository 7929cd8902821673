package org.aidnews.indexer.model;

/**
 * A place an article is about, resolved in the GB/T 2260 hierarchy.
 *
 * @param name       the name as written (Simplified)
 * @param code       GB/T 2260 code of the most specific level resolved
 * @param province   canonical province name, e.g. 新疆维吾尔自治区
 * @param prefecture canonical prefecture-level name, or null
 * @param county     canonical county-level name, or null
 * @param role       helper, recipient or mentioned
 */
public record Place(String name, String code, String province, String prefecture, String county, Role role) {}
