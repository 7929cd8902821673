package org.aidnews.reliability.input;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.aidnews.indexer.model.FetchedPage;

/**
 * Pages no sane site serves and some real ones do: junk bytes, nothing at all, ten megabytes of one
 * tag, 100,000 nested elements, lying or unknown charsets, invalid UTF-8, NUL bytes, huge attributes
 * and titles, UTF-16, a page that is only a script. Each must get an outcome from the pipeline.
 */
public final class HostilePages {
  /** One hostile page and what it is. */
  public record Hostile(String name, FetchedPage page) {}

  private static final Instant WHEN = Instant.parse("2026-11-01T00:00:00Z");
  private static final String ARTICLE = "<p>浙江大学医学院附属第一医院与阿克苏地区第一人民医院签署医联体协议，医疗援疆专家开展带教和义诊。</p>";

  private HostilePages() {}

  /** The whole list; {@code big} scales the large pages (1.0 = 10 MB of one tag). */
  public static List<Hostile> all(double big) {
    List<Hostile> list = new ArrayList<>();
    int mb = (int) Math.max(1, 10 * big);
    SplittableRandom r = new SplittableRandom(9);
    byte[] junk = new byte[200_000];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) r.nextInt(256);
    }
    add(list, "binary junk as text/html", "text/html", junk);
    add(list, "binary junk, no content type", null, junk);
    add(list, "zero bytes", "text/html", new byte[0]);
    add(list, "one space", "text/html", " ".getBytes(StandardCharsets.US_ASCII));
    add(list, mb + " MB of <p>", "text/html", repeat("<p>", mb * 1_000_000 / 3));
    add(list, mb + " MB of <div> never closed", "text/html", repeat("<div>", mb * 1_000_000 / 5));
    add(list, "100k nested <div> with text", "text/html",
        utf8(html("<title>嵌套</title>", "<div>".repeat(100_000) + ARTICLE + "</div>".repeat(100_000))));
    add(list, "100k nested <span>", "text/html", utf8(html("", "<span>".repeat(100_000) + ARTICLE)));
    add(list, "100k nested <table><tr><td>", "text/html", utf8(html("", "<table><tr><td>".repeat(30_000) + ARTICLE)));
    add(list, "20k unclosed <b><i><a> (adoption agency)", "text/html",
        utf8(html("", "<b><i><a href=x>".repeat(20_000) + ARTICLE + "</p>".repeat(1000))));
    add(list, "GBK bytes sent as UTF-8", "text/html; charset=utf-8",
        html("<title>医疗援疆 镕</title>", ARTICLE.repeat(5)).getBytes(Charset.forName("GBK")));
    add(list, "UTF-8 bytes with <meta charset=gb2312>", "text/html",
        utf8(html("<meta charset=gb2312><title>医疗援疆</title>", ARTICLE.repeat(5))));
    add(list, "unknown charset in header", "text/html; charset=x-no-such-charset", utf8(html("", ARTICLE)));
    add(list, "illegal charset name in header", "text/html; charset=\"../../etc/passwd\"", utf8(html("", ARTICLE)));
    add(list, "illegal charset name in <meta>", "text/html",
        utf8(html("<meta charset=\"a b c\"><meta http-equiv=content-type content=\"text/html; charset=;;\">", ARTICLE)));
    add(list, "UTF-7 declared (unsupported by Java)", "text/html; charset=utf-7", utf8(html("", ARTICLE)));
    add(list, "invalid UTF-8 sequences", "text/html; charset=utf-8", concat(utf8(html("<title>坏", "")),
        new byte[] {(byte) 0xC0, (byte) 0x80, (byte) 0xFF, (byte) 0xFE, (byte) 0x80, (byte) 0xED, (byte) 0xA0,
            (byte) 0x80, (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, (byte) 0xE4, (byte) 0xB8},
        utf8("</title>" + ARTICLE.repeat(3))));
    add(list, "NUL bytes in title and body", "text/html",
        utf8(html("<title>医疗\u0000援疆\u0000</title>", ARTICLE.replace("，", "\u0000\u0001\u001b，"))));
    add(list, "5 MB attribute value", "text/html",
        utf8(html("", "<div data-x=\"" + "A".repeat((int) (5_000_000 * big)) + "\">" + ARTICLE + "</div>")));
    add(list, "100k attributes on one element", "text/html",
        utf8(html("", "<div " + attrs(100_000) + ">" + ARTICLE + "</div>")));
    add(list, "1 MB title", "text/html", utf8(html("<title>" + "援疆".repeat(500_000) + "</title>", ARTICLE)));
    add(list, "UTF-16LE with BOM", "text/html",
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, html("<title>医疗援疆</title>", ARTICLE.repeat(4))
            .getBytes(StandardCharsets.UTF_16LE)));
    add(list, "UTF-16BE without BOM, declared", "text/html; charset=utf-16",
        html("<title>医疗援疆</title>", ARTICLE.repeat(4)).getBytes(StandardCharsets.UTF_16BE));
    add(list, "UTF-32 declared, odd length", "text/html; charset=utf-32", new byte[] {0, 0, 0, 60, 0, 0});
    add(list, "only a <script>", "text/html", utf8("<script>for(;;){}document.write('医疗援疆')</script>"));
    add(list, "only a <style>", "text/html", utf8("<style>" + "p{color:red}".repeat(10_000) + "</style>"));
    add(list, "unclosed comment", "text/html", utf8("<html><body>" + ARTICLE + "<!--" + "x".repeat(1_000_000)));
    add(list, "<plaintext> then markup", "text/html", utf8("<plaintext><title>x</title>" + ARTICLE));
    add(list, "one million &amp;", "text/html", utf8(html("", "&amp;".repeat(1_000_000))));
    add(list, "numeric entities out of range", "text/html",
        utf8(html("<title>&#0;&#xD800;&#x110000;&#99999999999;</title>", ARTICLE + "&#xDFFF;&#0;")));
    add(list, mb + " MB of Chinese text, no tags", "text/plain; charset=utf-8",
        utf8("医疗援疆对口支援".repeat(mb * 1_000_000 / 24)));
    add(list, "1M <br>", "text/html", repeat("<br>", 1_000_000));
    add(list, "gzip bytes stored as text/html", "text/html",
        new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5});
    add(list, "PNG header as text/html", "text/html",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    add(list, "empty content type header", "", utf8(html("", ARTICLE)));
    add(list, "image content type", "image/png", utf8(html("", ARTICLE)));
    add(list, "bidi overrides and U+2028 in title", "text/html",
        utf8(html("<title>\u202e医疗援疆\u2028\u2029\ufeff\uffff</title>", ARTICLE)));
    add(list, "<base href=javascript:> and 10k links", "text/html",
        utf8(html("<base href=\"javascript:alert(1)//\">", "<a href=\"../../x\">援疆</a>".repeat(10_000) + ARTICLE)));
    add(list, "50k paragraphs of a real article", "text/html", utf8(html("<title>医疗援疆</title>", ARTICLE.repeat(50_000))));
    list.add(new Hostile("HTTP 500 with HTML", new FetchedPage("http://hostile.test/500", WHEN, 500,
        Map.of("content-type", "text/html"), utf8(html("", ARTICLE)))));
    list.add(new Hostile("64 KiB URL", new FetchedPage("http://hostile.test/" + "a".repeat(65_536), WHEN, 200,
        Map.of("content-type", "text/html"), utf8(html("<title>医疗援疆</title>", ARTICLE.repeat(5))))));
    return list;
  }

  private static void add(List<Hostile> list, String name, String contentType, byte[] body) {
    Map<String, String> headers = contentType == null ? Map.of() : Map.of("content-type", contentType);
    list.add(new Hostile(name, new FetchedPage("http://hostile.test/" + list.size() + ".html", WHEN, 200, headers,
        body)));
  }

  private static String html(String head, String body) {
    return "<html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  private static String attrs(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append('a').append(i).append("=1 ");
    }
    return sb.toString();
  }

  private static byte[] repeat(String s, int times) {
    return utf8(s.repeat(times));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
