package org.aidnews.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.aidnews.indexer.PageOutcome;
import org.aidnews.indexer.Pipeline;
import org.aidnews.indexer.model.FetchedPage;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pages built to break parsers and our own traversals: each must give an outcome, never an exception or a stack overflow. */
class HostileInputTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  static Stream<Arguments> hostile() {
    byte[] junk = new byte[100_000];
    new Random(7).nextBytes(junk);
    byte[] nul = "<html><body><h1>标题\0</h1><p>医院\0\0\0援疆。</p></body></html>".getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of("0 bytes", new byte[0]),
        Arguments.of("binary junk", junk),
        Arguments.of("NUL bytes", nul),
        Arguments.of("only NUL bytes", new byte[4096]),
        Arguments.of("10 MB of one tag", repeat("<b>", 10 * 1024 * 1024 / 3)),
        Arguments.of("10 MB of one closing tag", repeat("</div>", 10 * 1024 * 1024 / 6)),
        Arguments.of("100k nested divs", utf8("<html><body>" + "<div>".repeat(100_000) + "援疆医疗队抵达，开展义诊。"
            + "</div>".repeat(100_000) + "</body></html>")),
        Arguments.of("100k nested links", utf8("<html><body>" + "<a href=x>".repeat(100_000) + "文字" + "</body></html>")),
        Arguments.of("huge attribute", utf8("<html><body><div class=\"" + "x".repeat(5_000_000) + "\"><p>正文。</p></div>"
            + "</body></html>")),
        Arguments.of("huge title", utf8("<html><head><title>" + "医".repeat(1_000_000) + "</title></head><body></body></html>")),
        Arguments.of("unclosed comment", utf8("<html><body><!-- " + "援疆".repeat(100_000))),
        Arguments.of("10k question marks", utf8("<p>" + "?".repeat(10_000) + "</p>")),
        Arguments.of("one huge paragraph", utf8("<p>" + "援疆医疗队，".repeat(300_000) + "</p>")),
        Arguments.of("a million <br>", repeat("<br>", 1_000_000)),
        Arguments.of("lone surrogates in UTF-8", new byte[] {'<', 'p', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'x'}),
        Arguments.of("UTF-16 BOM, odd length", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'}));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] repeat(String unit, int times) {
    byte[] u = unit.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[u.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(u, 0, out, i * u.length, u.length);
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @Timeout(60)
  void givesAnOutcome(String name, byte[] bytes) {
    for (String contentType : Arrays.asList(null, "text/html; charset=gbk")) {
      Map<String, String> headers = contentType == null ? Map.of() : Map.of("content-type", contentType);
      PageOutcome outcome = PIPELINE.process(new FetchedPage("http://hostile.example/" + name.replace(' ', '_'),
          Instant.parse("2024-01-01T00:00:00Z"), 200, headers, bytes));
      assertThat(outcome).isNotNull();
      assertThat(outcome.indexed() || outcome.reject() != null).isTrue();
      if (outcome.article() != null) {
        assertThat(outcome.article().quality().rules()).noneMatch(r -> r.startsWith("error:"));
      }
    }
  }
}
