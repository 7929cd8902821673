package org.aidnews.indexer.decode;

/**
 * Page bytes decoded to text.
 *
 * @param text     the decoded text
 * @param charset  the Java charset name used
 * @param rule     which step chose it (bom, utf8-strict, http, meta, detector, fallback)
 * @param mismatch true when a declared charset was present but wrong
 */
public record Decoded(String text, String charset, String rule, boolean mismatch) {}
