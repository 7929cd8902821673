package org.aidnews.web.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.search.BadQueryException;
import org.aidnews.indexer.search.SearchRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search parameters shared by the HTML page, {@code /api/search} and the feeds: {@code q},
 * facet filters ({@code province}, {@code helper}, {@code recipient}, {@code hospital}, {@code year},
 * {@code source}, {@code type}, {@code topic}, {@code party}; each repeatable), {@code from}, {@code to} (YYYY-MM-DD),
 * {@code sort} (relevance|newest), {@code page}, {@code size}. Bad values give a
 * {@link BadQueryException} naming the parameter (HTTP 400), never a server error.
 */
public final class SearchParams {
  /** URL parameter → facet dimension. */
  public static final Map<String, String> FILTER_PARAMS;
  private static final int MAX_VALUES_PER_FILTER = 20;
  private static final int MAX_VALUE_LENGTH = 100;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("province", Schema.F_PROVINCE);
    m.put("helper", Schema.F_HELPER);
    m.put("recipient", Schema.F_RECIPIENT);
    m.put("hospital", Schema.F_HOSPITAL);
    m.put("year", Schema.F_YEAR);
    m.put("source", Schema.F_SOURCE);
    m.put("type", Schema.F_AGREEMENT_TYPE);
    m.put("topic", Schema.F_TOPIC);
    m.put("party", Schema.F_PARTY);
    FILTER_PARAMS = Map.copyOf(m);
  }

  /** The facet dimension → URL parameter, for building links. */
  public static String paramOf(String dim) {
    return FILTER_PARAMS.entrySet().stream().filter(e -> e.getValue().equals(dim)).map(Map.Entry::getKey)
        .findFirst().orElse(dim);
  }

  private SearchParams() {}

  public static SearchRequest parse(MultiValueMap<String, String> params, int defaultSize) {
    String q = single(params, "q");
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String name : List.of("province", "helper", "recipient", "hospital", "year", "source", "type", "topic", "party")) {
      List<String> values = params.getOrDefault(name, List.of());
      List<String> clean = new ArrayList<>();
      for (String v : values) {
        if (v == null || v.isBlank()) {
          continue;
        }
        if (v.length() > MAX_VALUE_LENGTH) {
          throw new BadQueryException(name, "参数 " + name + " 的值太长。Value of '" + name + "' is too long.");
        }
        if (name.equals("year") && !v.matches("\\d{4}")) {
          throw new BadQueryException(name, "year 应为四位年份，如 2022，而不是“" + v + "”。'year' must be a 4-digit year.");
        }
        if (!clean.contains(v.strip())) {
          clean.add(v.strip());
        }
      }
      if (clean.size() > MAX_VALUES_PER_FILTER) {
        throw new BadQueryException(name, "参数 " + name + " 最多选 " + MAX_VALUES_PER_FILTER + " 个值。At most "
            + MAX_VALUES_PER_FILTER + " values for '" + name + "'.");
      }
      if (!clean.isEmpty()) {
        filters.put(FILTER_PARAMS.get(name), clean);
      }
    }
    LocalDate from = date(params, "from");
    LocalDate to = date(params, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadQueryException("from", "起始日期 " + from + " 晚于截止日期 " + to + "。'from' is after 'to'.");
    }
    String sortValue = single(params, "sort");
    SearchRequest.Sort sort;
    if (sortValue == null || sortValue.isBlank() || sortValue.equals("relevance")) {
      sort = SearchRequest.Sort.relevance;
    } else if (sortValue.equals("newest")) {
      sort = SearchRequest.Sort.newest;
    } else {
      throw new BadQueryException("sort", "sort 只能是 relevance 或 newest。'sort' must be relevance or newest.");
    }
    int page = integer(params, "page", 1, 1, 1000);
    int size = integer(params, "size", defaultSize, 1, SearchRequest.MAX_SIZE);
    return new SearchRequest(q == null ? "" : q, filters, from, to, sort, page, size);
  }

  private static String single(MultiValueMap<String, String> params, String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    return values.get(0);
  }

  private static LocalDate date(MultiValueMap<String, String> params, String name) {
    String v = single(params, name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new BadQueryException(name, name + " 应为 YYYY-MM-DD 格式的日期，而不是“" + abbreviate(v) + "”。'" + name
          + "' must be a date like 2022-01-25.");
    }
  }

  private static int integer(MultiValueMap<String, String> params, String name, int dflt, int min, int max) {
    String v = single(params, name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadQueryException(name, name + " 应为整数，而不是“" + abbreviate(v) + "”。'" + name + "' must be a whole number.");
    }
    if (n < min || n > max) {
      throw new BadQueryException(name, name + " 应在 " + min + " 到 " + max + " 之间。'" + name + "' must be between "
          + min + " and " + max + ".");
    }
    return n;
  }

  private static String abbreviate(String v) {
    return v.length() > 30 ? v.substring(0, 30) + "…" : v;
  }

  /** The query string for {@code request} with {@code changes} applied (null value removes). */
  public static String url(String path, SearchRequest request, Map<String, List<String>> replaceFilters,
      Integer page, String sort) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
    if (!request.query().isBlank()) {
      b.queryParam("q", request.query());
    }
    Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
    filters.putAll(replaceFilters);
    filters.forEach((dim, values) -> values.forEach(v -> b.queryParam(paramOf(dim), v)));
    if (request.from() != null) {
      b.queryParam("from", request.from());
    }
    if (request.to() != null) {
      b.queryParam("to", request.to());
    }
    String s = sort != null ? sort : request.sort().name();
    if (!s.equals("relevance")) {
      b.queryParam("sort", s);
    }
    if (page != null && page > 1) {
      b.queryParam("page", page);
    }
    return b.encode().build().toUriString();
  }
}
