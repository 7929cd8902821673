package org.aidnews.indexer.decode;

/**
 * Page bytes decoded to text.
 *
 * @param text     the decoded text
 * @param charset  the Java charset name used
 * @param rule     which step chose it: bom, utf8-strict, http, meta, detector (juniversalchardet),
 *                 detector-icu, fallback (GB18030 or Big5-HKSCS, strict, or GB18030 with replacement),
 *                 empty (0 bytes)
 * @param mismatch true when a declared charset (HTTP or meta) was present and of another family than
 *                 the one used (GB2312 declared, GB18030 used is no mismatch)
 */
public record Decoded(String text, String charset, String rule, boolean mismatch) {}
