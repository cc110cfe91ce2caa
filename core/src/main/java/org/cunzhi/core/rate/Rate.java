package org.cunzhi.core.rate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A proportion of whole numbers, {@code numerator / denominator} with {@code 0 ≤ numerator ≤
 * denominator} (D-RATE-6). A zero denominator gives an undefined rate: never 0, 100 or NaN.
 *
 * <p>Thresholds are decided exactly; {@link #percent}, {@link #formatPercent} and {@link #wilson95}
 * only inform.
 *
 * @param numerator the count that has the property
 * @param denominator the count it is out of
 */
public record Rate(long numerator, long denominator) {

  /** The standard normal quantile for a two-sided 95% interval (D-RATE-7). */
  private static final BigDecimal Z95 = new BigDecimal("1.959963984540054");

  /** Working precision of the Wilson interval; ample for any pair of {@code long} counts. */
  private static final MathContext WILSON_PRECISION = new MathContext(50, RoundingMode.HALF_EVEN);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  public Rate {
    checkArgument(numerator >= 0, "numerator must not be negative, was %s", numerator);
    checkArgument(
        numerator <= denominator,
        "numerator (%s) must not exceed denominator (%s)",
        numerator,
        denominator);
  }

  /** The rate {@code numerator / denominator}. */
  public static Rate of(long numerator, long denominator) {
    return new Rate(numerator, denominator);
  }

  /**
   * The rates pooled as D-RATE-6 asks: numerators added, denominators added; percentages are never
   * averaged. An empty collection pools to the undefined rate {@code 0/0}.
   *
   * @throws ArithmeticException when a sum overflows a {@code long}
   */
  public static Rate pool(Collection<Rate> rates) {
    long numerator = 0;
    long denominator = 0;
    for (Rate rate : rates) {
      numerator = Math.addExact(numerator, rate.numerator);
      denominator = Math.addExact(denominator, rate.denominator);
    }
    return new Rate(numerator, denominator);
  }

  /** Whether the rate has a value: its denominator is not zero. */
  public boolean isDefined() {
    return denominator > 0;
  }

  /**
   * Whether the rate meets {@code threshold}, compared exactly: 90% of 10 is met by 9.
   *
   * @throws IllegalStateException when the rate is undefined
   */
  public boolean meets(Threshold threshold) {
    checkState(isDefined(), "an undefined rate (denominator 0) meets no threshold");
    return threshold.isMetBy(numerator, denominator);
  }

  /**
   * The gap: the least whole number {@code k ≥ 0} such that {@code (numerator + k) / denominator}
   * meets {@code threshold}, with the numerator never past the denominator. Empty when the rate is
   * undefined or no such {@code k} exists.
   */
  public OptionalLong gapTo(Threshold threshold) {
    if (!isDefined()) {
      return OptionalLong.empty();
    }
    if (meets(threshold)) {
      return OptionalLong.of(0);
    }
    if (threshold.comparison() == Comparison.AT_MOST) {
      return OptionalLong.empty(); // adding to the numerator only moves away
    }
    // least n with n * thrDen >= thrNum * den: n = ceil(thrNum * den / thrDen)
    BigInteger need =
        BigInteger.valueOf(threshold.numerator()).multiply(BigInteger.valueOf(denominator));
    BigInteger[] qr = need.divideAndRemainder(BigInteger.valueOf(threshold.denominator()));
    BigInteger least = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
    if (least.compareTo(BigInteger.valueOf(denominator)) > 0) {
      return OptionalLong.empty();
    }
    long n = least.longValueExact();
    if (n < numerator || !threshold.isMetBy(n, denominator)) {
      // EQUAL_TO a value already passed (adding cannot go back) or that no whole count reaches
      return OptionalLong.empty();
    }
    return OptionalLong.of(n - numerator);
  }

  /**
   * The rate in percent, {@code numerator × 100 / denominator}, with {@code scale} decimals rounded
   * by {@code rounding}: 334/356 is {@code 93.82} at scale 2, {@link RoundingMode#HALF_UP}.
   *
   * @throws IllegalStateException when the rate is undefined
   * @throws IllegalArgumentException when {@code scale} is negative
   * @throws ArithmeticException when {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     value needs rounding
   */
  public BigDecimal percent(int scale, RoundingMode rounding) {
    return scaled(HUNDRED, scale, rounding, "percent");
  }

  /**
   * The rate in per mille, {@code numerator × 1000 / denominator}, with {@code scale} decimals
   * rounded by {@code rounding}.
   *
   * @throws IllegalStateException when the rate is undefined
   * @throws IllegalArgumentException when {@code scale} is negative
   * @throws ArithmeticException when {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     value needs rounding
   */
  public BigDecimal permille(int scale, RoundingMode rounding) {
    return scaled(THOUSAND, scale, rounding, "per mille value");
  }

  /**
   * The percent as reports print it, without exponent or sign: {@code "93.82"} for 334/356 at scale
   * 2, {@link RoundingMode#HALF_UP}; {@link RateFormat#parse} reads it back.
   *
   * @throws IllegalStateException when the rate is undefined
   * @throws IllegalArgumentException when {@code scale} is negative
   */
  public String formatPercent(int scale, RoundingMode rounding) {
    return percent(scale, rounding).toPlainString();
  }

  /**
   * The Wilson score interval at 95% (D-RATE-7, z = 1.959963984540054) as proportions in [0, 1]. It
   * tells the reader how firm a figure from a small unit is; it never decides a threshold. Empty
   * when the rate is undefined, like {@link #gapTo}.
   *
   * <p>Computed in {@link BigDecimal} with 50 significant digits, in the form {@code lower = 2x² /
   * (n (2x + z² + z√(z² + 4x(n−x)/n)))} and {@code upper = 1 − lower(n − x)}, which avoids
   * cancellation and gives exactly 0 at {@code x = 0} and exactly 1 at {@code x = n}.
   */
  public Optional<Interval> wilson95() {
    if (!isDefined()) {
      return Optional.empty();
    }
    BigDecimal n = BigDecimal.valueOf(denominator);
    BigDecimal zz = Z95.multiply(Z95);
    BigDecimal x = BigDecimal.valueOf(numerator);
    BigDecimal y = BigDecimal.valueOf(denominator - numerator);
    BigDecimal spread =
        zz.add(
                x.multiply(y).multiply(BigDecimal.valueOf(4)).divide(n, WILSON_PRECISION),
                WILSON_PRECISION)
            .sqrt(WILSON_PRECISION);
    BigDecimal zSpread = Z95.multiply(spread, WILSON_PRECISION);
    BigDecimal lower = wilsonTail(x, n, zz, zSpread);
    BigDecimal upper = BigDecimal.ONE.subtract(wilsonTail(y, n, zz, zSpread), WILSON_PRECISION);
    return Optional.of(new Interval(clamp(lower), clamp(upper)));
  }

  /**
   * {@code 2k² / (n (2k + z² + z·spread))}: the distance of the bound from the edge {@code k}
   * faces.
   */
  private static BigDecimal wilsonTail(
      BigDecimal k, BigDecimal n, BigDecimal zz, BigDecimal zSpread) {
    if (k.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal divisor = n.multiply(k.add(k).add(zz).add(zSpread), WILSON_PRECISION);
    return k.multiply(k).multiply(BigDecimal.valueOf(2)).divide(divisor, WILSON_PRECISION);
  }

  private static BigDecimal clamp(BigDecimal proportion) {
    return proportion.max(BigDecimal.ZERO).min(BigDecimal.ONE);
  }

  private BigDecimal scaled(BigDecimal factor, int scale, RoundingMode rounding, String what) {
    requireNonNull(rounding, "rounding");
    checkArgument(scale >= 0, "scale must not be negative, was %s", scale);
    checkState(isDefined(), "an undefined rate (denominator 0) has no %s", what);
    return BigDecimal.valueOf(numerator)
        .multiply(factor)
        .divide(BigDecimal.valueOf(denominator), scale, rounding);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
