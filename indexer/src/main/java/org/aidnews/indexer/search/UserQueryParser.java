package org.aidnews.indexer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the query language users know from web search engines, written here rather than
 * delegated to Lucene's classic parser so that every limit is checked before Lucene sees anything
 * (3,000 nested parentheses overflow the classic parser's stack) and no regex or leading-wildcard
 * syntax can reach the index.
 *
 * <pre>
 *   医疗援疆 阿克苏            both words (AND is the default)
 *   "组团式 援疆"               a phrase;  "医院 签约"~10  words within 10 positions
 *   援疆 OR 援藏               either;    -招聘  excluded;  (援疆 OR 援藏) 医联体  grouping
 *   title:签约  source:中新网  hospital:新疆医科大学第一附属医院   field prefixes
 * </pre>
 * Full-width brackets, quotes and colons are accepted. Anything else is plain text: {@code * ? / \ ^ [ ] { }}
 * have no special meaning.
 */
public final class UserQueryParser {
  public static final int MAX_LENGTH = 500;
  public static final int MAX_DEPTH = 8;
  public static final int MAX_CLAUSES = 64;
  public static final int MAX_SLOP = 50;
  public static final Set<String> FIELDS = Set.of("title", "body", "source", "hospital");

  /** A parsed query node. */
  public sealed interface Node permits Text, And, Or, Not {}

  /** Words or a quoted phrase, optionally restricted to a field; {@code slop} ≥ 0 for proximity. */
  public record Text(String field, String text, boolean quoted, int slop) implements Node {}

  public record And(List<Node> clauses) implements Node {}

  public record Or(List<Node> clauses) implements Node {}

  public record Not(Node clause) implements Node {}

  private final String src;
  private int pos;
  private int clauses;

  private UserQueryParser(String src) {
    this.src = src;
  }

  /** Parses {@code query}; a blank query gives an empty {@link And} (match everything). */
  public static Node parse(String query) {
    if (query == null) {
      return new And(List.of());
    }
    if (query.length() > MAX_LENGTH) {
      throw new BadQueryException("q", "查询太长：最多 " + MAX_LENGTH + " 个字符（现为 " + query.length()
          + "）。Query too long: at most " + MAX_LENGTH + " characters.");
    }
    UserQueryParser p = new UserQueryParser(normalise(query));
    Node node = p.parseSequence(0);
    p.skipSpace();
    if (p.pos < p.src.length()) {
      throw new BadQueryException("q", "第 " + (p.pos + 1) + " 个字符处有多余的右括号。Unbalanced ')' at position "
          + (p.pos + 1) + ".");
    }
    return node;
  }

  private static String normalise(String q) {
    StringBuilder sb = new StringBuilder(q.length());
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      switch (c) {
        case '（' -> sb.append('(');
        case '）' -> sb.append(')');
        case '“', '”', '＂', '「', '」' -> sb.append('"');
        case '：' -> sb.append(':');
        case '\u3000' -> sb.append(' ');
        case '～' -> sb.append('~');
        case '－' -> sb.append('-');
        default -> sb.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return sb.toString();
  }

  private Node parseSequence(int depth) {
    if (depth > MAX_DEPTH) {
      throw new BadQueryException("q", "括号嵌套太深：最多 " + MAX_DEPTH + " 层。Parentheses nested deeper than "
          + MAX_DEPTH + " levels.");
    }
    List<Node> and = new ArrayList<>();
    List<Node> pendingOr = null;
    while (true) {
      skipSpace();
      if (pos >= src.length() || src.charAt(pos) == ')') {
        break;
      }
      if (keyword("OR") || keyword("|")) {
        if (and.isEmpty()) {
          continue; // a leading OR means nothing
        }
        if (pendingOr == null) {
          pendingOr = new ArrayList<>();
          pendingOr.add(and.remove(and.size() - 1));
        }
        skipSpace();
        if (pos >= src.length() || src.charAt(pos) == ')') {
          break;
        }
        pendingOr.add(parseUnary(depth));
        continue;
      }
      if (keyword("AND") || keyword("&&")) {
        continue;
      }
      if (pendingOr != null) {
        and.add(new Or(pendingOr));
        pendingOr = null;
      }
      and.add(parseUnary(depth));
    }
    if (pendingOr != null) {
      and.add(pendingOr.size() == 1 ? pendingOr.get(0) : new Or(pendingOr));
    }
    return and.size() == 1 ? and.get(0) : new And(and);
  }

  private Node parseUnary(int depth) {
    skipSpace();
    if (keyword("NOT")) {
      return new Not(parsePrimary(depth));
    }
    char c = src.charAt(pos);
    if (c == '-' && pos + 1 < src.length() && !Character.isWhitespace(src.charAt(pos + 1))) {
      pos++;
      return new Not(parsePrimary(depth));
    }
    if (c == '+' && pos + 1 < src.length() && !Character.isWhitespace(src.charAt(pos + 1))) {
      pos++;
    }
    return parsePrimary(depth);
  }

  private Node parsePrimary(int depth) {
    skipSpace();
    if (pos >= src.length()) {
      throw new BadQueryException("q", "查询在运算符后意外结束。The query ends right after an operator.");
    }
    String field = null;
    int colon = fieldPrefixEnd();
    if (colon > 0) {
      field = src.substring(pos, colon).toLowerCase(Locale.ROOT);
      pos = colon + 1;
      if (pos >= src.length() || Character.isWhitespace(src.charAt(pos))) {
        throw new BadQueryException("q", "“" + field + ":” 后面缺少要查的内容。Nothing follows '" + field + ":'.");
      }
    }
    char c = src.charAt(pos);
    if (c == '(') {
      if (field != null) {
        throw new BadQueryException("q", "字段前缀后不能跟括号，请分别写 " + field + ":词语。Use " + field
            + ": before each word, not before a group.");
      }
      int open = pos;
      pos++;
      Node inner = parseSequence(depth + 1);
      if (pos >= src.length() || src.charAt(pos) != ')') {
        throw new BadQueryException("q", "第 " + (open + 1) + " 个字符处的左括号没有闭合。Unclosed '(' at position "
            + (open + 1) + ".");
      }
      pos++;
      return inner;
    }
    countClause();
    if (c == '"') {
      int start = ++pos;
      int end = src.indexOf('"', start);
      if (end < 0) {
        throw new BadQueryException("q", "第 " + start + " 个字符处的引号没有闭合。Unclosed quote at position "
            + start + ".");
      }
      String phrase = src.substring(start, end).trim();
      pos = end + 1;
      int slop = -1;
      if (pos < src.length() && src.charAt(pos) == '~') {
        int numStart = ++pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
          pos++;
        }
        if (numStart == pos) {
          throw new BadQueryException("q", "“~” 后面要跟一个数字，如 \"医院 签约\"~10。'~' must be followed by a number.");
        }
        if (pos - numStart > 3) {
          throw new BadQueryException("q", "邻近距离最多为 " + MAX_SLOP + "。Proximity at most " + MAX_SLOP + ".");
        }
        slop = Integer.parseInt(src.substring(numStart, pos));
        if (slop > MAX_SLOP) {
          throw new BadQueryException("q", "邻近距离最多为 " + MAX_SLOP + "。Proximity at most " + MAX_SLOP + ".");
        }
      }
      return new Text(field, phrase, true, slop);
    }
    int start = pos;
    while (pos < src.length()) {
      char ch = src.charAt(pos);
      if (Character.isWhitespace(ch) || ch == '(' || ch == ')' || ch == '"') {
        break;
      }
      pos++;
    }
    return new Text(field, src.substring(start, pos), false, -1);
  }

  private void countClause() {
    if (++clauses > MAX_CLAUSES) {
      throw new BadQueryException("q", "查询的词语太多：最多 " + MAX_CLAUSES + " 个。Too many terms: at most "
          + MAX_CLAUSES + ".");
    }
  }

  /** If a known field name followed by ':' starts at pos, the index of the colon; else -1. */
  private int fieldPrefixEnd() {
    for (String f : FIELDS) {
      int end = pos + f.length();
      if (end < src.length() && src.charAt(end) == ':' && src.regionMatches(true, pos, f, 0, f.length())) {
        return end;
      }
    }
    return -1;
  }

  /** Consumes {@code word} when it stands alone at pos (followed by space, a bracket, a quote or the end). */
  private boolean keyword(String word) {
    int end = pos + word.length();
    if (!src.startsWith(word, pos)) {
      return false;
    }
    if (end < src.length() && !Character.isWhitespace(src.charAt(end)) && src.charAt(end) != '('
        && src.charAt(end) != '"') {
      return false;
    }
    pos = end;
    return true;
  }

  private void skipSpace() {
    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
      pos++;
    }
  }
}
