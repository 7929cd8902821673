package org.aidnews.indexer.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aidnews.indexer.index.Analyzers;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Type-ahead for hospital and place names (lucene-suggest's infix suggester over the names the
 * index holds, weighted by how many articles name them). Built in memory from one reader's facet
 * values; infix on character bigrams, so "疏附" finds 疏附县人民医院 and Traditional input works.
 */
public final class NameSuggester implements Closeable {
  /** A suggestion: the canonical name, what it is (hospital, place, party), and its article count. */
  public record Suggestion(String text, String kind, long count) {}

  /** One name to offer. */
  public record Entry(String text, String kind, long count) {}

  private final AnalyzingInfixSuggester suggester;

  public NameSuggester(List<Entry> entries) throws IOException {
    // Two-character minimum prefix: a single Han character matches too much to be useful.
    suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), Analyzers.bigrams(), Analyzers.bigrams(), 2,
        false, true, false);
    for (Entry e : entries) {
      suggester.add(new BytesRef(e.text()), Set.of(), e.count(), new BytesRef(e.kind()));
    }
    suggester.refresh();
  }

  public List<Suggestion> suggest(String prefix, int n) throws IOException {
    if (prefix == null || prefix.isBlank() || suggester.getCount() == 0) {
      return List.of();
    }
    List<Suggestion> out = new ArrayList<>();
    for (Lookup.LookupResult r : suggester.lookup(prefix.strip(), (Set<BytesRef>) null, n, true, false)) {
      out.add(new Suggestion(r.key.toString(), r.payload.utf8ToString(), r.value));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    suggester.close();
  }

}
