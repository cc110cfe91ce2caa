package org.cunzhi.core.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ThresholdProperties {

  /**
   * Enough digits to tell apart two different fractions whose denominators are below 10^18: they
   * differ by at least 10^-36.
   */
  private static final MathContext ORACLE = new MathContext(80, RoundingMode.HALF_EVEN);

  @Provide
  Arbitrary<Threshold> thresholds() {
    return Combinators.combine(
            Arbitraries.of(Comparison.class),
            Arbitraries.longs().between(0, 1_000_000_000L),
            Arbitraries.longs().between(1, 1_000_000_000L))
        .as(Threshold::new);
  }

  @Provide
  Arbitrary<long[]> fractions() {
    return Arbitraries.longs()
        .between(1, 1_000_000_000L)
        .flatMap(den -> Arbitraries.longs().between(0, den).map(num -> new long[] {num, den}));
  }

  /** Percent thresholds as standards state them: up to four decimals, up to 100%. */
  @Provide
  Arbitrary<Threshold> percentThresholds() {
    Arbitrary<BigDecimal> percents =
        Arbitraries.integers()
            .between(0, 1_000_000)
            .flatMap(i -> Arbitraries.integers().between(0, 4).map(s -> BigDecimal.valueOf(i, s)))
            .filter(p -> p.compareTo(BigDecimal.valueOf(100)) <= 0);
    return Combinators.combine(Arbitraries.of(Comparison.class), percents).as(Threshold::ofPercent);
  }

  @Property
  void isMetBy_agreesWithHighPrecisionDecimals(
      @ForAll("thresholds") Threshold t, @ForAll("fractions") long[] fraction) {
    BigDecimal value =
        BigDecimal.valueOf(fraction[0]).divide(BigDecimal.valueOf(fraction[1]), ORACLE);
    BigDecimal bound =
        BigDecimal.valueOf(t.numerator()).divide(BigDecimal.valueOf(t.denominator()), ORACLE);
    int sign = value.compareTo(bound);
    boolean expected =
        switch (t.comparison()) {
          case AT_LEAST -> sign >= 0;
          case AT_MOST -> sign <= 0;
          case EQUAL_TO -> sign == 0;
        };
    assertThat(t.isMetBy(fraction[0], fraction[1])).isEqualTo(expected);
  }

  /** Thresholds at the rate itself and just either side of it. */
  @Property
  void isMetBy_atTheRateAndJustEitherSide(
      @ForAll("fractions") long[] fraction, @ForAll Comparison comparison) {
    long num = fraction[0];
    long den = fraction[1];
    assertThat(new Threshold(comparison, num, den).isMetBy(num, den)).isTrue();
    // a threshold a hair above: num/den < (num·k + 1)/(den·k)
    Threshold above = new Threshold(comparison, num * 1000 + 1, den * 1000);
    assertThat(above.isMetBy(num, den)).isEqualTo(comparison == Comparison.AT_MOST);
    Assume.that(num > 0);
    Threshold below = new Threshold(comparison, num * 1000 - 1, den * 1000);
    assertThat(below.isMetBy(num, den)).isEqualTo(comparison == Comparison.AT_LEAST);
  }

  @Property
  void meets_sameAsScaledUpCounts(
      @ForAll("thresholds") Threshold t,
      @ForAll("fractions") long[] fraction,
      @ForAll @IntRange(min = 2, max = 1000) int factor) {
    Rate rate = Rate.of(fraction[0], fraction[1]);
    Rate scaled = Rate.of(fraction[0] * factor, fraction[1] * factor);
    assertThat(scaled.meets(t)).isEqualTo(rate.meets(t));
  }

  /**
   * Equality and hash, written out by hand, say what the record's components say: equal exactly
   * when comparison, numerator and denominator are, and equal thresholds hash alike (the fraction
   * is kept reduced, so 9/10 and 90/100 are one threshold).
   */
  @Property
  void equals_exactlyWhenTheComponentsAre(
      @ForAll("thresholds") Threshold a, @ForAll("thresholds") Threshold b) {
    boolean same =
        a.comparison() == b.comparison()
            && a.numerator() == b.numerator()
            && a.denominator() == b.denominator();
    assertThat(a.equals(b)).isEqualTo(same);
    assertThat(b.equals(a)).isEqualTo(same);
    Threshold copy = new Threshold(a.comparison(), a.numerator() * 3, a.denominator() * 3);
    assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
    Object nothing = null;
    assertThat(a.equals(nothing)).isFalse();
    assertThat(a.equals(a.comparison())).isFalse();
  }

  @Property
  void equals_sameFractionOtherComparison_isNotEqual(@ForAll("thresholds") Threshold a) {
    for (Comparison other : Comparison.values()) {
      Threshold t = new Threshold(other, a.numerator(), a.denominator());
      assertThat(t.equals(a)).isEqualTo(other == a.comparison());
    }
  }

  @Property
  void parse_ofToString_roundTrips(@ForAll("percentThresholds") Threshold t) {
    assertThat(Threshold.parse(t.toString())).isEqualTo(t);
  }

  @Property
  void percent_timesDenominator_isHundredTimesNumerator(@ForAll("percentThresholds") Threshold t) {
    assertThat(t.percent().multiply(BigDecimal.valueOf(t.denominator())))
        .isEqualByComparingTo(BigDecimal.valueOf(t.numerator() * 100));
  }

  @Property
  void new_isReducedAndKeepsItsValue(
      @ForAll("thresholds") Threshold t, @ForAll @IntRange(min = 1, max = 1000) int factor) {
    Threshold unreduced =
        new Threshold(t.comparison(), t.numerator() * factor, t.denominator() * factor);
    assertThat(unreduced).isEqualTo(t);
    assertThat(BigInteger.valueOf(t.numerator()).gcd(BigInteger.valueOf(t.denominator())))
        .isEqualTo(BigInteger.ONE);
  }
}
