package org.aidnews.indexer.normalize;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Converts Traditional characters to Simplified ahead of tokenisation. {@link ScriptConverter}
 * preserves length, so no offset correction is needed and highlights land on the original text.
 */
public final class SimplifiedCharFilter extends CharFilter {
  private final ScriptConverter converter = ScriptConverter.get();

  public SimplifiedCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = input.read(cbuf, off, len);
    if (n > 0) {
      converter.convertInPlace(cbuf, off, n);
    }
    return n;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
