package org.cunzhi.core.rate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A closed interval of proportions, {@code 0 ≤ lower ≤ upper ≤ 1}, such as a rate's Wilson score
 * interval (D-RATE-7). It informs the reader; it never decides a threshold.
 *
 * @param lower the lower bound, a proportion
 * @param upper the upper bound, a proportion
 */
public record Interval(BigDecimal lower, BigDecimal upper) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Interval {
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    checkArgument(
        lower.signum() >= 0 && upper.compareTo(BigDecimal.ONE) <= 0,
        "interval bounds must lie in [0, 1], were %s and %s",
        lower,
        upper);
    checkArgument(
        lower.compareTo(upper) <= 0,
        "interval lower bound %s must not exceed upper bound %s",
        lower,
        upper);
  }

  /** The interval {@code [lower, upper]}. */
  public static Interval of(BigDecimal lower, BigDecimal upper) {
    return new Interval(lower, upper);
  }

  /** The interval's width, {@code upper − lower}. */
  public BigDecimal width() {
    return upper.subtract(lower);
  }

  /** Whether {@code proportion} lies in the interval, bounds included. */
  public boolean contains(BigDecimal proportion) {
    return lower.compareTo(proportion) <= 0 && proportion.compareTo(upper) <= 0;
  }

  /**
   * Whether the exact value of a defined {@code rate} lies in the interval, bounds included;
   * decided without rounding the rate.
   *
   * @throws IllegalStateException when the rate is undefined
   */
  public boolean contains(Rate rate) {
    checkState(rate.isDefined(), "an undefined rate (denominator 0) lies in no interval");
    BigDecimal n = BigDecimal.valueOf(rate.denominator());
    BigDecimal x = BigDecimal.valueOf(rate.numerator());
    return lower.multiply(n).compareTo(x) <= 0 && x.compareTo(upper.multiply(n)) <= 0;
  }

  /** The lower bound in percent with {@code scale} decimals rounded by {@code rounding}. */
  public BigDecimal lowerPercent(int scale, RoundingMode rounding) {
    return percent(lower, scale, rounding);
  }

  /** The upper bound in percent with {@code scale} decimals rounded by {@code rounding}. */
  public BigDecimal upperPercent(int scale, RoundingMode rounding) {
    return percent(upper, scale, rounding);
  }

  private static BigDecimal percent(BigDecimal proportion, int scale, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    checkArgument(scale >= 0, "scale must not be negative, was %s", scale);
    return proportion.multiply(HUNDRED).setScale(scale, rounding);
  }

  /** As reports print it, in percent with two decimals: {@code [90.82%, 95.88%]}. */
  @Override
  public String toString() {
    return "["
        + lowerPercent(2, RoundingMode.HALF_UP).toPlainString()
        + "%, "
        + upperPercent(2, RoundingMode.HALF_UP).toPlainString()
        + "%]";
  }
}
