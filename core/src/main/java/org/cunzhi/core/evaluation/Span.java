package org.cunzhi.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * An exact closed interval {@code [low, high]}: what a score or a criterion's points can be, given
 * the evidence (DOMAIN CV-D5). When nothing is missing, {@code low} equals {@code high}.
 *
 * @param low the least value the evidence allows
 * @param high the greatest value the evidence allows, not less than {@code low}
 */
public record Span(Fraction low, Fraction high) {
  /** The interval holding only zero. */
  public static final Span ZERO = new Span(Fraction.ZERO, Fraction.ZERO);

  public Span {
    requireNonNull(low, "low");
    requireNonNull(high, "high");
    checkArgument(
        low.compareTo(high) <= 0, "a span's low end (%s) exceeds its high end (%s)", low, high);
  }

  /** The interval holding only {@code value}. */
  public static Span exactly(Fraction value) {
    return new Span(value, value);
  }

  /** The interval {@code [low, high]}. */
  public static Span of(Fraction low, Fraction high) {
    return new Span(low, high);
  }

  /** Whether the value is known exactly: both ends are equal. */
  public boolean isExact() {
    return low.equals(high);
  }

  /** This plus {@code other}, end by end. */
  public Span plus(Span other) {
    return new Span(low.plus(other.low), high.plus(other.high));
  }

  /** This times {@code factor}, which must not be negative. */
  public Span times(Fraction factor) {
    checkArgument(
        factor.compareTo(Fraction.ZERO) >= 0,
        "a span is scaled by a non-negative factor, was %s",
        factor);
    return new Span(low.times(factor), high.times(factor));
  }

  /** This divided by {@code divisor}, which must be positive. */
  public Span dividedBy(Fraction divisor) {
    checkArgument(
        divisor.compareTo(Fraction.ZERO) > 0,
        "a span is divided by a positive number, was %s",
        divisor);
    return new Span(low.dividedBy(divisor), high.dividedBy(divisor));
  }

  /** For display only: the low end rounded half up to {@code scale} decimal places. */
  public BigDecimal lowDecimal(int scale) {
    return low.toDecimal(scale);
  }

  /** For display only: the high end rounded half up to {@code scale} decimal places. */
  public BigDecimal highDecimal(int scale) {
    return high.toDecimal(scale);
  }

  /** As {@code [low, high]}, or the value alone when exact. */
  @Override
  public String toString() {
    return isExact() ? low.toString() : "[" + low + ", " + high + "]";
  }
}
