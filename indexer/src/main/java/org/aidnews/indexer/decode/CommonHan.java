package org.aidnews.indexer.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;

/**
 * The Han characters a Chinese news text is made of: GB2312 (levels 1 and 2, 6763 characters) and the
 * Big5 frequent set (5401 characters). Real text takes well over 95 % of its Han characters from this
 * set; bytes decoded with the wrong Chinese charset land far more often outside it (GBK/3-4 rarities,
 * Big5 less-frequent characters), which is how a wrong label that still decodes "strictly" is caught.
 * The set is read off the two code tables at class load, so no character list is kept in the source.
 */
final class CommonHan {
  private static final BitSet COMMON = build();

  private CommonHan() {}

  static boolean isCommon(char c) {
    return COMMON.get(c);
  }

  private static BitSet build() {
    BitSet set = new BitSet(0x10000);
    // GB2312 rows 16-87 (lead bytes B0-F7, trail A1-FE) hold the 6763 hanzi, in GB18030 unchanged.
    addRange(set, CharsetLabel.GB18030, 0xB0, 0xF7, 0xA1, 0xFE);
    // Big5 frequent hanzi: A440-C67E (lead A4-C6, trails 40-7E and A1-FE).
    Charset big5 = Charset.forName("Big5");
    addRange(set, big5, 0xA4, 0xC6, 0x40, 0x7E);
    addRange(set, big5, 0xA4, 0xC6, 0xA1, 0xFE);
    return set;
  }

  private static void addRange(BitSet set, Charset cs, int leadFrom, int leadTo, int trailFrom, int trailTo) {
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(2);
    CharBuffer out = CharBuffer.allocate(4);
    for (int lead = leadFrom; lead <= leadTo; lead++) {
      for (int trail = trailFrom; trail <= trailTo; trail++) {
        in.clear();
        in.put((byte) lead).put((byte) trail).flip();
        out.clear();
        dec.reset();
        if (!dec.decode(in, out, true).isError() && !dec.flush(out).isError()) {
          out.flip();
          if (out.remaining() == 1 && Character.isIdeographic(out.get(0))) {
            set.set(out.get(0));
          }
        }
      }
    }
  }
}
