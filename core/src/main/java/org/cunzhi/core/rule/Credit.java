package org.cunzhi.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * The share of a criterion's points a result earns: an exact fraction in [0, 1], kept in lowest
 * terms. A pass earns {@link #full()} and a fail {@link #none()} unless the check says otherwise.
 *
 * @param numerator the fraction's numerator, from 0 to the denominator
 * @param denominator the fraction's denominator, at least 1
 */
public record Credit(long numerator, long denominator) implements Comparable<Credit> {
  private static final Credit FULL = new Credit(1, 1);
  private static final Credit NONE = new Credit(0, 1);

  public Credit {
    checkArgument(denominator >= 1, "credit denominator must be at least 1, was %s", denominator);
    checkArgument(
        numerator >= 0 && numerator <= denominator,
        "credit must lie between 0 and 1, was %s/%s",
        numerator,
        denominator);
    long gcd = LongMath.gcd(numerator, denominator);
    if (gcd > 1) {
      numerator /= gcd;
      denominator /= gcd;
    }
  }

  /** The credit {@code numerator / denominator}. */
  public static Credit of(long numerator, long denominator) {
    return new Credit(numerator, denominator);
  }

  /** All the points. */
  public static Credit full() {
    return FULL;
  }

  /** No points. */
  public static Credit none() {
    return NONE;
  }

  /**
   * The mean of {@code credits}, exactly.
   *
   * @throws IllegalArgumentException when there is none
   */
  public static Credit mean(List<Credit> credits) {
    checkArgument(!credits.isEmpty(), "the mean of no credits is undefined");
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    for (Credit c : credits) {
      BigInteger d = BigInteger.valueOf(c.denominator);
      num = num.multiply(d).add(BigInteger.valueOf(c.numerator).multiply(den));
      den = den.multiply(d);
      BigInteger g = num.gcd(den);
      num = num.divide(g);
      den = den.divide(g);
    }
    den = den.multiply(BigInteger.valueOf(credits.size()));
    BigInteger g = num.gcd(den);
    return new Credit(num.divide(g).longValueExact(), den.divide(g).longValueExact());
  }

  /** Whether this is all the points. */
  public boolean isFull() {
    return numerator == denominator;
  }

  /** The credit as an exact decimal when it has one, else to 10 decimal places (half up). */
  public BigDecimal toBigDecimal() {
    BigDecimal n = BigDecimal.valueOf(numerator);
    BigDecimal d = BigDecimal.valueOf(denominator);
    try {
      return n.divide(d);
    } catch (ArithmeticException nonTerminating) {
      return n.divide(d, 10, RoundingMode.HALF_UP);
    }
  }

  @Override
  public int compareTo(Credit other) {
    if (((numerator | denominator | other.numerator | other.denominator) >>> 31) == 0) {
      // all four in [0, 2^31): both products fit in a long, exactly
      return Long.compare(numerator * other.denominator, other.numerator * denominator);
    }
    return BigInteger.valueOf(numerator)
        .multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  /** As {@code numerator/denominator}, e.g. {@code 3/4}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
