package org.aidnews.indexer.decode;

import java.nio.charset.StandardCharsets;

/** Decodes raw page bytes to text without trusting any single charset label. PLACEHOLDER: replaced by the extraction work. */
public final class PageDecoder {
  /** Decodes {@code bytes}; {@code contentType} is the HTTP Content-Type header or null. Never throws on bad bytes. */
  public Decoded decode(byte[] bytes, String contentType) {
    return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", "fallback", false);
  }
}
