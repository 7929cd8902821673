package org.aidnews.indexer.index;

import java.io.Reader;
import java.util.Map;
import org.aidnews.indexer.normalize.SimplifiedCharFilter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains, identical at index and query time. Both start with
 * {@link SimplifiedCharFilter}, so Traditional and Simplified text meet as one.
 */
public final class Analyzers {
  private Analyzers() {}

  /**
   * Words: smartcn's HMM segmentation (its model is Simplified, hence the char filter first), then
   * the same filters as {@link SmartChineseAnalyzer}: lower case, its punctuation stop set, Porter
   * stemming for Latin words.
   */
  public static Analyzer words() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new SimplifiedCharFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream result = new LowerCaseFilter(tokenizer);
        result = new StopFilter(result, SmartChineseAnalyzer.getDefaultStopSet());
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(tokenizer, result);
      }

      @Override
      protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new SimplifiedCharFilter(reader);
      }
    };
  }

  /**
   * Character bigrams: recall that does not depend on smartcn's dictionary (hospital and place
   * names it splits oddly). A phrase of bigrams is an exact substring match. Full-width Latin and
   * digits are folded to half-width first.
   */
  public static Analyzer bigrams() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new SimplifiedCharFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream result = new CJKWidthFilter(tokenizer);
        result = new LowerCaseFilter(result);
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(tokenizer, result);
      }

      @Override
      protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new SimplifiedCharFilter(reader);
      }
    };
  }

  /** The per-field analyzer for indexing and querying. */
  public static Analyzer perField() {
    Analyzer words = words();
    Analyzer bigrams = bigrams();
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
        Schema.TITLE, bigrams,
        Schema.BODY, bigrams,
        Schema.TITLE_WORDS, words,
        Schema.BODY_WORDS, words));
  }
}
