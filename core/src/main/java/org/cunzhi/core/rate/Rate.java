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
import org.cunzhi.core.internal.text.Decimals;
import org.jspecify.annotations.Nullable;

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

  /** {@link #Z95} as the nearest {@code double}, for the rounded interval's fast path. */
  private static final double Z95_DOUBLE = 1.959963984540054;

  private static final double ZZ_DOUBLE = Z95_DOUBLE * Z95_DOUBLE;

  /** The bound on the absolute error of a Wilson bound computed in {@code double}. */
  static final double WILSON_ERROR = 2e-14;

  /** The most percent decimals the fast path rounds to. */
  private static final int FAST_SCALE_MAX = 6;

  /** Counts up to this are held exactly by a {@code double}. */
  private static final long EXACT_IN_DOUBLE = 1L << 53;

  private static final long[] TEN_POWERS = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L
  };

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
    requireNonNull(rounding, "rounding");
    checkArgument(scale >= 0, "scale must not be negative, was %s", scale);
    checkState(isDefined(), "an undefined rate (denominator 0) has no percent");
    // whole-number arithmetic where it cannot overflow: the same digits as BigDecimal's division
    if (scale + 2 < TEN_POWERS.length
        && rounding != RoundingMode.UNNECESSARY
        && numerator <= Long.MAX_VALUE / TEN_POWERS[scale + 2]) {
      long scaled = numerator * TEN_POWERS[scale + 2];
      long quotient = scaled / denominator;
      long remainder = scaled % denominator;
      return Decimals.plain(quotient + (roundsAway(quotient, remainder, rounding) ? 1 : 0), scale);
    }
    return percent(scale, rounding).toPlainString();
  }

  /**
   * Whether a non-negative {@code quotient + remainder / denominator} rounds to {@code quotient +
   * 1} rather than {@code quotient} under {@code rounding}.
   */
  private boolean roundsAway(long quotient, long remainder, RoundingMode rounding) {
    if (remainder == 0) {
      return false;
    }
    long rest = denominator - remainder; // remainder against rest: the fraction against 1/2
    return switch (rounding) {
      case UP, CEILING -> true;
      case DOWN, FLOOR -> false;
      case HALF_UP -> remainder >= rest;
      case HALF_DOWN -> remainder > rest;
      case HALF_EVEN -> remainder > rest || (remainder == rest && quotient % 2 != 0);
      case UNNECESSARY -> throw new ArithmeticException("Rounding necessary");
    };
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
   * The Wilson score interval at 95% with each bound rounded half up to {@code percentScale}
   * decimals of a percent, that is to {@code percentScale + 2} decimals of a proportion: exactly
   * the bounds of {@link #wilson95} rounded so, and so {@code wilson95Rounded(2).lowerPercent(2,
   * HALF_UP)} is {@code wilson95().lowerPercent(2, HALF_UP)}, digit for digit. Empty when the rate
   * is undefined. Like the interval itself, it only informs.
   *
   * <p>Reports print every proportion's interval, and the 50-digit square root of {@link #wilson95}
   * costs more than the rest of a report. Here the bounds are computed in {@code double} with a
   * bound on their error; when the rounding of each is certain (the bound, computed as the exact
   * interval would be, cannot lie on the other side of a rounding boundary), it is taken; otherwise
   * (a bound within about {@code 10⁻¹³} of a half-unit, counts past 2⁵³, or more than {@value
   * #FAST_SCALE_MAX} decimals) the exact interval is computed and rounded.
   *
   * @throws IllegalArgumentException when {@code percentScale} is negative
   */
  public Optional<Interval> wilson95Rounded(int percentScale) {
    checkArgument(percentScale >= 0, "scale must not be negative, was %s", percentScale);
    if (!isDefined()) {
      return Optional.empty();
    }
    Interval fast = fastWilson95Rounded(percentScale, WILSON_ERROR);
    if (fast != null) {
      return Optional.of(fast);
    }
    Interval exact = wilson95().orElseThrow();
    int scale = percentScale + 2;
    return Optional.of(
        new Interval(
            exact.lower().setScale(scale, RoundingMode.HALF_UP),
            exact.upper().setScale(scale, RoundingMode.HALF_UP)));
  }

  /**
   * The rounded interval from {@code double} arithmetic when both roundings are certain given an
   * absolute error of at most {@code error} in each bound, or null. Package-private so that tests
   * can widen {@code error} and see the exact path taken.
   */
  @Nullable Interval fastWilson95Rounded(int percentScale, double error) {
    if (percentScale > FAST_SCALE_MAX || denominator > EXACT_IN_DOUBLE) {
      return null;
    }
    // Every count below is a whole number up to 2^53, held exactly in a double; each operation
    // below rounds once, by at most 2^-53 relatively, and all the terms added are positive, so
    // each tail is within about 12 × 2^-53 (≈ 1.4e-15) of its value relatively, and the tails are
    // at most 1: WILSON_ERROR (2e-14) bounds the absolute error of each bound with room to spare.
    // The 50-digit exact bounds lie within 1e-45 of the real ones, far inside that.
    double n = denominator;
    double x = numerator;
    double y = denominator - numerator;
    double zSpread = Z95_DOUBLE * Math.sqrt(ZZ_DOUBLE + 4 * x * y / n);
    double lower = x == 0 ? 0 : 2 * x * x / (n * (2 * x + ZZ_DOUBLE + zSpread));
    double upper = y == 0 ? 1 : 1 - 2 * y * y / (n * (2 * y + ZZ_DOUBLE + zSpread));
    long units = TEN_POWERS[percentScale + 2];
    long low = certainlyRounded(lower, error, units);
    long high = certainlyRounded(upper, error, units);
    if (low < 0 || high < 0) {
      return null;
    }
    return new Interval(
        BigDecimal.valueOf(low, percentScale + 2), BigDecimal.valueOf(high, percentScale + 2));
  }

  /**
   * {@code value × units} rounded half up to a whole number, when every number within {@code error}
   * of {@code value} rounds the same way; -1 otherwise. {@code value} lies in [0, 1].
   */
  private static long certainlyRounded(double value, double error, long units) {
    double scaled = value * units; // one more rounding, of at most units × 2^-53
    double margin = 2 * error * units; // twice the error bound: room for that rounding too
    double whole = Math.floor(scaled);
    double fraction = scaled - whole; // exact: whole and scaled are close
    if (Math.abs(fraction - 0.5) <= margin) {
      return -1; // near a half-unit: the exact bound decides
    }
    long rounded = (long) whole + (fraction > 0.5 ? 1 : 0);
    return rounded < 0 || rounded > units ? -1 : rounded;
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
