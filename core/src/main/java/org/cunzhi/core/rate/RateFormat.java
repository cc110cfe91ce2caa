package org.cunzhi.core.rate;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How reports write a rate as a percent: a fixed number of decimals and a rounding mode, such as
 * two decimals rounded half up ({@code "93.82"} for 334/356). {@link #parse} reads such text back.
 *
 * @param scale decimals after the point, at least 0
 * @param rounding how the last decimal is rounded; not {@link RoundingMode#UNNECESSARY}, since a
 *     format must write every rate
 */
public record RateFormat(int scale, RoundingMode rounding) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal EXAMPLE = new BigDecimal("93.82");

  public RateFormat {
    checkArgument(scale >= 0, "scale must not be negative, was %s", scale);
    requireNonNull(rounding, "rounding");
    checkArgument(
        rounding != RoundingMode.UNNECESSARY, "rounding must be able to round, was %s", rounding);
  }

  /** The format with {@code scale} decimals rounded by {@code rounding}. */
  public static RateFormat of(int scale, RoundingMode rounding) {
    return new RateFormat(scale, rounding);
  }

  /**
   * The rate's percent as text: digits, then a point and exactly {@code scale} decimals when the
   * scale is positive.
   *
   * @throws IllegalStateException when the rate is undefined
   */
  public String format(Rate rate) {
    return rate.formatPercent(scale, rounding);
  }

  /**
   * Reads a percent written by {@link #format}: {@code "93.82"} gives 93.82 with scale 2.
   *
   * @throws IllegalArgumentException naming the text when it is not a percent from 0 to 100 with
   *     exactly {@code scale} decimals
   */
  public BigDecimal parse(CharSequence text) {
    String s = text.toString();
    checkArgument(isWellFormed(s), "percent \"%s\" is not %s", s, expected());
    BigDecimal percent = new BigDecimal(s);
    checkArgument(percent.compareTo(HUNDRED) <= 0, "percent \"%s\" is not %s", s, expected());
    return percent;
  }

  private boolean isWellFormed(String s) {
    int point = scale == 0 ? s.length() : s.length() - scale - 1;
    if (point < 1 || !digits(s, 0, point)) {
      return false;
    }
    if (point > 1 && s.charAt(0) == '0') {
      return false; // no leading zeros
    }
    return scale == 0 || (s.charAt(point) == '.' && digits(s, point + 1, s.length()));
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private String expected() {
    String example = EXAMPLE.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    return "a percent from 0 to 100 with "
        + scale
        + (scale == 1 ? " decimal" : " decimals")
        + " such as \""
        + example
        + "\"";
  }
}
