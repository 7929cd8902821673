package org.aidnews.web.agreement;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.search.SearchRequest;
import org.aidnews.indexer.search.SearchService;
import org.aidnews.indexer.solr.ArticleSearch;
import org.aidnews.web.api.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /hospitals/{name}}: one hospital's agreements and its coverage, newest first. */
@Controller
class HospitalController {
  private final ArticleSearch search;

  HospitalController(ArticleSearch search) {
    this.search = search;
  }

  @GetMapping("/hospitals/{name}")
  String hospital(@PathVariable("name") String name, Model model) throws IOException {
    if (name.isBlank() || name.length() > 100) {
      throw new NotFoundException("没有这家医院。No such hospital.");
    }
    SearchService.AgreementResult agreements = search.searchAgreements(new SearchRequest("",
        Map.of(Schema.F_PARTY, List.of(name)), null, null, SearchRequest.Sort.newest, 1, 50));
    var coverage = search.search(new SearchRequest("", Map.of(Schema.F_HOSPITAL, List.of(name)), null, null,
        SearchRequest.Sort.newest, 1, 50));
    if (agreements.total() == 0 && coverage.total() == 0) {
      throw new NotFoundException("索引中没有关于“" + name + "”的报道或协议。Nothing about '" + name + "' in the index.");
    }
    model.addAttribute("name", name);
    model.addAttribute("agreements", agreements);
    model.addAttribute("coverage", coverage);
    return "hospital";
  }
}
