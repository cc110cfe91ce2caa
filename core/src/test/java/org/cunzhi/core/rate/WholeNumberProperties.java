package org.cunzhi.core.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Rate#formatPercent} and {@link Threshold#isMetBy}, written in {@code long} arithmetic
 * where it cannot overflow, give what their {@link BigDecimal} and {@link BigInteger} definitions
 * give, for counts up to {@link Long#MAX_VALUE}, every rounding mode and scale.
 */
class WholeNumberProperties {

  @Provide
  Arbitrary<Rate> rates() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, rateWithDenominatorUpTo(1_000)),
        Tuple.of(3, rateWithDenominatorUpTo(10_000_000)),
        Tuple.of(2, rateWithDenominatorUpTo(Long.MAX_VALUE / 1_000_000)),
        Tuple.of(1, rateWithDenominatorUpTo(Long.MAX_VALUE)));
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

  @Property(tries = 3_000)
  void formatPercent_isTheBigDecimalText(
      @ForAll("rates") Rate rate,
      @ForAll @IntRange(min = 0, max = 8) int scale,
      @ForAll("roundingModes") RoundingMode rounding) {
    assertThat(rate.formatPercent(scale, rounding))
        .isEqualTo(rate.percent(scale, rounding).toPlainString());
  }

  @Property(tries = 300)
  void formatPercent_ofEveryCountUpToHundred_isTheBigDecimalText(
      @ForAll @IntRange(min = 1, max = 100) int n,
      @ForAll @IntRange(min = 0, max = 3) int scale,
      @ForAll("roundingModes") RoundingMode rounding) {
    for (int x = 0; x <= n; x++) {
      Rate rate = Rate.of(x, n);
      assertThat(rate.formatPercent(scale, rounding))
          .as("%s", rate)
          .isEqualTo(rate.percent(scale, rounding).toPlainString());
    }
  }

  @Example
  void formatPercent_halves_roundAsTheirModeSays() {
    // 1/8 = 12.5%: a tie at scale 0
    assertThat(Rate.of(1, 8).formatPercent(0, RoundingMode.HALF_UP)).isEqualTo("13");
    assertThat(Rate.of(1, 8).formatPercent(0, RoundingMode.HALF_DOWN)).isEqualTo("12");
    assertThat(Rate.of(1, 8).formatPercent(0, RoundingMode.HALF_EVEN)).isEqualTo("12");
    assertThat(Rate.of(3, 8).formatPercent(0, RoundingMode.HALF_EVEN)).isEqualTo("38");
    assertThat(Rate.of(1, 3).formatPercent(2, RoundingMode.UP)).isEqualTo("33.34");
    assertThat(Rate.of(1, 3).formatPercent(2, RoundingMode.FLOOR)).isEqualTo("33.33");
  }

  @Provide
  Arbitrary<Threshold> thresholds() {
    Arbitrary<Long> denominators =
        Arbitraries.oneOf(
            Arbitraries.longs().between(1, 1_000), Arbitraries.longs().between(1, Long.MAX_VALUE));
    return denominators.flatMap(
        den ->
            Arbitraries.longs()
                .between(0, den)
                .flatMap(
                    num -> Arbitraries.of(Comparison.class).map(c -> new Threshold(c, num, den))));
  }

  @Property(tries = 3_000)
  void isMetBy_isTheBigIntegerComparison(
      @ForAll("thresholds") Threshold t, @ForAll("rates") Rate rate) {
    BigInteger left =
        BigInteger.valueOf(rate.numerator()).multiply(BigInteger.valueOf(t.denominator()));
    BigInteger right =
        BigInteger.valueOf(t.numerator()).multiply(BigInteger.valueOf(rate.denominator()));
    assertThat(t.isMetBy(rate.numerator(), rate.denominator()))
        .isEqualTo(t.comparison().holdsFor(left.compareTo(right)));
  }

  @Example
  void isMetBy_atTheThreshold_andJustUnder() {
    Threshold ninety = Threshold.atLeastPercent(90);
    assertThat(ninety.isMetBy(9, 10)).isTrue();
    assertThat(ninety.isMetBy(899_999_999, 1_000_000_000)).isFalse();
    // products past a long: 2^62 × 9 against 10 × 2^62 × 0.9
    long big = 1L << 62;
    assertThat(ninety.isMetBy(big / 10 * 9, big / 10)).isTrue();
    assertThat(ninety.isMetBy(big / 10 * 9 - 1, big / 10 * 10)).isFalse();
  }
}
