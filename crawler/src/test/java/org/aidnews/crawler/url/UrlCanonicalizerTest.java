package org.aidnews.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            HTTP://WJW.Xinjiang.GOV.CN:80/a/../b/./c.html#top     | http://wjw.xinjiang.gov.cn/b/c.html
            https://x.org:443                                     | https://x.org/
            http://x.org:8080/p?utm_source=wx&id=3&utm_medium=m   | http://x.org:8080/p?id=3
            http://x.org/p;jsessionid=ABC123?a=1&sid=9&PHPSESSID=z | http://x.org/p?a=1
            http://x.org/p?spm=a.b.c&fbclid=1                     | http://x.org/p
            http://x.org/新闻/一.html                               | http://x.org/%E6%96%B0%E9%97%BB/%E4%B8%80.html
            http://x.org/a%2fb%e4                                 | http://x.org/a%2Fb%E4
            http://x.org/a b.html                                 | http://x.org/a%20b.html
            http://x.org/../../etc/passwd                         | http://x.org/etc/passwd
            http://x.org/p?b=2&a=1                                | http://x.org/p?b=2&a=1
            javascript:alert(1)                                   | NONE
            mailto:a@x.org                                        | NONE
            ftp://x.org/file                                      | NONE
            file:///etc/passwd                                    | NONE
            http:///nohost                                        | NONE
            """)
    void canonicalForm(String in, String expected) {
        assertThat(UrlCanonicalizer.canonical(in).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            http://x.org/news/list.html | a1.html?utm_source=list | http://x.org/news/a1.html
            http://x.org/news/list.html | ../index.html           | http://x.org/index.html
            http://x.org/news/list.html | //cdn.x.org/p.html      | http://cdn.x.org/p.html
            http://x.org/a/b            | ../../../../x           | http://x.org/x
            http://x.org/a/b            | '   '                   | NONE
            """)
    void resolvesRelativeLinksWithoutLooping(String base, String href, String expected) {
        // crawler4j's UrlResolver loops forever on some odd bases (yasserg/crawler4j#472); java.net.URI does not.
        assertThat(UrlCanonicalizer.resolve(base, href).orElse(null)).isEqualTo(expected);
    }
}
