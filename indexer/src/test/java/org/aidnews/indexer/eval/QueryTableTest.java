package org.aidnews.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult;
import org.aidnews.indexer.search.SearchService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of testdata/queries.tsv against the sample sites indexed the real way. */
class QueryTableTest {
  private static final Map<String, String> PARAMS = Map.of("province", Schema.F_PROVINCE, "helper", Schema.F_HELPER,
      "recipient", Schema.F_RECIPIENT, "hospital", Schema.F_HOSPITAL, "year", Schema.F_YEAR, "source", Schema.F_SOURCE,
      "type", Schema.F_AGREEMENT_TYPE, "topic", Schema.F_TOPIC);

  record Row(int line, String check, String left, String right) {
    @Override
    public String toString() {
      return "queries.tsv:" + line + " " + check + " " + left + " | " + right;
    }
  }

  static Stream<Row> rows() throws Exception {
    List<String> lines = Files.readAllLines(SearchRelevanceTest.testdata().resolve("queries.tsv"), StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] c = l.split("\t");
      if (c.length != 3) {
        throw new IllegalArgumentException("queries.tsv:" + (i + 1) + ": expected 3 tab-separated columns");
      }
      rows.add(new Row(i + 1, c[0], c[1], c[2]));
    }
    return rows.stream();
  }

  static SearchRequest request(String query, int page, int size) {
    String q = "";
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String part : query.split("&")) {
      int eq = part.indexOf('=');
      String k = part.substring(0, eq);
      String v = part.substring(eq + 1);
      if (k.equals("q")) {
        q = v;
      } else {
        filters.computeIfAbsent(PARAMS.get(k), x -> new ArrayList<>()).add(v);
      }
    }
    return new SearchRequest(q, filters, null, null, SearchRequest.Sort.relevance, page, size);
  }

  static SearchResult search(String query) throws Exception {
    return SampleSitesIndex.service().search(request(query, 1, 10));
  }

  /** Ids of every matching article, copies included (folding is undone through the copy lists). */
  static Set<String> ids(String query) throws Exception {
    SearchService s = SampleSitesIndex.service();
    Set<String> ids = new LinkedHashSet<>();
    for (int page = 1; page <= 20; page++) {
      SearchResult r = s.search(request(query, page, 50));
      for (SearchResult.Hit h : r.hits()) {
        ids.add(h.article().id());
        h.copies().forEach(c -> ids.add(c.id()));
      }
      if (r.hits().size() < 50) {
        break;
      }
    }
    return ids;
  }

  static Map<String, Long> facet(SearchResult r, String dim) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (SearchResult.FacetValue v : r.facets().getOrDefault(dim, List.of())) {
      m.put(v.value(), v.count());
    }
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void holds(Row row) throws Exception {
    switch (row.check()) {
      case "same-total" -> assertThat(search(row.left()).total()).isPositive().isEqualTo(search(row.right()).total());
      case "total" -> assertThat(search(row.left()).total()).isEqualTo(Long.parseLong(row.right()));
      case "total-at-least" -> assertThat(search(row.left()).total()).isGreaterThanOrEqualTo(Long.parseLong(row.right()));
      case "subset" -> {
        Set<String> narrow = ids(row.left());
        assertThat(narrow).isNotEmpty();
        assertThat(ids(row.right())).containsAll(narrow);
      }
      case "or-equals" -> {
        Set<String> union = new LinkedHashSet<>();
        for (String alt : row.right().split("\\|")) {
          union.addAll(ids(alt));
        }
        assertThat(ids(row.left())).isNotEmpty().containsExactlyInAnyOrderElementsOf(union);
        assertThat(search(row.left()).total()).isEqualTo(union.size());
      }
      case "sideways" -> {
        String dim = PARAMS.getOrDefault(row.right(), row.right());
        String unfiltered = String.join("&", Stream.of(row.left().split("&"))
            .filter(p -> !p.startsWith(row.right() + "=")).toList());
        Map<String, Long> with = facet(search(row.left()), dim);
        Map<String, Long> without = facet(unfiltered.isEmpty() ? search("q=") : search(unfiltered), dim);
        assertThat(with).isNotEmpty().isEqualTo(without);
      }
      case "facet" -> {
        String[] dv = row.right().split("=", 2);
        String[] vc = dv[1].split(":");
        assertThat(facet(search(row.left()), PARAMS.getOrDefault(dv[0], dv[0]))).containsEntry(vc[0], Long.parseLong(vc[1]));
      }
      case "facet-top" -> {
        String[] dv = row.right().split("=", 2);
        assertThat(facet(search(row.left()), PARAMS.getOrDefault(dv[0], dv[0])).keySet()).first().isEqualTo(dv[1]);
      }
      case "no-facet" -> {
        String[] dv = row.right().split("=", 2);
        SearchResult r = search(row.left());
        assertThat(r.total()).isPositive();
        assertThat(facet(r, PARAMS.getOrDefault(dv[0], dv[0]))).doesNotContainKey(dv[1]);
      }
      default -> throw new IllegalArgumentException(row + ": unknown check");
    }
  }
}
