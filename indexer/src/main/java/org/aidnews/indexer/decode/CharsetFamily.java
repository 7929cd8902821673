package org.aidnews.indexer.decode;

/** The names by which decoding results are compared: one name per charset family. */
public final class CharsetFamily {
  private CharsetFamily() {}

  /**
   * "GB18030" for any GB2312/GBK/GB18030 name, "Big5" for Big5 and Big5-HKSCS, "UTF-8" for UTF-8, else the
   * Java name of the charset (or the input when unknown). Null stays null.
   */
  public static String of(String charsetName) {
    return CharsetLabel.family(charsetName);
  }
}
