package org.aidnews.reliability.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.InputSource;

/**
 * Finds markup that came from a payload instead of being shown as text. In HTML (parsed the way a
 * browser would, by jsoup): an element whose name carries the marker, any inline event handler, an
 * attribute named after the marker, a script or style holding it, a URL attribute that starts
 * {@code javascript:}, {@code vbscript:} or {@code data:}, a {@code srcdoc}, a {@code <base>} or
 * a refresh {@code <meta>} carrying it. The marker inside text or an ordinary attribute value is fine.
 */
public final class XssProbe {
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
      "xlink:href", "background", "cite", "ping");

  private XssProbe() {}

  /** Problems in a whole HTML document. */
  public static List<String> html(String html, String marker) {
    return check(Jsoup.parse(html), marker);
  }

  /** Problems in an HTML fragment (a snippet, a feed item's HTML). */
  public static List<String> fragment(String html, String marker) {
    return check(Jsoup.parseBodyFragment(html == null ? "" : html), marker);
  }

  /** True when {@code marker} appears in the document's visible text or in an attribute value (shown, not run). */
  public static boolean shownAsText(String html, String marker) {
    Document d = Jsoup.parse(html);
    if (d.text().contains(marker)) {
      return true;
    }
    for (Element e : d.getAllElements()) {
      for (Attribute a : e.attributes()) {
        if (a.getValue().contains(marker)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> check(Document d, String marker) {
    List<String> problems = new ArrayList<>();
    for (Element e : d.getAllElements()) {
      String tag = e.normalName();
      if (tag.contains(marker) || tag.startsWith("x-xss")) {
        problems.add("element <" + tag + ">");
      }
      if ((tag.equals("script") || tag.equals("style")) && e.data().contains(marker)) {
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        if (!(type.contains("json") && !e.data().contains("<"))) {
          problems.add("<" + tag + "> holding " + marker);
        }
      }
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue();
        String v = value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
        if (key.startsWith("on")) {
          problems.add("event handler " + key + " on <" + tag + ">");
        } else if (key.contains(marker) || key.contains("xss")) {
          problems.add("attribute " + key + " on <" + tag + ">");
        } else if (URL_ATTRIBUTES.contains(key)
            && (v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:text/html"))) {
          problems.add(key + "=" + value + " on <" + tag + ">");
        } else if (value.contains(marker) && (key.equals("srcdoc") || key.equals("style")
            || tag.equals("base") || (tag.equals("meta") && e.hasAttr("http-equiv"))
            || tag.equals("iframe") || tag.equals("object") || tag.equals("embed"))) {
          problems.add(key + " carrying " + marker + " on <" + tag + ">");
        }
      }
    }
    return problems;
  }

  /** Parses XML with DTDs and external entities off (a feed reader's safe settings); throws if not well-formed. */
  public static org.w3c.dom.Document xml(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setNamespaceAware(true);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new InputSource(new StringReader(xml)));
  }

  /** The text of every element named {@code local} (any namespace). */
  public static List<String> texts(org.w3c.dom.Document doc, String local) {
    List<String> out = new ArrayList<>();
    var nodes = doc.getElementsByTagNameNS("*", local);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  /** What XML 1.0 cannot carry removed, as a feed writer must: the form a title round-trips to. */
  public static String xmlClean(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
