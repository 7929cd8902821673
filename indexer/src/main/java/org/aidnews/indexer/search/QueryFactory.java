package org.aidnews.indexer.search;

import java.util.ArrayList;
import java.util.List;
import org.aidnews.indexer.index.Analyzers;
import org.aidnews.indexer.index.Schema;
import org.aidnews.indexer.normalize.ScriptConverter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a parsed user query into a Lucene query. Each piece of text is searched as an exact
 * character sequence in the bigram fields and as words in the smartcn fields, so a hospital name
 * is found however smartcn segments it, while real word matches still score higher.
 */
public final class QueryFactory {
  // Title matches count more than body matches; word matches add to bigram matches.
  private static final float TITLE_BOOST = 3f;
  private static final float TITLE_WORDS_BOOST = 2f;
  private static final float BODY_BOOST = 1f;
  private static final float BODY_WORDS_BOOST = 1f;
  // All the words of a run, scattered: a match, but below any exact one.
  private static final float LOOSE_BOOST = 0.3f;
  private static final float HOSPITAL_BOOST = 1.5f;

  private final QueryBuilder bigrams = new QueryBuilder(Analyzers.bigrams());
  private final QueryBuilder words = new QueryBuilder(Analyzers.words());
  private final ScriptConverter converter = ScriptConverter.get();
  private final Synonyms synonyms;

  public QueryFactory(Synonyms synonyms) {
    this.synonyms = synonyms;
  }

  public QueryFactory() {
    this(Synonyms.none());
  }

  /** The Lucene query for {@code node}; never null (a query that is all stop characters matches everything). */
  public Query build(UserQueryParser.Node node) {
    Query q = toQuery(node);
    return q == null ? new MatchAllDocsQuery() : q;
  }

  private Query toQuery(UserQueryParser.Node node) {
    return switch (node) {
      case UserQueryParser.Text t -> text(t);
      case UserQueryParser.Not n -> {
        Query inner = toQuery(n.clause());
        if (inner == null) {
          yield null;
        }
        yield new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(inner, Occur.MUST_NOT).build();
      }
      case UserQueryParser.Or or -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (UserQueryParser.Node c : or.clauses()) {
          Query q = toQuery(c);
          if (q != null) {
            b.add(q, Occur.SHOULD);
            n++;
          }
        }
        yield n == 0 ? null : b.build();
      }
      case UserQueryParser.And and -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int positive = 0;
        int negative = 0;
        for (UserQueryParser.Node c : and.clauses()) {
          if (c instanceof UserQueryParser.Not not) {
            Query q = toQuery(not.clause());
            if (q != null) {
              b.add(q, Occur.MUST_NOT);
              negative++;
            }
          } else {
            Query q = toQuery(c);
            if (q != null) {
              b.add(q, Occur.MUST);
              positive++;
            }
          }
        }
        if (positive == 0 && negative == 0) {
          yield null;
        }
        if (positive == 0) {
          b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        yield b.build();
      }
    };
  }

  private Query text(UserQueryParser.Text t) {
    String text = t.text().trim();
    if (text.isEmpty()) {
      return null;
    }
    String field = t.field() == null ? "" : t.field();
    return switch (field) {
      case "source" -> new PrefixQuery(new Term(Schema.SOURCE_EXACT, converter.toSimplified(text)));
      case "hospital" -> any(java.util.Arrays.asList( // asList: the phrase parts may be null
          new BoostQuery(new TermQuery(new Term(Schema.HOSPITAL_EXACT, converter.toSimplified(text))), 2f),
          phrase(bigrams, Schema.BODY, text, 0, BODY_BOOST),
          phrase(bigrams, Schema.TITLE, text, 0, TITLE_BOOST)));
      case "title" -> withSynonyms(text, t, true, false);
      case "body" -> withSynonyms(text, t, false, true);
      default -> withSynonyms(text, t, true, true);
    };
  }

  /** The term, ORed with its synonym variants (quoted phrases are taken literally). */
  private Query withSynonyms(String text, UserQueryParser.Text t, boolean title, boolean body) {
    Query exact = textIn(text, t.slop(), title, body, !t.quoted());
    if (t.quoted() || exact == null) {
      return exact;
    }
    List<String> variants = synonyms.variants(text);
    if (variants.isEmpty()) {
      return exact;
    }
    List<Query> all = new ArrayList<>();
    all.add(exact);
    for (String v : variants) {
      Query q = textIn(v, t.slop(), title, body);
      if (q != null) {
        all.add(new BoostQuery(q, 0.8f)); // the words the user typed rank a little higher
      }
    }
    return any(all);
  }

  private Query textIn(String text, int slop, boolean title, boolean body) {
    return textIn(text, slop, title, body, false);
  }

  /**
   * A piece of text in the chosen fields. As typed (quoted or one run of characters) it matches as
   * an exact sequence in the bigram fields or as a word phrase in the smartcn fields. Unquoted runs
   * are often several words typed together (医疗援藏, 组团式援疆): those also match, lower, when every
   * smartcn word of the run occurs anywhere in the title or body.
   */
  private Query textIn(String text, int slop, boolean title, boolean body, boolean loose) {
    List<Query> alternatives = new ArrayList<>(5);
    if (slop > 0) {
      // Proximity is between words: only the smartcn fields know what a word is.
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
          // A full canonical hospital name also finds the articles that call it 我院 or by a short
          // name: enrichment resolved those to the canonical name. (Only for text that searches at
          // all: punctuation alone must keep matching everything, not this one exact term.)
          alternatives.add(new BoostQuery(new TermQuery(new Term(Schema.HOSPITAL_EXACT, converter.toSimplified(text))),
              HOSPITAL_BOOST));
        }
      }
    }
    return any(alternatives);
  }

  /** Every smartcn word of {@code text} in the title or body, in any order; null for fewer than two words. */
  private Query allWords(String text, boolean title, boolean body) {
    Query analysed = words.createBooleanQuery(Schema.BODY_WORDS, text, Occur.MUST);
    if (!(analysed instanceof BooleanQuery bq) || bq.clauses().size() < 2) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (var clause : bq.clauses()) {
      if (!(clause.query() instanceof TermQuery tq)) {
        return null; // synonyms or graphs: leave it to the phrase forms
      }
      String word = tq.getTerm().text();
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      if (title) {
        either.add(new TermQuery(new Term(Schema.TITLE_WORDS, word)), Occur.SHOULD);
      }
      if (body) {
        either.add(new TermQuery(new Term(Schema.BODY_WORDS, word)), Occur.SHOULD);
      }
      all.add(either.build(), Occur.MUST);
    }
    return new BoostQuery(all.build(), LOOSE_BOOST);
  }

  private static Query phrase(QueryBuilder builder, String field, String text, int slop, float boost) {
    Query q = builder.createPhraseQuery(field, text, slop);
    if (q == null) {
      return null;
    }
    return boost == 1f ? q : new BoostQuery(q, boost);
  }

  private static Query any(List<Query> alternatives) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (Query q : alternatives) {
      if (q != null) {
        b.add(q, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }
}
