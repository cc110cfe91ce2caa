package org.cunzhi.core.internal.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.charset.StandardCharsets;

/** Decimals written from whole numbers, with no {@code BigDecimal} on the way. */
public final class Decimals {
  private static final long[] POWERS_OF_TEN = {
    1L,
    10L,
    100L,
    1_000L,
    10_000L,
    100_000L,
    1_000_000L,
    10_000_000L,
    100_000_000L,
    1_000_000_000L,
    10_000_000_000L,
    100_000_000_000L,
    1_000_000_000_000L,
    10_000_000_000_000L,
    100_000_000_000_000L,
    1_000_000_000_000_000L,
    10_000_000_000_000_000L,
    100_000_000_000_000_000L,
    1_000_000_000_000_000_000L
  };

  private Decimals() {}

  /**
   * {@code value / 10^scale} written plainly with exactly {@code scale} decimals: {@code (9417, 2)}
   * is {@code 94.17}, {@code (5, 3)} is {@code 0.005}.
   *
   * @param value a count, not negative
   * @throws IllegalArgumentException when {@code scale} is outside 0 to 18
   */
  public static String plain(long value, int scale) {
    checkArgument(scale >= 0 && scale < POWERS_OF_TEN.length, "scale out of range: %s", scale);
    if (scale == 0) {
      return Long.toString(value);
    }
    long unit = POWERS_OF_TEN[scale];
    if (value >= 0) {
      return nonNegative(value / unit, value % unit, scale);
    }
    String fraction = Long.toString(value % unit);
    StringBuilder s = new StringBuilder(24).append(value / unit).append('.');
    for (int i = fraction.length(); i < scale; i++) {
      s.append('0');
    }
    return s.append(fraction).toString();
  }

  /**
   * {@code whole}, a point and {@code fraction} in {@code scale} digits (zeros in front), written
   * straight into the Latin-1 bytes of one string: what the builder above writes for a value that
   * is not negative, without the builder and the two strings of digits it joins.
   */
  private static String nonNegative(long whole, long fraction, int scale) {
    int wholeDigits = digits(whole);
    byte[] text = new byte[wholeDigits + 1 + scale];
    long w = whole;
    for (int i = wholeDigits - 1; i >= 0; i--) {
      text[i] = (byte) ('0' + (int) (w % 10));
      w /= 10;
    }
    text[wholeDigits] = '.';
    long f = fraction;
    for (int i = text.length - 1; i > wholeDigits; i--) {
      text[i] = (byte) ('0' + (int) (f % 10));
      f /= 10;
    }
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  /** How many decimal digits {@code n}, not negative, has: 1 for 0. */
  private static int digits(long n) {
    int d = 1;
    for (long rest = n / 10; rest > 0; rest /= 10) {
      d++;
    }
    return d;
  }
}
