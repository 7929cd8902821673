package org.aidnews.web.agreement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aidnews.indexer.index.AgreementRecord;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.model.Party;
import org.aidnews.indexer.model.Side;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchResult;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.web.search.SearchParams;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Precedents: {@code /agreements} (HTML), {@code /api/agreements} (JSON) and {@code /agreements.csv}
 * take the same parameters: {@code q}, {@code type}, {@code helper}, {@code recipient}, {@code year},
 * {@code party}, {@code from}, {@code to}, {@code sort}, {@code page}, {@code size}.
 */
@Controller
class AgreementsController {
  /** The CSV export is capped: officials export a result, not the archive. */
  static final int CSV_MAX_ROWS = 1000;

  private final ArticleSearch search;

  AgreementsController(ArticleSearch search) {
    this.search = search;
  }

  /** A facet block for the precedents sidebar. */
  record Block(String dim, String param, List<Link> values) {}

  record Link(String value, long count, boolean selected, String href) {}

  record Chip(String dim, String value, String removeHref) {}

  @GetMapping("/agreements")
  String page(@RequestParam MultiValueMap<String, String> params, Model model) throws IOException {
    SearchRequest request = SearchParams.parse(params, 20);
    SearchService.AgreementResult result = search.searchAgreements(request);
    List<Block> blocks = new ArrayList<>();
    for (String dim : Schema.AGREEMENT_DIMS) {
      List<SearchResult.FacetValue> values = result.facets().getOrDefault(dim, List.of());
      if (values.isEmpty()) {
        continue;
      }
      List<String> selected = request.filters().getOrDefault(dim, List.of());
      blocks.add(new Block(dim, SearchParams.paramOf(dim), values.stream()
          .map(v -> new Link(v.value(), v.count(), selected.contains(v.value()), toggle(request, dim, v.value())))
          .toList()));
    }
    List<Chip> chips = new ArrayList<>();
    request.filters().forEach((dim, values) -> values.forEach(v -> chips.add(new Chip(dim, v, toggle(request, dim, v)))));
    model.addAttribute("request", request);
    model.addAttribute("result", result);
    model.addAttribute("blocks", blocks);
    model.addAttribute("chips", chips);
    model.addAttribute("csvHref", SearchParams.url("/agreements.csv", request, Map.of(), null, null));
    model.addAttribute("apiHref", SearchParams.url("/api/agreements", request, Map.of(), null, null));
    long pages = Math.min((result.total() + request.size() - 1) / request.size(), SearchRequest.MAX_DEPTH / request.size());
    List<Map.Entry<Integer, String>> pageLinks = new ArrayList<>();
    for (int p = 1; p <= pages && pages > 1; p++) {
      pageLinks.add(Map.entry(p, SearchParams.url("/agreements", request, Map.of(), p, null)));
    }
    model.addAttribute("pageLinks", pageLinks);
    return "agreements";
  }

  private static String toggle(SearchRequest request, String dim, String value) {
    List<String> values = new ArrayList<>(request.filters().getOrDefault(dim, List.of()));
    if (!values.remove(value)) {
      values.add(value);
    }
    Map<String, List<String>> replace = new LinkedHashMap<>();
    replace.put(dim, values);
    return SearchParams.url("/agreements", request, replace, 1, null);
  }

  record ApiAgreements(long total, int page, int size, List<AgreementRecord> agreements,
      Map<String, List<SearchResult.FacetValue>> facets) {}

  @GetMapping(path = "/api/agreements", produces = "application/json")
  @ResponseBody
  ApiAgreements api(@RequestParam MultiValueMap<String, String> params) throws IOException {
    SearchRequest request = SearchParams.parse(params, 20);
    SearchService.AgreementResult result = search.searchAgreements(request);
    return new ApiAgreements(result.total(), request.page(), request.size(), result.records(), result.facets());
  }

  @GetMapping("/agreements.csv")
  ResponseEntity<byte[]> csv(@RequestParam MultiValueMap<String, String> params) throws IOException {
    MultiValueMap<String, String> p = new LinkedMultiValueMap<>(params);
    p.remove("page");
    p.put("size", List.of(Integer.toString(SearchRequest.MAX_SIZE)));
    StringBuilder sb = new StringBuilder("\uFEFF"); // BOM: spreadsheet programs then read the UTF-8 Chinese
    // 日期依据 tells a written date (原文) from one whose year or month was inferred from the publish date.
    sb.append("协议类型,协议名称,支援方,受援方,其他签约方,签约日期,日期依据,日期原文,签约地点,支援方省份,受援方省份,报道数,首篇报道,首篇报道链接\r\n");
    int rows = 0;
    for (int page = 1; rows < CSV_MAX_ROWS; page++) {
      p.put("page", List.of(Integer.toString(page)));
      SearchRequest request = SearchParams.parse(p, SearchRequest.MAX_SIZE);
      if (request.offset() + request.size() > SearchRequest.MAX_DEPTH) {
        break;
      }
      SearchService.AgreementResult result = search.searchAgreements(request);
      for (AgreementRecord r : result.records()) {
        AgreementRecord.Source first = r.sources().isEmpty() ? null : r.sources().get(0);
        sb.append(cells(r.type(), r.title(), parties(r, Side.helper), parties(r, Side.recipient),
            parties(r, Side.unknown), r.date() == null ? "" : r.date().toString(),
            SigningDate.of(r.date(), r.dateText()).csvBasis(), r.dateText(), r.place(),
            String.join("；", r.helperProvinces()), String.join("；", r.recipientProvinces()),
            Integer.toString(r.sources().size()), first == null ? "" : first.title(), first == null ? "" : first.url()));
        rows++;
      }
      if (result.records().size() < request.size()) {
        break;
      }
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    headers.setContentDisposition(ContentDisposition.attachment().filename("agreements.csv", StandardCharsets.UTF_8)
        .build());
    return ResponseEntity.ok().headers(headers).body(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String parties(AgreementRecord r, Side side) {
    return r.parties().stream().filter(p -> p.side() == side).map(Party::name).collect(Collectors.joining("；"));
  }

  /** One CSV row per RFC 4180; cells that a spreadsheet would run as a formula are defused with a quote. */
  static String cells(String... values) {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        row.append(',');
      }
      String v = values[i] == null ? "" : values[i];
      if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
        v = "'" + v;
      }
      row.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
    return row.append("\r\n").toString();
  }
}
