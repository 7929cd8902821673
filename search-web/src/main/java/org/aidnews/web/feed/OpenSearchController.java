package org.aidnews.web.feed;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /opensearch.xml}: lets browsers add the portal as a search engine. */
@RestController
class OpenSearchController {
  @GetMapping("/opensearch.xml")
  ResponseEntity<String> description() {
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
          <ShortName>援助新闻检索</ShortName>
          <Description>对口支援与医疗合作新闻检索</Description>
          <InputEncoding>UTF-8</InputEncoding>
          <Language>zh-CN</Language>
          <Url type="text/html" template="%1$s/search?q={searchTerms}&amp;page={startPage?}"/>
          <Url type="application/rss+xml" template="%1$s/feed/rss?q={searchTerms}"/>
          <Url type="application/atom+xml" template="%1$s/feed/atom?q={searchTerms}"/>
        </OpenSearchDescription>
        """.formatted(xmlEscape(base));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/opensearchdescription+xml;charset=UTF-8"))
        .body(xml);
  }

  private static String xmlEscape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
