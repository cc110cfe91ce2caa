package org.cunzhi.core.rate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A quantity that is not a proportion: {@code numerator × multiplier / denominator}, held exactly.
 * The crude birth rate in per mille (D-RATE-4) is {@code births × 2000 / (start + end)}, the sex
 * ratio at birth (D-RATE-5) {@code male × 100 / female}. A zero denominator gives an undefined
 * ratio, never 0 or NaN.
 *
 * @param numerator the counted quantity, at least 0
 * @param denominator what it is measured against, at least 0
 * @param multiplier the unit's factor, at least 1: 2000 for births per 1000 of the mean of two
 *     populations, 100 for males per 100 females
 */
public record Ratio(long numerator, long denominator, long multiplier) {

  public Ratio {
    checkArgument(numerator >= 0, "numerator must not be negative, was %s", numerator);
    checkArgument(denominator >= 0, "denominator must not be negative, was %s", denominator);
    checkArgument(multiplier >= 1, "multiplier must be at least 1, was %s", multiplier);
  }

  /** The ratio {@code numerator × multiplier / denominator}. */
  public static Ratio of(long numerator, long denominator, long multiplier) {
    return new Ratio(numerator, denominator, multiplier);
  }

  /**
   * The crude birth rate in per mille (D-RATE-4): births per 1000 of the mean of the start and end
   * populations, {@code births × 2000 / (start + end)}. Undefined when both populations are 0.
   *
   * @throws IllegalArgumentException when a count is negative
   * @throws ArithmeticException when {@code start + end} overflows a {@code long}
   */
  public static Ratio crudeBirthRate(long births, long populationStart, long populationEnd) {
    checkArgument(
        populationStart >= 0, "start population must not be negative, was %s", populationStart);
    checkArgument(populationEnd >= 0, "end population must not be negative, was %s", populationEnd);
    return new Ratio(births, Math.addExact(populationStart, populationEnd), 2000);
  }

  /**
   * The sex ratio at birth (D-RATE-5): male births per 100 female births, {@code male × 100 /
   * female}. Undefined when there are no female births.
   *
   * @throws IllegalArgumentException when a count is negative
   */
  public static Ratio sexRatioAtBirth(long maleBirths, long femaleBirths) {
    return new Ratio(maleBirths, femaleBirths, 100);
  }

  /** Whether the ratio has a value: its denominator is not zero. */
  public boolean isDefined() {
    return denominator > 0;
  }

  /**
   * The value {@code numerator × multiplier / denominator} with {@code scale} decimals rounded by
   * {@code rounding}: a crude birth rate of 5 births in a mean population of 406 is {@code 12.32}
   * (per mille) at scale 2, {@link RoundingMode#HALF_UP}.
   *
   * @throws IllegalStateException when the ratio is undefined
   * @throws IllegalArgumentException when {@code scale} is negative
   * @throws ArithmeticException when {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     value needs rounding
   */
  public BigDecimal value(int scale, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    checkArgument(scale >= 0, "scale must not be negative, was %s", scale);
    checkState(isDefined(), "an undefined ratio (denominator 0) has no value");
    return BigDecimal.valueOf(numerator)
        .multiply(BigDecimal.valueOf(multiplier))
        .divide(BigDecimal.valueOf(denominator), scale, rounding);
  }

  /**
   * The value as reports print it, without exponent: {@code "12.32"}.
   *
   * @throws IllegalStateException when the ratio is undefined
   * @throws IllegalArgumentException when {@code scale} is negative
   */
  public String format(int scale, RoundingMode rounding) {
    return value(scale, rounding).toPlainString();
  }

  /** {@code numerator × multiplier / denominator}, e.g. {@code 5 × 2000 / 812}. */
  @Override
  public String toString() {
    return numerator + " × " + multiplier + " / " + denominator;
  }
}
