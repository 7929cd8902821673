package org.aidnews.indexer.enrich.place;

/**
 * One way to read a matched string as a division.
 *
 * @param division   the division
 * @param kind       how the string names it
 * @param commonWord true for a short name that is also an ordinary word (来宾): never a place on its own
 */
public record Reading(Division division, NameKind kind, boolean commonWord) {}
