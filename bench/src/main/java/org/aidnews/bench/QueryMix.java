package org.aidnews.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.aidnews.indexer.search.SearchRequest;

/**
 * A fixed, seeded mix of realistic searches, the same for every run and every engine: single
 * words and names (40 %), two-term AND (20 %), phrases (15 %), facet drill-downs with a query
 * (15 %) and newest-first listings, with a date range or a filter and no query (10 %).
 * Terms come from the generator's own gazetteer and vocabulary, so they occur in the corpus with
 * realistic (Zipfian) document frequencies.
 */
final class QueryMix {
  /** One search, as the in-process request and as the URL query string of the web API. */
  record Query(String kind, SearchRequest request, String urlQuery) {}

  private static final String[] TOPIC_WORDS = {"医疗援疆", "援藏", "医联体", "专科联盟", "远程会诊", "组团式帮扶", "对口支援",
      "义诊", "签约", "托管", "医共体", "学科建设", "人才培养", "柔性援疆", "东西部协作", "胸痛中心", "包虫病", "白内障"};

  static List<Query> build(int count, long seed) {
    Gazetteer g = Gazetteer.load();
    Vocabulary v = Vocabulary.load();
    SplittableRandom r = new SplittableRandom(seed);
    List<String> counties = new ArrayList<>();
    g.prefectures.values().forEach(p -> counties.addAll(p.counties()));
    List<String> prefectures = new ArrayList<>(g.prefectures.keySet());
    List<String> provinces = List.of("新疆维吾尔自治区", "西藏自治区", "浙江省", "广东省", "上海市", "北京市", "四川省");
    List<Query> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int x = r.nextInt(100);
      String hospital = g.hospitals.get(r.nextInt(g.hospitals.size())).name();
      String topic = TOPIC_WORDS[r.nextInt(TOPIC_WORDS.length)];
      if (x < 40) {
        String q = switch (r.nextInt(4)) {
          case 0 -> topic;
          case 1 -> hospital;
          case 2 -> counties.get(r.nextInt(counties.size()));
          default -> v.draw("nd", r);
        };
        out.add(query("word", q, Map.of(), null, null, false));
      } else if (x < 60) {
        String q = prefectures.get(r.nextInt(prefectures.size())) + " " + (r.nextBoolean() ? topic : v.draw("nd", r));
        out.add(query("and", q, Map.of(), null, null, false));
      } else if (x < 75) {
        String q = "\"" + switch (r.nextInt(3)) {
          case 0 -> hospital;
          case 1 -> v.draw("v", r) + v.draw("nd", r);
          default -> topic;
        } + "\"";
        out.add(query("phrase", q, Map.of(), null, null, false));
      } else if (x < 90) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        if (r.nextBoolean()) {
          f.put("province", List.of(provinces.get(r.nextInt(provinces.size()))));
        } else {
          f.put("year", List.of(Integer.toString(2018 + r.nextInt(9))));
        }
        out.add(query("facet", topic, f, null, null, false));
      } else {
        int year = 2017 + r.nextInt(9);
        boolean filtered = r.nextBoolean();
        out.add(query("newest", filtered ? "" : topic,
            filtered ? Map.of("province", List.of(provinces.get(r.nextInt(provinces.size())))) : Map.of(),
            filtered ? null : java.time.LocalDate.of(year, 1, 1), filtered ? null : java.time.LocalDate.of(year, 12, 31),
            true));
      }
    }
    return out;
  }

  private static Query query(String kind, String q, Map<String, List<String>> filters, java.time.LocalDate from,
      java.time.LocalDate to, boolean newest) {
    // The API's parameter names for facet dimensions are the dimension names for these two.
    SearchRequest request = new SearchRequest(q, filters, from, to,
        newest ? SearchRequest.Sort.newest : SearchRequest.Sort.relevance, 1, 10);
    StringBuilder url = new StringBuilder("q=").append(enc(q));
    filters.forEach((k, vs) -> vs.forEach(val -> url.append('&').append(k).append('=').append(enc(val))));
    if (from != null) {
      url.append("&from=").append(from);
    }
    if (to != null) {
      url.append("&to=").append(to);
    }
    if (newest) {
      url.append("&sort=newest");
    }
    return new Query(kind, request, url.toString());
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  static String describe(List<Query> mix) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    mix.forEach(q -> counts.merge(q.kind(), 1, Integer::sum));
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, c) -> sb.append(String.format(Locale.ROOT, "%s %d%%, ", k, Math.round(100.0 * c / mix.size()))));
    return sb.length() > 2 ? sb.substring(0, sb.length() - 2) : "";
  }
}
