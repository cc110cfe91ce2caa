package org.cunzhi.core.internal.text;

import static com.google.common.base.Preconditions.checkArgument;

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
    String fraction = Long.toString(value % unit);
    StringBuilder s = new StringBuilder(24).append(value / unit).append('.');
    for (int i = fraction.length(); i < scale; i++) {
      s.append('0');
    }
    return s.append(fraction).toString();
  }
}
