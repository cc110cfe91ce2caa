package org.cunzhi.core.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class RateProperties {

  private static final MathContext ORACLE = new MathContext(60, RoundingMode.HALF_EVEN);

  @Provide
  Arbitrary<Rate> rates() {
    return Arbitraries.oneOf(
        rateWithDenominatorUpTo(100), rateWithDenominatorUpTo(1_000_000_000_000L));
  }

  @Provide
  Arbitrary<Rate> ratesOrUndefined() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Rate.of(0, 0))), Tuple.of(6, rates()));
  }

  private static Arbitrary<Rate> rateWithDenominatorUpTo(long max) {
    return Arbitraries.longs()
        .between(1, max)
        .flatMap(den -> Arbitraries.longs().between(0, den).map(num -> Rate.of(num, den)));
  }

  @Provide
  Arbitrary<RoundingMode> roundingModes() {
    return Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY);
  }

  /** Percent thresholds from 0% to 100% with up to three decimals, any comparison. */
  @Provide
  Arbitrary<Threshold> percentThresholds() {
    Arbitrary<BigDecimal> percents =
        Arbitraries.integers().between(0, 100_000).map(i -> BigDecimal.valueOf(i, 3));
    return Combinators.combine(Arbitraries.of(Comparison.class), percents).as(Threshold::ofPercent);
  }

  @Property
  void percent_liesBetweenZeroAndHundred(
      @ForAll("rates") Rate rate,
      @ForAll @IntRange(max = 12) int scale,
      @ForAll("roundingModes") RoundingMode rounding) {
    BigDecimal percent = rate.percent(scale, rounding);
    assertThat(percent).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    assertThat(percent.scale()).isEqualTo(scale);
    assertThat(rate.permille(scale, rounding)).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(1000));
  }

  @Property
  void pool_liesBetweenSmallestAndLargestPart(
      @ForAll @Size(min = 1, max = 10) List<@From("ratesOrUndefined") Rate> parts) {
    List<Rate> defined = parts.stream().filter(Rate::isDefined).toList();
    Assume.that(!defined.isEmpty());
    Rate pooled = Rate.pool(parts);
    Rate smallest = defined.stream().min(RateProperties::compareExactly).orElseThrow();
    Rate largest = defined.stream().max(RateProperties::compareExactly).orElseThrow();
    assertThat(compareExactly(smallest, pooled)).isLessThanOrEqualTo(0);
    assertThat(compareExactly(pooled, largest)).isLessThanOrEqualTo(0);
    assertThat(pooled.numerator()).isEqualTo(parts.stream().mapToLong(Rate::numerator).sum());
    assertThat(pooled.denominator()).isEqualTo(parts.stream().mapToLong(Rate::denominator).sum());
  }

  @Property
  void gapTo_isMinimal(@ForAll("rates") Rate rate, @ForAll("percentThresholds") Threshold t) {
    Assume.that(t.comparison() == Comparison.AT_LEAST);
    OptionalLong gap = rate.gapTo(t);
    assertThat(gap).isPresent(); // up to 100% is always reachable
    long k = gap.getAsLong();
    assertThat(k).isBetween(0L, rate.denominator() - rate.numerator());
    assertThat(t.isMetBy(rate.numerator() + k, rate.denominator())).isTrue();
    if (k > 0) {
      assertThat(t.isMetBy(rate.numerator() + k - 1, rate.denominator())).isFalse();
    }
  }

  /**
   * For small units, the least gap is found by trying every count; any comparison, any fraction.
   */
  @Property
  void gapTo_agreesWithTryingEveryCount(
      @ForAll @LongRange(min = 1, max = 300) long den,
      @ForAll @LongRange(max = 300) long num,
      @ForAll("smallThresholds") Threshold t) {
    Assume.that(num <= den);
    OptionalLong expected = OptionalLong.empty();
    for (long n = num; n <= den; n++) {
      if (t.isMetBy(n, den)) {
        expected = OptionalLong.of(n - num);
        break;
      }
    }
    assertThat(Rate.of(num, den).gapTo(t)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Threshold> smallThresholds() {
    return Combinators.combine(
            Arbitraries.of(Comparison.class),
            Arbitraries.longs().between(0, 60),
            Arbitraries.longs().between(1, 50))
        .as(Threshold::new);
  }

  @Property
  void wilson95_containsThePointEstimateInsideTheUnitInterval(@ForAll("rates") Rate rate) {
    Interval interval = rate.wilson95().orElseThrow();
    assertThat(interval.lower()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    assertThat(interval.upper()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    assertThat(interval.contains(rate)).isTrue();
    if (rate.numerator() > 0 && rate.numerator() < rate.denominator()) {
      // strictly inside: neither bound is the point estimate
      BigDecimal n = BigDecimal.valueOf(rate.denominator());
      BigDecimal x = BigDecimal.valueOf(rate.numerator());
      assertThat(interval.lower().multiply(n)).isLessThan(x);
      assertThat(interval.upper().multiply(n)).isGreaterThan(x);
    }
  }

  @Property
  void wilson95_narrowsAsTheUnitGrowsAtTheSameProportion(
      @ForAll("smallerRates") Rate rate, @ForAll @IntRange(min = 2, max = 1000) int factor) {
    Rate larger = Rate.of(rate.numerator() * factor, rate.denominator() * factor);
    BigDecimal width = rate.wilson95().orElseThrow().width();
    BigDecimal largerWidth = larger.wilson95().orElseThrow().width();
    assertThat(largerWidth).isLessThan(width);
  }

  @Provide
  Arbitrary<Rate> smallerRates() {
    return Arbitraries.oneOf(rateWithDenominatorUpTo(100), rateWithDenominatorUpTo(1_000_000_000));
  }

  /** Agrees with the textbook form, centre ± half-width, computed independently. */
  @Property
  void wilson95_agreesWithTheTextbookForm(@ForAll("rates") Rate rate) {
    BigDecimal z = new BigDecimal("1.959963984540054");
    BigDecimal n = BigDecimal.valueOf(rate.denominator());
    BigDecimal p = BigDecimal.valueOf(rate.numerator()).divide(n, ORACLE);
    BigDecimal zz = z.multiply(z);
    BigDecimal scale = BigDecimal.ONE.add(zz.divide(n, ORACLE));
    BigDecimal centre =
        p.add(zz.divide(n.multiply(BigDecimal.valueOf(2)), ORACLE)).divide(scale, ORACLE);
    BigDecimal variance =
        p.multiply(BigDecimal.ONE.subtract(p))
            .divide(n, ORACLE)
            .add(zz.divide(n.multiply(n).multiply(BigDecimal.valueOf(4)), ORACLE));
    BigDecimal half = z.multiply(variance.sqrt(ORACLE)).divide(scale, ORACLE);
    Interval interval = rate.wilson95().orElseThrow();
    BigDecimal tolerance = new BigDecimal("1e-30");
    assertThat(interval.lower().subtract(centre.subtract(half)).abs()).isLessThan(tolerance);
    assertThat(interval.upper().subtract(centre.add(half)).abs()).isLessThan(tolerance);
  }

  @Property
  void wilson95_ofTheComplement_isTheMirrorImage(@ForAll("rates") Rate rate) {
    Interval interval = rate.wilson95().orElseThrow();
    Interval mirror =
        Rate.of(rate.denominator() - rate.numerator(), rate.denominator()).wilson95().orElseThrow();
    BigDecimal tolerance = new BigDecimal("1e-40");
    assertThat(interval.lower().add(mirror.upper()).subtract(BigDecimal.ONE).abs())
        .isLessThan(tolerance);
    assertThat(interval.upper().add(mirror.lower()).subtract(BigDecimal.ONE).abs())
        .isLessThan(tolerance);
  }

  @Property
  void formatThenParse_halfUp_losesAtMostHalfAUnitInTheLastPlace(
      @ForAll("rates") Rate rate, @ForAll @IntRange(max = 8) int scale) {
    RateFormat format = RateFormat.of(scale, RoundingMode.HALF_UP);
    BigDecimal parsed = format.parse(format.format(rate));
    BigDecimal halfUlp = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
    assertThat(errorTimesDenominator(rate, parsed).abs())
        .isLessThanOrEqualTo(halfUlp.multiply(BigDecimal.valueOf(rate.denominator())));
  }

  @Property
  void formatThenParse_anyRounding_losesLessThanAUnitOnTheRoundedSide(
      @ForAll("rates") Rate rate,
      @ForAll @IntRange(max = 8) int scale,
      @ForAll("roundingModes") RoundingMode rounding) {
    RateFormat format = RateFormat.of(scale, rounding);
    BigDecimal parsed = format.parse(format.format(rate));
    BigDecimal error = errorTimesDenominator(rate, parsed);
    BigDecimal ulpTimesDen =
        BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf(rate.denominator()));
    assertThat(error.abs()).isLessThan(ulpTimesDen);
    if (rounding == RoundingMode.DOWN || rounding == RoundingMode.FLOOR) {
      assertThat(error.signum()).isLessThanOrEqualTo(0);
    }
    if (rounding == RoundingMode.UP || rounding == RoundingMode.CEILING) {
      assertThat(error.signum()).isGreaterThanOrEqualTo(0);
    }
  }

  /** {@code (parsed − exact percent) × denominator}, exactly. */
  private static BigDecimal errorTimesDenominator(Rate rate, BigDecimal parsedPercent) {
    return parsedPercent
        .multiply(BigDecimal.valueOf(rate.denominator()))
        .subtract(BigDecimal.valueOf(rate.numerator()).multiply(BigDecimal.valueOf(100)));
  }

  static int compareExactly(Rate a, Rate b) {
    return BigInteger.valueOf(a.numerator())
        .multiply(BigInteger.valueOf(b.denominator()))
        .compareTo(BigInteger.valueOf(b.numerator()).multiply(BigInteger.valueOf(a.denominator())));
  }
}
