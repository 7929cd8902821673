package org.aidnews.indexer.model;

/** One party to an agreement: a canonical institution or government name and its side. */
public record Party(String name, Side side) {}
