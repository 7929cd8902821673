package org.aidnews.indexer.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Checks the {@link SearchDeadline} while a query matches. The served reader checks it where it
 * reads doc values, points and term dictionaries, but not posting lists, so matching a costly text
 * query would go unchecked. This wrapper goes around the user's part of the query (inside the
 * drill-down query, never around {@code DrillSidewaysQuery}, whose scorer must run in one go): its
 * iterators check every {@value #CHECK_EVERY} steps and its bulk scorer scores in windows with a
 * check between them, the way Lucene's own time-limiting bulk scorer does. Scores, order and
 * matches are those of the wrapped query.
 */
final class TimeLimitedQuery extends Query {
  private static final int CHECK_EVERY = 256;
  private static final int WINDOW = 4096;

  private final Query in;

  TimeLimitedQuery(Query in) {
    this.in = in;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query r = in.rewrite(searcher);
    return r == in ? this : new TimeLimitedQuery(r);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return new TimedWeight(this, searcher.createWeight(in, scoreMode, boost));
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return in.toString(field);
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && in.equals(((TimeLimitedQuery) o).in);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + in.hashCode();
  }

  private static final class TimedWeight extends Weight {
    private final Weight in;

    TimedWeight(Query parent, Weight in) {
      super(parent);
      this.in = in;
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      return in.explain(context, doc);
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      return in.matches(context, doc);
    }

    @Override
    public int count(LeafReaderContext context) throws IOException {
      return in.count(context);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return in.isCacheable(ctx);
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      SearchDeadline.check();
      ScorerSupplier s = in.scorerSupplier(context);
      if (s == null) {
        return null;
      }
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) throws IOException {
          return new TimedScorer(s.get(leadCost));
        }

        @Override
        public BulkScorer bulkScorer() throws IOException {
          return new TimedBulkScorer(s.bulkScorer());
        }

        @Override
        public long cost() {
          return s.cost();
        }

        @Override
        public void setTopLevelScoringClause() throws IOException {
          s.setTopLevelScoringClause();
        }
      };
    }
  }

  /** Scores in windows with a deadline check between them. */
  private static final class TimedBulkScorer extends BulkScorer {
    private final BulkScorer in;

    TimedBulkScorer(BulkScorer in) {
      this.in = in;
    }

    @Override
    public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
      while (min < max) {
        SearchDeadline.check();
        int end = (int) Math.min((long) min + WINDOW, max);
        min = in.score(collector, acceptDocs, min, end);
      }
      return min;
    }

    @Override
    public long cost() {
      return in.cost();
    }
  }

  /** The wrapped scorer with iterators that check the deadline now and then. */
  private static final class TimedScorer extends Scorer {
    private final Scorer in;
    private final TwoPhaseIterator twoPhase;
    private final DocIdSetIterator iterator;

    TimedScorer(Scorer in) {
      this.in = in;
      TwoPhaseIterator t = in.twoPhaseIterator();
      if (t == null) {
        this.twoPhase = null;
        this.iterator = new TimedIterator(in.iterator());
      } else {
        this.twoPhase = new TwoPhaseIterator(new TimedIterator(t.approximation())) {
          @Override
          public boolean matches() throws IOException {
            return t.matches();
          }

          @Override
          public float matchCost() {
            return t.matchCost();
          }
        };
        this.iterator = TwoPhaseIterator.asDocIdSetIterator(twoPhase);
      }
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return iterator;
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return twoPhase;
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo);
    }

    @Override
    public float score() throws IOException {
      return in.score();
    }

    @Override
    public float smoothingScore(int docId) throws IOException {
      return in.smoothingScore(docId);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      in.setMinCompetitiveScore(minScore);
    }

    @Override
    public Collection<ChildScorable> getChildren() {
      return List.of(new ChildScorable(in, "MUST"));
    }
  }

  private static final class TimedIterator extends DocIdSetIterator {
    private final DocIdSetIterator in;
    private int steps;

    TimedIterator(DocIdSetIterator in) {
      this.in = in;
    }

    private void tick() {
      if ((++steps & (CHECK_EVERY - 1)) == 0) {
        SearchDeadline.check();
      }
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public int nextDoc() throws IOException {
      tick();
      return in.nextDoc();
    }

    @Override
    public int advance(int target) throws IOException {
      tick();
      return in.advance(target);
    }

    @Override
    public int docIDRunEnd() throws IOException {
      return in.docIDRunEnd();
    }

    @Override
    public long cost() {
      return in.cost();
    }
  }
}
