package org.aidnews.web.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult.FacetValue;

/**
 * Who helps whom in the current results: rows are helper provinces, columns recipient provinces,
 * each cell the number of matching articles, linking to the search narrowed to that pair.
 */
public record PairMatrix(List<String> helpers, List<String> recipients, List<List<Cell>> rows) {
  public record Cell(long count, String href) {}

  static PairMatrix of(SearchRequest request, List<FacetValue> pairs) {
    Map<String, Map<String, Long>> grid = new LinkedHashMap<>();
    Map<String, Long> helperTotals = new LinkedHashMap<>();
    Map<String, Long> recipientTotals = new LinkedHashMap<>();
    for (FacetValue v : pairs) {
      int sep = v.value().indexOf(Schema.PAIR_SEPARATOR);
      if (sep <= 0) {
        continue;
      }
      String helper = v.value().substring(0, sep);
      String recipient = v.value().substring(sep + Schema.PAIR_SEPARATOR.length());
      grid.computeIfAbsent(helper, k -> new LinkedHashMap<>()).merge(recipient, v.count(), Long::sum);
      helperTotals.merge(helper, v.count(), Long::sum);
      recipientTotals.merge(recipient, v.count(), Long::sum);
    }
    List<String> helpers = top(helperTotals, 15);
    List<String> recipients = top(recipientTotals, 10);
    List<List<Cell>> rows = new ArrayList<>();
    for (String h : helpers) {
      List<Cell> row = new ArrayList<>();
      for (String r : recipients) {
        long n = grid.getOrDefault(h, Map.of()).getOrDefault(r, 0L);
        Map<String, List<String>> narrow = new LinkedHashMap<>();
        narrow.put(Schema.F_HELPER, List.of(h));
        narrow.put(Schema.F_RECIPIENT, List.of(r));
        row.add(new Cell(n, n == 0 ? null : SearchParams.url("/search", request, narrow, 1, null)));
      }
      rows.add(row);
    }
    return new PairMatrix(helpers, recipients, rows);
  }

  private static List<String> top(Map<String, Long> totals, int n) {
    return totals.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n).map(Map.Entry::getKey).toList();
  }

  public boolean isEmpty() {
    return helpers.isEmpty() || recipients.isEmpty();
  }
}
