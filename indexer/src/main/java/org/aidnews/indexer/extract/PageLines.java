package org.aidnews.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A page as the lines a reader sees: block elements and {@code <br>} end a line, table cells of one
 * row share a line (label and value cells stay together). Each line knows whether it lies in the main
 * text element and whether it lies in a boilerplate element.
 */
final class PageLines {
  /** One visible line. {@code text} is raw (not yet cleaned). */
  record Line(String text, boolean body, boolean boilerplate) {}

  /** The text of the line standing for a picture (U+FFFC, the object replacement character). */
  static final String IMAGE = "\uFFFC";

  private PageLines() {}

  static List<Line> of(Element root, Element main, Set<Element> boilerplate) {
    List<Line> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int[] mainDepth = {0};
    int[] boilerDepth = {0};
    boolean[] lineFlags = new boolean[2];
    boolean[] lineStarted = {false};
    Runnable flush = () -> {
      if (lineStarted[0]) {
        String text = current.toString();
        if (Whitespace.visibleLength(text) > 0) {
          lines.add(new Line(text, lineFlags[0], lineFlags[1]));
        }
      }
      current.setLength(0);
      lineStarted[0] = false;
    };
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (BoilerplateElements.INVISIBLE.contains(tag)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          boolean isMain = e == main;
          boolean isBoiler = boilerplate.contains(e);
          if (TextDensity.BLOCK_TAGS.contains(tag) || isMain || isBoiler) {
            flush.run();
          } else if (tag.equals("td") || tag.equals("th")) {
            current.append(' ');
          } else if (tag.equals("img")) {
            // A picture is a line of its own, so the caption under it can be recognised as one.
            flush.run();
            lines.add(new Line(IMAGE, mainDepth[0] > 0 && boilerDepth[0] == 0, boilerDepth[0] > 0));
          }
          if (isMain) {
            mainDepth[0]++;
          }
          if (isBoiler) {
            boilerDepth[0]++;
          }
        } else if (node instanceof TextNode t) {
          if (!lineStarted[0]) {
            lineStarted[0] = true;
            lineFlags[0] = mainDepth[0] > 0 && boilerDepth[0] == 0;
            lineFlags[1] = boilerDepth[0] > 0;
          }
          current.append(t.getWholeText());
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (BoilerplateElements.INVISIBLE.contains(tag)) {
            return FilterResult.CONTINUE;
          }
          boolean isMain = e == main;
          boolean isBoiler = boilerplate.contains(e);
          if (TextDensity.BLOCK_TAGS.contains(tag) || isMain || isBoiler) {
            flush.run();
          }
          if (isMain) {
            mainDepth[0]--;
          }
          if (isBoiler) {
            boilerDepth[0]--;
          }
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    flush.run();
    return lines;
  }
}
