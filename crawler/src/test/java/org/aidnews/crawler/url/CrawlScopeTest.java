package org.aidnews.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import org.aidnews.crawler.config.SitePolicy;
import org.aidnews.crawler.log.CrawlOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrawlScopeTest {

    private static SitePolicy site(String id, String seed, List<Pattern> allow, int maxDepth, int maxPages) {
        return new SitePolicy(id, id, List.of(URI.create(seed)), List.of(), allow, null, List.of(), null, 0, maxDepth,
                maxPages, null, true, false, true);
    }

    private final CrawlScope scope = new CrawlScope(List.of(
            site("a", "http://a.org/", List.of(), 3, 100),
            site("b", "https://b.gov.cn/news/", List.of(Pattern.compile("^https://(www\\.)?b\\.gov\\.cn/(news|art)/")), 3, 100)),
            UrlRule.defaults(2026), Integer.MAX_VALUE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "OK", textBlock = """
            http://a.org/x.html                              | 1 | OK
            http://a.org:8080/x.html                         | 1 | OUT_OF_SCOPE
            https://www.b.gov.cn/art/2021/5/28/art_1_2.html  | 1 | OK
            https://b.gov.cn/about/                          | 1 | OUT_OF_SCOPE
            http://elsewhere.org/                            | 1 | OUT_OF_SCOPE
            http://a.org/x.html                              | 4 | OUT_OF_SCOPE
            http://a.org/pic/logo.JPG                        | 1 | OUT_OF_SCOPE
            http://a.org/a/b/a/c/a/d.html                    | 1 | TRAP
            http://a.org/cal?date=2031-05-01                 | 1 | TRAP
            http://a.org/cal?year=2026&month=5               | 1 | OK
            http://a.org/news/2099/01/x.html                 | 1 | TRAP
            http://a.org/news/2021/05/x.html                 | 1 | OK
            http://a.org/list?page=2&page=3                  | 1 | TRAP
            """)
    void decides(String url, int depth, CrawlOutcome expected) {
        CrawlScope.Decision d = scope.decide(url, depth);
        assertThat(d.admitted() ? null : d.rejection().outcome()).isEqualTo(expected);
    }

    @Test
    void overlongUrlIsATrap() {
        String url = "http://a.org/" + "x".repeat(1100);
        assertThat(scope.decide(url, 1).rejection().outcome()).isEqualTo(CrawlOutcome.TRAP);
    }

    @Test
    void budgetsPerSiteAndPerCrawl() {
        SitePolicy small = site("s", "http://s.org/", List.of(), 3, 2);
        CrawlScope s = new CrawlScope(List.of(small), List.of(), 10);
        assertThat(s.reserve(small)).isEmpty();
        assertThat(s.reserve(small)).isEmpty();
        assertThat(s.reserve(small)).get().extracting(Rejection::reason).asString().contains("site page budget");
        SitePolicy big = site("t", "http://t.org/", List.of(), 3, 100);
        CrawlScope total = new CrawlScope(List.of(big), List.of(), 1);
        assertThat(total.reserve(big)).isEmpty();
        assertThat(total.reserve(big)).get().extracting(Rejection::reason).asString().contains("crawl page budget");
    }
}
