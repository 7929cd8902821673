package org.aidnews.indexer.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text and punctuation density of every element, after 《基于文本及符号密度的网页正文提取方法》
 * (电子设计工程, 2019), written from the paper's formulas:
 *
 * <pre>
 *   TD  = (T − LT) / (TG − LTG + 1)       text per tag, link text and link tags left out
 *   SbD = (T − LT) / (Sb + 1)             text per punctuation mark
 *   score = TD · log10(P + 2) · ln(SbD + 1)
 * </pre>
 * T characters, LT characters inside links, TG descendant tags, LTG link tags, Sb punctuation marks,
 * P paragraphs. The element with the highest score holds the main text. Two deliberate changes, each
 * measured on the labelled pages (figures in the class's {@link TagCount} and {@link Punctuation}
 * comments and the report): TG counts block-level tags only, so the spans and fonts that Word leaves
 * around every few characters do not make the real container lose to one paragraph; and the
 * punctuation factor rewards punctuation per hundred characters instead of text per punctuation mark.
 *
 * <p>All counting is one iterative traversal with an explicit stack: 100 000 nested elements cost no
 * recursion.
 */
final class TextDensity {
  /** The counts of one element's subtree (boilerplate subtrees excluded). */
  static final class Stats {
    final Element element;
    int text;
    int linkText;
    int tags;
    int linkTags;
    int punct;
    int paragraphs;
    int directText;
    double score;

    Stats(Element element) {
      this.element = element;
    }

    int plainText() {
      return text - linkText;
    }

    double linkDensity() {
      return text == 0 ? 0 : (double) linkText / text;
    }
  }

  /*
   * Measured (NoisyPagesTest's 160 noisy variants of the 20 labelled fixture articles, mean body F1):
   * PAPER/ALL 0.863, PAPER/BLOCK 0.897, PER_HUNDRED/ALL 0.905, PER_HUNDRED/BLOCK 0.965. On the clean
   * fixtures all four reach 1.000 once link tags come off consistently. Hence BLOCK and PER_HUNDRED.
   */

  /** Which tag count the TD formula divides by. */
  enum TagCount {
    /** Every descendant element, as in the paper. */
    ALL,
    /** Block-level descendants only (the default, see class comment). */
    BLOCK
  }

  static final Set<String> BLOCK_TAGS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
      "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead", "section", "article", "header", "footer", "nav",
      "aside", "blockquote", "pre", "figure", "figcaption", "center", "hr", "address", "main", "form", "fieldset");
  /** Paragraph text shorter than this is a label or a caption, not a paragraph. */
  private static final int MIN_PARAGRAPH = 8;
  /** Elements with less plain text than this are not scored: no article is shorter. */
  static final int MIN_SCORED_TEXT = 20;

  /** The punctuation factor. */
  enum Punctuation {
    /** ln(SbD + 1) with SbD = (T − LT) / (Sb + 1), as the paper writes it. */
    PAPER,
    /**
     * ln(1 + 100 · Sb / (T − LT + 1)): punctuation marks per hundred characters. Running text has 5–10, a
     * list of dates or names none; the paper's factor grows as punctuation falls and lets a dated link
     * list beat the article.
     */
    PER_HUNDRED
  }

  static TagCount tagCount = TagCount.BLOCK;
  static Punctuation punctuation = Punctuation.PER_HUNDRED;

  private TextDensity() {}

  static boolean isPunctuation(char c) {
    return "，。！？；：、“”‘’（）《》〈〉【】…—,.!?;:\"'()".indexOf(c) >= 0;
  }

  /** Counts every element under {@code root} except the {@code skip} subtrees and invisible tags. */
  static Map<Element, Stats> measure(Element root, Set<Element> skip) {
    Map<Element, Stats> all = new IdentityHashMap<>();
    Deque<Stats> stack = new ArrayDeque<>();
    int[] anchorDepth = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e) {
          if (skip.contains(e) || BoilerplateElements.INVISIBLE.contains(e.normalName())) {
            return FilterResult.SKIP_ENTIRELY;
          }
          Stats s = new Stats(e);
          stack.push(s);
          all.put(e, s);
          if (e.normalName().equals("a")) {
            anchorDepth[0]++;
          }
        } else if (node instanceof TextNode t && !stack.isEmpty()) {
          Stats top = stack.peek();
          String s = t.getWholeText();
          for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Whitespace.isSpace(c) || Whitespace.isInvisible(c)) {
              continue;
            }
            top.text++;
            top.directText++;
            if (anchorDepth[0] > 0) {
              top.linkText++;
            }
            if (isPunctuation(c)) {
              top.punct++;
            }
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && !stack.isEmpty() && stack.peek().element == e) {
          Stats s = stack.pop();
          String tag = e.normalName();
          boolean anchor = tag.equals("a");
          if (anchor) {
            anchorDepth[0]--;
          }
          Stats parent = stack.peek();
          if (parent != null) {
            parent.text += s.text;
            parent.linkText += s.linkText;
            parent.punct += s.punct;
            parent.tags += s.tags + (tagCount == TagCount.ALL || BLOCK_TAGS.contains(tag) ? 1 : 0);
            parent.linkTags += s.linkTags + (anchor ? 1 : 0);
            parent.paragraphs += s.paragraphs + (isParagraph(tag, s) ? 1 : 0);
          }
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    // A traversal cut short leaves elements on the stack: fold them in so counts stay complete.
    while (stack.size() > 1) {
      Stats s = stack.pop();
      Stats parent = stack.peek();
      parent.text += s.text;
      parent.linkText += s.linkText;
      parent.punct += s.punct;
      parent.tags += s.tags + 1;
      parent.linkTags += s.linkTags;
      parent.paragraphs += s.paragraphs;
    }
    for (Stats s : all.values()) {
      s.score = score(s);
    }
    return all;
  }

  private static boolean isParagraph(String tag, Stats s) {
    if (tag.equals("p")) {
      return s.plainText() >= MIN_PARAGRAPH;
    }
    if (tag.equals("br")) {
      return true;
    }
    // Paragraphs written as bare text inside a div or table cell (text, <br>, text).
    return (tag.equals("div") || tag.equals("td") || tag.equals("section") || tag.equals("font")
        || tag.equals("span")) && s.directText - s.linkText >= 40;
  }

  static double score(Stats s) {
    int plain = s.plainText();
    if (plain < MIN_SCORED_TEXT) {
      return 0;
    }
    // With ALL, link tags are among the counted tags and come off again; with BLOCK they were never counted.
    int tags = tagCount == TagCount.ALL ? Math.max(0, s.tags - s.linkTags) : s.tags;
    double td = (double) plain / (tags + 1);
    double punct = punctuation == Punctuation.PAPER
        ? Math.log((double) plain / (s.punct + 1) + 1)
        : Math.log(1 + 100.0 * s.punct / (plain + 1));
    return td * Math.log10(s.paragraphs + 2) * punct;
  }

  /** Candidates within this share of the top score compete on position after the headline. */
  static final double NEAR_TOP = 0.5;

  /**
   * The element holding the main text, or null when nothing holds enough text. When the headline's
   * element is known, the text follows it: among the elements within {@link #NEAR_TOP} of the best in
   * both score and text length, the first one after the headline in document order wins (a block of reader comments or a
   * sidebar story of similar density sits elsewhere). Otherwise, or when none follows it, the best score
   * wins.
   */
  static Element best(Map<Element, Stats> stats, Element headline) {
    Stats best = null;
    for (Stats s : stats.values()) {
      if (s.score > 0 && (best == null || s.score > best.score)) {
        best = s;
      }
    }
    if (best == null) {
      return null;
    }
    if (headline != null && !contains(best.element, headline)) {
      Map<Element, Integer> order = documentOrder(headline.ownerDocument() == null ? headline.root() : headline.ownerDocument());
      Integer h = order.get(headline);
      Stats nearest = null;
      int nearestPos = Integer.MAX_VALUE;
      for (Stats s : stats.values()) {
        Integer pos = order.get(s.element);
        if (s.score >= NEAR_TOP * best.score && s.plainText() >= NEAR_TOP * best.plainText() && pos != null
            && h != null && pos > h && pos < nearestPos && !contains(s.element, headline)
            && (s == best || !contains(s.element, best.element))) {
          nearest = s;
          nearestPos = pos;
        }
      }
      if (nearest != null && nearest != best) {
        // the nearest after the headline may be a paragraph of the best element's rival; widen decides
        best = nearest;
      }
    }
    Stats container = knownContainer(best, stats);
    return container != null ? container.element : widen(best, stats).element;
  }

  /**
   * The article containers that editors and CMSs name the same on every site using them: WeChat's
   * {@code #js_content} / {@code .rich_media_content} (and its mirrors), TRS's {@code .TRS_Editor},
   * Hanweb's {@code #UCAP-CONTENT}, VSB's {@code .v_news_content}, the {@code #zoom} of many government
   * CMSs, Sina's {@code #artibody}. When the densest block lies inside one, that container is the text:
   * all of it (paragraphs each wrapped in their own section) and no more (the account card, reading
   * counter and QR prompt that sit beside it in the same wrapper).
   */
  static final Set<String> CONTAINER_IDS = Set.of("js_content", "ucap-content", "zoom", "artibody");
  static final Set<String> CONTAINER_CLASSES = Set.of("rich_media_content", "trs_editor", "v_news_content");

  static boolean isKnownContainer(Element e) {
    if (CONTAINER_IDS.contains(e.id().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (String c : e.classNames()) {
      if (CONTAINER_CLASSES.contains(c.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The outermost known container holding {@code best} (itself included), if any; null otherwise. */
  private static Stats knownContainer(Stats best, Map<Element, Stats> stats) {
    Stats found = null;
    for (Element p = best.element; p != null; p = p.parent()) {
      Stats s = stats.get(p);
      if (s != null && isKnownContainer(p)) {
        found = s;
      }
    }
    return found;
  }

  private static boolean contains(Element ancestor, Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static Map<Element, Integer> documentOrder(Element root) {
    Map<Element, Integer> order = new IdentityHashMap<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) {
        order.put(e, order.size());
      }
    }, root);
    return order;
  }

  /**
   * A sibling block of three or more paragraphs with real prose (reader comments, a second story) is
   * another text, not more of ours: climbing to the common parent would take it in. Sibling paragraphs
   * and a one- or two-paragraph lead box are ours.
   */
  private static boolean hasRivalBlock(Element parent, Stats current, Map<Element, Stats> stats) {
    for (Element child : parent.children()) {
      if (child == current.element) {
        continue;
      }
      Stats c = stats.get(child);
      if (c != null && c.paragraphs >= 3 && c.plainText() >= 0.3 * current.plainText() && c.punct > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The density maximum is sometimes one part of the article (the lead paragraph in its own div, or the
   * text block beside a picture block). Climb while the parent adds prose — text with punctuation and
   * few links — amounting to a fifth or more of what we have — and holds no rival block.
   */
  static Stats widen(Stats best, Map<Element, Stats> stats) {
    Stats current = best;
    for (int guard = 0; guard < 6; guard++) {
      Element parentEl = current.element.parent();
      Stats parent = parentEl == null ? null : stats.get(parentEl);
      if (parent == null || parentEl.normalName().equals("html")) {
        break;
      }
      int extra = parent.plainText() - current.plainText();
      int extraLinks = parent.linkText - current.linkText;
      int extraPunct = parent.punct - current.punct;
      if (extra == 0 && extraLinks == 0 && current.tags <= 1) {
        // One paragraph in a wrapper with nothing of its own (<section><p>…</p></section> as WeChat's
        // editor writes every paragraph, <tr><td>…</td></tr> in table layouts) is the same paragraph:
        // step through the wrapper so the next level up can take in the sibling paragraphs. A block
        // of several paragraphs whose wrapper adds nothing is complete and stays where it is (climbing
        // on would take in whatever surrounds the wrapper). Steps do not count against the limit.
        current = parent;
        guard--;
        continue;
      }
      boolean prose = extra >= 0.2 * current.plainText() && extraPunct * 25 >= extra && extraLinks * 2 < extra;
      if (!prose || hasRivalBlock(parentEl, current, stats)) {
        break;
      }
      current = parent;
    }
    return current;
  }
}
