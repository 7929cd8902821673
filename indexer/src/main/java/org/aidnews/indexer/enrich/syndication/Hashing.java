package org.aidnews.indexer.enrich.syndication;

/** 64-bit hashing of short strings: FNV-1a then a SplitMix64 finaliser for well-spread bits. */
final class Hashing {
  private Hashing() {}

  static long hash(CharSequence s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
