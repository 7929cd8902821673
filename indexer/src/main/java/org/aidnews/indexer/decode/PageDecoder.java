package org.aidnews.indexer.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes raw page bytes to text without trusting any single charset label.
 *
 * <p>Order, first winner kept unless its text looks garbled:
 * <ol>
 *   <li>{@code bom}: a byte-order mark;
 *   <li>{@code utf8-strict}: the bytes are valid UTF-8 and contain non-ASCII. UTF-8 validates itself, so
 *       this catches the common "meta says gb2312, bytes are UTF-8" page;
 *   <li>{@code http}, then {@code meta}: the declared labels, each only if a strict decode succeeds
 *       (GB family decoded as GB18030, Big5 as Big5-HKSCS);
 *   <li>{@code detector}: juniversalchardet over the first 64 KB; {@code detector-icu}: ICU4J when it
 *       is unsure;
 *   <li>{@code fallback}: GB18030 with replacement, the regional default.
 * </ol>
 * The winner's text is then checked for mojibake ({@link Mojibake}); if it trips, every other
 * candidate that decodes strictly is tried and the cleanest text kept. {@code mismatch} is true
 * when a label was declared and the charset used is of another family.
 */
public final class PageDecoder {
  /** Detectors need a few hundred bytes of text; 64 KB is plenty and bounds the cost on huge pages. */
  static final int DETECTOR_BYTES = 64 * 1024;

  private record Candidate(Charset charset, String rule) {}

  /** Decodes {@code bytes}; {@code contentType} is the HTTP Content-Type header or null. Never throws on bad bytes. */
  public Decoded decode(byte[] bytes, String contentType) {
    try {
      return decodeOrNull(bytes == null ? new byte[0] : bytes, contentType);
    } catch (RuntimeException e) {
      // A detector library failing on odd bytes is not the page's outcome to hide: fall back to the
      // regional default rather than lose the page.
      return lenient(bytes == null ? new byte[0] : bytes, CharsetLabel.GB18030, "fallback", false);
    }
  }

  private Decoded decodeOrNull(byte[] bytes, String contentType) {
    if (bytes.length == 0) {
      return new Decoded("", StandardCharsets.UTF_8.name(), "empty", false);
    }
    Decoded bom = byBom(bytes);
    if (bom != null) {
      return bom;
    }
    Charset httpLabel = CharsetLabel.forLabel(CharsetLabel.fromContentType(contentType));
    Charset metaLabel = CharsetLabel.forLabel(CharsetLabel.fromMeta(bytes));

    List<Candidate> candidates = new ArrayList<>();
    if (hasNonAscii(bytes)) {
      candidates.add(new Candidate(StandardCharsets.UTF_8, "utf8-strict"));
    }
    if (httpLabel != null) {
      candidates.add(new Candidate(httpLabel, "http"));
    }
    if (metaLabel != null) {
      candidates.add(new Candidate(metaLabel, "meta"));
    }
    Charset detected = juniversal(bytes);
    boolean icuAsked = false;
    if (detected != null) {
      candidates.add(new Candidate(detected, "detector"));
    } else {
      // juniversalchardet returns null when unsure: ask ICU (slower) only then, or on a garbled result below.
      icuAsked = true;
      for (Charset icu : icu(bytes)) {
        candidates.add(new Candidate(icu, "detector-icu"));
      }
    }
    candidates.add(new Candidate(CharsetLabel.GB18030, "fallback"));
    candidates.add(new Candidate(CharsetLabel.BIG5, "fallback"));

    String firstText = null;
    Candidate first = null;
    Mojibake firstScore = null;
    for (Candidate c : candidates) {
      String text = strict(bytes, c.charset());
      if (text != null) {
        first = c;
        firstText = text;
        firstScore = Mojibake.of(text);
        break;
      }
    }
    boolean declared = httpLabel != null || metaLabel != null;
    if (first == null) {
      // Nothing decodes strictly: take the regional default with replacement characters, unless
      // what comes out is binary junk.
      Decoded lenient = lenient(bytes, CharsetLabel.GB18030, "fallback", declared);
      return Mojibake.of(lenient.text()).junk() ? null : lenient;
    }
    Candidate best = first;
    String bestText = firstText;
    Mojibake bestScore = firstScore;
    if (firstScore.tripped()) {
      if (!icuAsked) {
        for (Charset icu : icu(bytes)) {
          candidates.add(new Candidate(icu, "detector-icu"));
        }
      }
      for (Candidate c : candidates) {
        if (c.charset().equals(first.charset())) {
          continue;
        }
        String text = strict(bytes, c.charset());
        if (text == null) {
          continue;
        }
        Mojibake score = Mojibake.of(text);
        if (score.badness() < bestScore.badness()) {
          best = c;
          bestText = text;
          bestScore = score;
        }
      }
    }
    if (bestScore.junk()) {
      return null;
    }
    boolean mismatch = (httpLabel != null && !sameFamily(httpLabel, best.charset()))
        || (metaLabel != null && !sameFamily(metaLabel, best.charset()));
    return new Decoded(bestText, best.charset().name(), best.rule(), mismatch);
  }

  private static boolean sameFamily(Charset a, Charset b) {
    return CharsetLabel.family(a.name()).equals(CharsetLabel.family(b.name()));
  }

  private static Decoded byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return lenient(Arrays.copyOfRange(b, 3, b.length), StandardCharsets.UTF_8, "bom", false);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return lenient(Arrays.copyOfRange(b, 2, b.length), StandardCharsets.UTF_16BE, "bom", false);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return lenient(Arrays.copyOfRange(b, 2, b.length), StandardCharsets.UTF_16LE, "bom", false);
    }
    return null;
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** The text, or null when the bytes are not valid in {@code cs}. */
  static String strict(byte[] bytes, Charset cs) {
    try {
      CharBuffer out = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Decoded lenient(byte[] bytes, Charset cs, String rule, boolean mismatch) {
    return new Decoded(new String(bytes, cs), cs.name(), rule, mismatch);
  }

  private static Charset juniversal(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector(null);
    detector.handleData(bytes, 0, Math.min(bytes.length, DETECTOR_BYTES));
    detector.dataEnd();
    return CharsetLabel.forLabel(detector.getDetectedCharset());
  }

  /** ICU's Chinese or Unicode matches with some confidence, best first: the tie-breaker candidates. */
  private static List<Charset> icu(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(true); // ignore markup, judge the text
    detector.setText(bytes.length <= DETECTOR_BYTES ? bytes : Arrays.copyOf(bytes, DETECTOR_BYTES));
    List<Charset> out = new ArrayList<>();
    CharsetMatch[] matches = detector.detectAll();
    if (matches == null) {
      return out;
    }
    for (CharsetMatch m : matches) {
      if (m.getConfidence() < 10 || out.size() >= 2) {
        break;
      }
      Charset cs = CharsetLabel.forLabel(m.getName());
      if (cs != null && !out.contains(cs)) {
        out.add(cs);
      }
    }
    return out;
  }
}
