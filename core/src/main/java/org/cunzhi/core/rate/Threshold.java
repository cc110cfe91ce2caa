package org.cunzhi.core.rate;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * A threshold a rate is compared against, held as an exact fraction {@code numerator /
 * denominator}: 90% is {@code 9/10}, "all" is {@code 1/1}.
 *
 * @param comparison how the rate is compared
 * @param numerator the fraction's numerator, at least 0
 * @param denominator the fraction's denominator, at least 1
 */
public record Threshold(Comparison comparison, long numerator, long denominator) {

  public Threshold {
    requireNonNull(comparison, "comparison");
    checkArgument(numerator >= 0, "threshold numerator must not be negative, was %s", numerator);
    checkArgument(
        denominator >= 1, "threshold denominator must be at least 1, was %s", denominator);
    long gcd = LongMath.gcd(numerator, denominator);
    if (gcd > 1) {
      numerator /= gcd;
      denominator /= gcd;
    }
  }

  /**
   * Whether {@code other} is a threshold of the same comparison and fraction (the fraction is kept
   * reduced, so equal fractions have equal parts), as the generated equality says; written out,
   * with {@link #hashCode}, because thresholds are looked up by value wherever their text is
   * written (a report writes one for every rate), through a call too general to be inlined, where
   * the generated methods cost more than writing the text itself.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || other instanceof Threshold t
            && t.comparison == comparison
            && t.numerator == numerator
            && t.denominator == denominator;
  }

  /** The hash of the comparison's position and the fraction; see {@link #equals}. */
  @Override
  public int hashCode() {
    return (comparison.ordinal() * 31 + Long.hashCode(numerator)) * 31 + Long.hashCode(denominator);
  }

  /** At least {@code percent}%, e.g. {@code atLeastPercent(90)}. */
  public static Threshold atLeastPercent(long percent) {
    return new Threshold(Comparison.AT_LEAST, percent, 100);
  }

  /** At least {@code percent}%, with a decimal percent such as {@code 92.5}. */
  public static Threshold atLeastPercent(BigDecimal percent) {
    return ofPercent(Comparison.AT_LEAST, percent);
  }

  /** Exactly all: the numerator equals the denominator (100%). */
  public static Threshold all() {
    return ALL;
  }

  private static final Threshold ALL = new Threshold(Comparison.EQUAL_TO, 1, 1);

  /** {@code comparison percent%}, with the percent given exactly as a decimal. */
  public static Threshold ofPercent(Comparison comparison, BigDecimal percent) {
    checkArgument(
        percent.signum() >= 0, "a percent threshold must not be negative, was %s", percent);
    BigDecimal fraction = percent.movePointLeft(2).stripTrailingZeros();
    int scale = Math.max(0, fraction.scale());
    BigInteger num = fraction.movePointRight(scale).toBigIntegerExact();
    BigInteger den = BigInteger.TEN.pow(scale);
    return new Threshold(comparison, num.longValueExact(), den.longValueExact());
  }

  /**
   * Reads a threshold as reports print it: {@code ">= 90%"}, {@code "<= 5%"}, {@code "== 100%"}.
   *
   * @throws IllegalArgumentException naming the text when it is not of that form
   */
  public static Threshold parse(String text) {
    String t = text.strip();
    for (Comparison c : Comparison.values()) {
      if (t.startsWith(c.symbol())) {
        String rest = t.substring(c.symbol().length()).strip();
        if (rest.endsWith("%")) {
          try {
            return ofPercent(c, new BigDecimal(rest.substring(0, rest.length() - 1).strip()));
          } catch (NumberFormatException | ArithmeticException e) {
            break;
          }
        }
      }
    }
    throw new IllegalArgumentException(
        "threshold \"" + text + "\" is not of the form \">= 90%\", \"<= 5%\" or \"== 100%\"");
  }

  /** The threshold as an exact percent, e.g. {@code 90} or {@code 92.5}. */
  public BigDecimal percent() {
    return new BigDecimal(numerator)
        .multiply(BigDecimal.valueOf(100))
        .divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL128)
        .stripTrailingZeros();
  }

  /** Whether {@code num / den} satisfies the threshold; {@code den} must be positive. */
  public boolean isMetBy(long num, long den) {
    checkArgument(den > 0, "denominator must be positive, was %s", den);
    if (((num | den | numerator | denominator) >>> 31) == 0) {
      // all four in [0, 2^31): both products fit in a long, exactly
      return comparison.holdsFor(Long.compare(num * denominator, numerator * den));
    }
    BigInteger left = BigInteger.valueOf(num).multiply(BigInteger.valueOf(denominator));
    BigInteger right = BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(den));
    return comparison.holdsFor(left.compareTo(right));
  }

  /** As reports print it: {@code ">= 90%"}. */
  @Override
  public String toString() {
    return comparison.symbol() + " " + percent().toPlainString() + "%";
  }
}
