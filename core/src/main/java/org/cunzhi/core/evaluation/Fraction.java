package org.cunzhi.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, kept in lowest terms with a positive denominator. Scores and points are
 * held this way, so that a third of a point is a third, and decimals appear only for display.
 *
 * @param numerator the numerator
 * @param denominator the denominator, positive
 */
public record Fraction(BigInteger numerator, BigInteger denominator)
    implements Comparable<Fraction> {

  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** One hundred, the top of the score scale. */
  public static final Fraction HUNDRED = new Fraction(BigInteger.valueOf(100), BigInteger.ONE);

  public Fraction {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    checkArgument(denominator.signum() != 0, "a fraction's denominator must not be 0");
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  /** {@code numerator / denominator}. */
  public static Fraction of(long numerator, long denominator) {
    return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** The exact value of {@code decimal}. */
  public static Fraction of(BigDecimal decimal) {
    BigDecimal d = decimal.stripTrailingZeros();
    return d.scale() <= 0
        ? new Fraction(d.toBigIntegerExact(), BigInteger.ONE)
        : new Fraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  /** This plus {@code other}. */
  public Fraction plus(Fraction other) {
    return new Fraction(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** This times {@code other}. */
  public Fraction times(Fraction other) {
    return new Fraction(
        numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * This divided by {@code other}.
   *
   * @throws IllegalArgumentException when {@code other} is zero
   */
  public Fraction dividedBy(Fraction other) {
    checkArgument(other.numerator.signum() != 0, "division by zero");
    return new Fraction(
        numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** Whether this is zero. */
  public boolean isZero() {
    return numerator.signum() == 0;
  }

  /** For display only: the value rounded half up to {@code scale} decimal places. */
  public BigDecimal toDecimal(int scale) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** As {@code 7/3}, or {@code 7} for a whole number. */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
