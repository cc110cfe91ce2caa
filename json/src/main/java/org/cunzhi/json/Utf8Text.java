package org.cunzhi.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * A document's text, decoded from strict UTF-8 (RFC 3629: no overlong forms, no encoded surrogates,
 * nothing above U+10FFFF), with where its bad bytes were. Each bad byte sequence becomes one U+FFFD
 * in the text, so that parsing can go on and say which string held it; the parser then reports each
 * one once ({@link #clear}). Not thread-safe: one per read.
 */
final class Utf8Text {
  /** How many bad sequences keep their byte offset, for messages; the rest give none. */
  private static final int OFFSETS_KEPT = 4096;

  private final String text;
  private final @Nullable BitSet bad;
  private final int[] badChars;
  private final int[] badBytes;
  private final int kept;

  private Utf8Text(String text, @Nullable BitSet bad, int[] badChars, int[] badBytes, int kept) {
    this.text = text;
    this.bad = bad;
    this.badChars = badChars;
    this.badBytes = badBytes;
    this.kept = kept;
  }

  /** Text that did not come from bytes, so has no bad byte. */
  static Utf8Text of(String text) {
    return new Utf8Text(text, null, new int[0], new int[0], 0);
  }

  /** Decodes {@code length} bytes from {@code start}. */
  static Utf8Text decode(byte[] bytes, int start, int length) {
    String fast = new String(bytes, start, length, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return of(fast); // a malformed sequence always decodes to U+FFFD, so there is none
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length);
    CharBuffer out = CharBuffer.allocate(length); // never more chars than bytes, even replaced
    BitSet bad = new BitSet();
    int[] badChars = new int[16];
    int[] badBytes = new int[16];
    int kept = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      // An error: UTF-8 decoding never overflows a buffer of as many chars as bytes.
      bad.set(out.position());
      if (kept < OFFSETS_KEPT) {
        if (kept == badChars.length) {
          badChars = Arrays.copyOf(badChars, 2 * kept);
          badBytes = Arrays.copyOf(badBytes, 2 * kept);
        }
        badChars[kept] = out.position();
        badBytes[kept] = in.position() - start;
        kept++;
      }
      out.put('\uFFFD');
      in.position(in.position() + result.length());
    }
    out.flip();
    return new Utf8Text(out.toString(), bad, badChars, badBytes, kept);
  }

  /** The decoded text. */
  String text() {
    return text;
  }

  /** Whether any byte was bad. */
  boolean hasBadBytes() {
    return bad != null && !bad.isEmpty();
  }

  /** The char offset of the first bad byte not yet reported in {@code [from, to)}, or -1. */
  int firstBad(int from, int to) {
    if (bad == null) {
      return -1;
    }
    int at = bad.nextSetBit(from);
    return at >= 0 && at < to ? at : -1;
  }

  /** Marks the bad bytes in {@code [from, to)} as reported. */
  void clear(int from, int to) {
    if (bad != null) {
      bad.clear(from, to);
    }
  }

  /** The offset in bytes of the bad byte at char offset {@code charOffset}, or -1 if unknown. */
  int byteOffset(int charOffset) {
    int i = Arrays.binarySearch(badChars, 0, kept, charOffset);
    return i >= 0 ? badBytes[i] : -1;
  }
}
