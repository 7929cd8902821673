package org.aidnews.indexer.solr;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidnews.indexer.index.Analyzers;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.normalize.ScriptConverter;
import org.aidnews.indexer.search.Synonyms;
import org.aidnews.indexer.search.UserQueryParser;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * Turns a parsed user query into Solr's standard query syntax with the same structure, fields and
 * boosts as {@code QueryFactory} builds for Lucene: each piece of text as an exact sequence in the
 * bigram fields and as words in the smartcn fields, unquoted runs also loosely (every word in title
 * or body), synonyms as lower-weighted alternatives. Text is converted to Simplified first, since
 * the Solr fields hold Simplified text and have no Traditional→Simplified filter.
 *
 * <p>Whether a piece of text yields any token is decided here with the same analyzers, so a query
 * of punctuation is dropped exactly where the Lucene side drops it (Solr would otherwise turn it
 * into an empty clause that matches nothing).
 */
final class SolrQueryTranslator {
  private static final float TITLE_BOOST = 3f;
  private static final float TITLE_WORDS_BOOST = 2f;
  private static final float BODY_BOOST = 1f;
  private static final float BODY_WORDS_BOOST = 1f;
  private static final float LOOSE_BOOST = 0.3f;
  static final String MATCH_ALL = "*:*";

  private final Analyzer bigrams = Analyzers.bigrams();
  private final Analyzer words = Analyzers.words();
  private final ScriptConverter converter = ScriptConverter.get();
  private final Synonyms synonyms;

  SolrQueryTranslator(Synonyms synonyms) {
    this.synonyms = synonyms;
  }

  /** The Solr query for {@code node}; never null ({@code *:*} when nothing is left to search for). */
  String translate(UserQueryParser.Node node) {
    String q = toQuery(node);
    return q == null ? MATCH_ALL : q;
  }

  private String toQuery(UserQueryParser.Node node) {
    return switch (node) {
      case UserQueryParser.Text t -> text(t);
      case UserQueryParser.Not n -> {
        String inner = toQuery(n.clause());
        yield inner == null ? null : "(" + MATCH_ALL + " -" + inner + ")";
      }
      case UserQueryParser.Or or -> {
        List<String> parts = new ArrayList<>();
        for (UserQueryParser.Node c : or.clauses()) {
          String q = toQuery(c);
          if (q != null) {
            parts.add(q);
          }
        }
        yield parts.isEmpty() ? null : "(" + String.join(" ", parts) + ")";
      }
      case UserQueryParser.And and -> {
        List<String> parts = new ArrayList<>();
        int positive = 0;
        for (UserQueryParser.Node c : and.clauses()) {
          if (c instanceof UserQueryParser.Not not) {
            String q = toQuery(not.clause());
            if (q != null) {
              parts.add("-" + q);
            }
          } else {
            String q = toQuery(c);
            if (q != null) {
              parts.add("+" + q);
              positive++;
            }
          }
        }
        if (parts.isEmpty()) {
          yield null;
        }
        if (positive == 0) {
          parts.add(0, "+" + MATCH_ALL);
        }
        yield "(" + String.join(" ", parts) + ")";
      }
    };
  }

  private String text(UserQueryParser.Text t) {
    String text = converter.toSimplified(t.text().trim());
    if (text.isEmpty()) {
      return null;
    }
    String field = t.field() == null ? "" : t.field();
    return switch (field) {
      case "source" -> Schema.SOURCE_EXACT + ":" + ClientUtils.escapeQueryChars(text) + "*";
      case "hospital" -> any(java.util.Arrays.asList(
          Schema.HOSPITAL_EXACT + ":" + quote(text) + "^2",
          phrase(bigrams, Schema.BODY, text, 0, BODY_BOOST),
          phrase(bigrams, Schema.TITLE, text, 0, TITLE_BOOST)));
      case "title" -> withSynonyms(text, t, true, false);
      case "body" -> withSynonyms(text, t, false, true);
      default -> withSynonyms(text, t, true, true);
    };
  }

  private String withSynonyms(String text, UserQueryParser.Text t, boolean title, boolean body) {
    String exact = textIn(text, t.slop(), title, body, !t.quoted());
    if (t.quoted() || exact == null) {
      return exact;
    }
    List<String> variants = synonyms.variants(text);
    if (variants.isEmpty()) {
      return exact;
    }
    List<String> all = new ArrayList<>();
    all.add(exact);
    for (String v : variants) {
      String q = textIn(v, t.slop(), title, body, false);
      if (q != null) {
        all.add(q + "^0.8");
      }
    }
    return any(all);
  }

  private String textIn(String text, int slop, boolean title, boolean body, boolean loose) {
    List<String> alternatives = new ArrayList<>(5);
    if (slop > 0) {
      if (title) {
        alternatives.add(phrase(words, Schema.TITLE_WORDS, text, slop, TITLE_WORDS_BOOST));
      }
      if (body) {
        alternatives.add(phrase(words, Schema.BODY_WORDS, text, slop, BODY_WORDS_BOOST));
      }
    } else {
      if (title) {
        alternatives.add(phrase(bigrams, Schema.TITLE, text, 0, TITLE_BOOST));
        alternatives.add(phrase(words, Schema.TITLE_WORDS, text, 0, TITLE_WORDS_BOOST));
      }
      if (body) {
        alternatives.add(phrase(bigrams, Schema.BODY, text, 0, BODY_BOOST));
        alternatives.add(phrase(words, Schema.BODY_WORDS, text, 0, BODY_WORDS_BOOST));
      }
      if (loose) {
        alternatives.add(allWords(text, title, body));
        if (title && body && alternatives.stream().anyMatch(java.util.Objects::nonNull)) {
          // As QueryFactory: a full canonical hospital name also matches the resolved hospital facet.
          alternatives.add(Schema.HOSPITAL_EXACT + ":" + quote(ScriptConverter.get().toSimplified(text)) + "^1.5");
        }
      }
    }
    return any(alternatives);
  }

  /** Every smartcn word of {@code text} in the title or body, in any order; null for fewer than two words. */
  private String allWords(String text, boolean title, boolean body) {
    List<String> ws = tokens(words, text);
    if (ws.size() < 2) {
      return null;
    }
    StringBuilder sb = new StringBuilder("(");
    for (String w : ws) {
      String term = ClientUtils.escapeQueryChars(w);
      sb.append(sb.length() > 1 ? " " : "").append("+(");
      if (title) {
        sb.append(Schema.TITLE_WORDS).append(':').append(term);
      }
      if (body) {
        sb.append(title ? " " : "").append(Schema.BODY_WORDS).append(':').append(term);
      }
      sb.append(')');
    }
    return sb.append(")^").append(fmt(LOOSE_BOOST)).toString();
  }

  private String phrase(Analyzer analyzer, String field, String text, int slop, float boost) {
    if (tokens(analyzer, text).isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder(field).append(':').append(quote(text));
    if (slop > 0) {
      sb.append('~').append(slop);
    }
    if (boost != 1f) {
      sb.append('^').append(fmt(boost));
    }
    return sb.toString();
  }

  private static String any(List<String> alternatives) {
    List<String> parts = alternatives.stream().filter(java.util.Objects::nonNull).toList();
    return parts.isEmpty() ? null : "(" + String.join(" ", parts) + ")";
  }

  /** A quoted phrase: only backslash and the quote itself are special inside quotes. */
  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String fmt(float f) {
    return String.format(Locale.ROOT, "%s", f);
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
