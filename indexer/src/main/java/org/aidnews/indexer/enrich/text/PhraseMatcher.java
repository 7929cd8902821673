package org.aidnews.indexer.enrich.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over many phrases: one pass over the text finds every occurrence of every
 * phrase, in time linear in the text plus the number of hits, however many phrases there are (the
 * gazetteer holds about ten thousand surface forms). Built once, then immutable and thread-safe.
 *
 * @param <T> the value attached to each phrase
 */
public final class PhraseMatcher<T> {
  /** One occurrence of a phrase: {@code text.substring(start, end)} equals the phrase. */
  public record Hit<T>(int start, int end, String phrase, T value) {
    public int length() {
      return end - start;
    }
  }

  private static final class Node<T> {
    final Map<Character, Node<T>> next = new HashMap<>(4);
    Node<T> fail;
    /** Phrases ending here, including those reached through the failure chain (filled at build). */
    final List<Entry<T>> out = new ArrayList<>(1);
  }

  private record Entry<T>(String phrase, T value) {}

  private final Node<T> root = new Node<>();

  private PhraseMatcher() {}

  /** Collects phrases; the last value given for a phrase wins. */
  public static final class Builder<T> {
    private final Map<String, T> phrases = new HashMap<>();

    public Builder<T> add(String phrase, T value) {
      if (phrase != null && !phrase.isEmpty()) {
        phrases.put(phrase, value);
      }
      return this;
    }

    public PhraseMatcher<T> build() {
      PhraseMatcher<T> m = new PhraseMatcher<>();
      for (Map.Entry<String, T> e : phrases.entrySet()) {
        Node<T> n = m.root;
        String p = e.getKey();
        for (int i = 0; i < p.length(); i++) {
          n = n.next.computeIfAbsent(p.charAt(i), c -> new Node<>());
        }
        n.out.add(new Entry<>(p, e.getValue()));
      }
      // Breadth-first failure links; each node's output list absorbs its failure node's.
      List<Node<T>> queue = new ArrayList<>();
      m.root.fail = m.root;
      for (Node<T> child : m.root.next.values()) {
        child.fail = m.root;
        queue.add(child);
      }
      for (int qi = 0; qi < queue.size(); qi++) {
        Node<T> n = queue.get(qi);
        for (Map.Entry<Character, Node<T>> e : n.next.entrySet()) {
          char c = e.getKey();
          Node<T> child = e.getValue();
          Node<T> f = n.fail;
          while (f != m.root && !f.next.containsKey(c)) {
            f = f.fail;
          }
          Node<T> target = f.next.get(c);
          child.fail = target != null && target != child ? target : m.root;
          child.out.addAll(child.fail.out);
          queue.add(child);
        }
      }
      return m;
    }
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Every occurrence of every phrase, ordered by start, longer first at equal start. */
  public List<Hit<T>> findAll(String text) {
    List<Hit<T>> hits = new ArrayList<>();
    if (text == null) {
      return hits;
    }
    Node<T> n = root;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      while (n != root && !n.next.containsKey(c)) {
        n = n.fail;
      }
      n = n.next.getOrDefault(c, root);
      for (Entry<T> e : n.out) {
        hits.add(new Hit<>(i + 1 - e.phrase().length(), i + 1, e.phrase(), e.value()));
      }
    }
    hits.sort(Comparator.<Hit<T>>comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit<T>::length).reversed()));
    return hits;
  }

  /**
   * Non-overlapping hits chosen leftmost-longest: scanning left to right, the longest phrase starting
   * at the earliest free position wins. This is how a reader splits 广东阳江 into 广东|阳江 rather than
   * 东阳, and why a blocking phrase (人民和) can shadow a place inside it (民和).
   */
  public static <T> List<Hit<T>> leftmostLongest(List<Hit<T>> sortedHits) {
    List<Hit<T>> chosen = new ArrayList<>();
    int end = 0;
    for (Hit<T> h : sortedHits) {
      if (h.start() >= end) {
        chosen.add(h);
        end = h.end();
      }
    }
    return chosen;
  }
}
