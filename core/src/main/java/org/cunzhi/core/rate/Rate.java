package org.cunzhi.core.rate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.math.BigInteger;
import java.util.OptionalLong;

/**
 * A proportion of whole numbers, {@code numerator / denominator} with {@code 0 ≤ numerator ≤
 * denominator} (D-RATE-6). A zero denominator gives an undefined rate: never 0, 100 or NaN.
 *
 * @param numerator the count that has the property
 * @param denominator the count it is out of
 */
public record Rate(long numerator, long denominator) {

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

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
