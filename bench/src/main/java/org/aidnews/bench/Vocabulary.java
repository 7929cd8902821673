package org.aidnews.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The hand-written word lists of {@code vocabulary.txt}, one per word class, each drawn with a
 * Zipf distribution over its order (s = 1.07, close to what news corpora show for content words).
 */
final class Vocabulary {
  private static final double ZIPF_EXPONENT = 1.07;

  private final Map<String, String[]> words = new LinkedHashMap<>();
  private final Map<String, Zipf> laws = new LinkedHashMap<>();

  static Vocabulary load() {
    return new Vocabulary(Resources.lines("vocabulary.txt"));
  }

  Vocabulary(List<String> lines) {
    String current = null;
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@")) {
        current = line.substring(1);
        lists.putIfAbsent(current, new ArrayList<>());
        continue;
      }
      if (current == null) {
        throw new IllegalArgumentException("vocabulary.txt: words before the first @class line: " + line);
      }
      for (String w : line.split("\\s+")) {
        List<String> list = lists.get(current);
        if (!list.contains(w)) {
          list.add(w);
        }
      }
    }
    lists.forEach((k, v) -> {
      words.put(k, v.toArray(String[]::new));
      laws.put(k, new Zipf(v.size(), ZIPF_EXPONENT));
    });
  }

  /** One word of class {@code cls}, Zipf-distributed. */
  String draw(String cls, SplittableRandom random) {
    String[] list = words.get(cls);
    if (list == null) {
      throw new IllegalArgumentException("no word class @" + cls + " in vocabulary.txt");
    }
    return list[laws.get(cls).next(random)];
  }

  /** One word of class {@code cls}, uniformly (names, where Zipf would make one person ubiquitous). */
  String uniform(String cls, SplittableRandom random) {
    String[] list = words.get(cls);
    return list[random.nextInt(list.length)];
  }

  int size() {
    return words.values().stream().mapToInt(a -> a.length).sum();
  }
}
