package org.cunzhi.core.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Rate#wilson95Rounded}, computed in {@code double} where its rounding is certain, prints
 * the digits of the exact 50-digit {@link Rate#wilson95} rounded the same way, over counts from one
 * to past 2⁵³, at the edges {@code x = 0} and {@code x = n}, and at every scale reports use.
 */
class WilsonRoundedProperties {

  @Provide
  Arbitrary<Rate> rates() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, rateWithDenominatorUpTo(1_000)),
        Tuple.of(4, rateWithDenominatorUpTo(1_000_000)),
        Tuple.of(1, rateWithDenominatorUpTo(1L << 53)),
        Tuple.of(1, rateWithDenominatorUpTo(Long.MAX_VALUE)),
        Tuple.of(1, Arbitraries.longs().between(1, 1_000_000).map(n -> Rate.of(0, n))),
        Tuple.of(1, Arbitraries.longs().between(1, 1_000_000).map(n -> Rate.of(n, n))),
        Tuple.of(1, Arbitraries.longs().between(1, 1_000_000).map(n -> Rate.of(1, n))),
        Tuple.of(1, Arbitraries.longs().between(1, 1_000_000).map(n -> Rate.of(n - 1, n))));
  }

  private static Arbitrary<Rate> rateWithDenominatorUpTo(long max) {
    return Arbitraries.longs()
        .between(1, max)
        .flatMap(den -> Arbitraries.longs().between(0, den).map(num -> Rate.of(num, den)));
  }

  @Property(tries = 5_000)
  void wilson95Rounded_printsTheDigitsOfTheExactInterval(
      @ForAll("rates") Rate rate, @ForAll @IntRange(min = 0, max = 7) int scale) {
    Interval exact = rate.wilson95().orElseThrow();
    Interval rounded = rate.wilson95Rounded(scale).orElseThrow();

    assertThat(printed(rounded, scale)).isEqualTo(printed(exact, scale));
    assertThat(rounded.lower()).isEqualByComparingTo(half(exact.lower(), scale));
    assertThat(rounded.upper()).isEqualByComparingTo(half(exact.upper(), scale));
  }

  @Property(tries = 300)
  void wilson95Rounded_ofEveryCountUpToTwoHundred_printsTheExactDigits(
      @ForAll @IntRange(min = 1, max = 200) int n) {
    for (int x = 0; x <= n; x++) {
      Rate rate = Rate.of(x, n);
      assertThat(printed(rate.wilson95Rounded(2).orElseThrow(), 2))
          .as("%s", rate)
          .isEqualTo(printed(rate.wilson95().orElseThrow(), 2));
    }
  }

  @Property(tries = 500)
  void fastPath_takesTheDoubleBoundsForOrdinaryCounts(
      @ForAll("smallRates") Rate rate, @ForAll @IntRange(min = 0, max = 6) int scale) {
    Interval fast = rate.fastWilson95Rounded(scale, Rate.WILSON_ERROR);
    // Near a half-unit the fast path declines (and the exact one answers, checked above); for
    // ordinary counts that is rare, and when it answers it is the exact rounding.
    if (fast != null) {
      assertThat(printed(fast, scale)).isEqualTo(printed(rate.wilson95().orElseThrow(), scale));
    }
  }

  @Provide
  Arbitrary<Rate> smallRates() {
    return rateWithDenominatorUpTo(100_000);
  }

  @Example
  void fastPath_answersFor334of356() {
    Interval fast = Rate.of(334, 356).fastWilson95Rounded(2, Rate.WILSON_ERROR);
    assertThat(fast).isNotNull();
    assertThat(fast == null ? null : printed(fast, 2)).isEqualTo("[90.82, 95.88]");
  }

  @Example
  void fastPath_declinesWhenTheErrorCouldCrossAHalfUnit() {
    // an error as wide as a whole unit leaves no rounding certain
    assertThat(Rate.of(334, 356).fastWilson95Rounded(2, 1e-4)).isNull();
  }

  @Example
  void fastPath_declinesPastTwoToTheFiftyThird_andTheExactPathAnswers() {
    Rate rate = Rate.of((1L << 53) + 1, (1L << 53) + 3);
    assertThat(rate.fastWilson95Rounded(2, Rate.WILSON_ERROR)).isNull();
    assertThat(printed(rate.wilson95Rounded(2).orElseThrow(), 2))
        .isEqualTo(printed(rate.wilson95().orElseThrow(), 2));
  }

  @Example
  void fastPath_declinesBeyondSixDecimals() {
    assertThat(Rate.of(334, 356).fastWilson95Rounded(7, Rate.WILSON_ERROR)).isNull();
    assertThat(Rate.of(334, 356).fastWilson95Rounded(6, Rate.WILSON_ERROR)).isNotNull();
  }

  @Example
  void wilson95Rounded_noneOfTen_startsAtZero_allOfTen_endsAtHundred() {
    assertThat(printed(Rate.of(0, 10).wilson95Rounded(2).orElseThrow(), 2))
        .isEqualTo("[0.00, 27.75]");
    assertThat(printed(Rate.of(10, 10).wilson95Rounded(2).orElseThrow(), 2))
        .isEqualTo("[72.25, 100.00]");
  }

  @Example
  void wilson95Rounded_undefinedRate_isEmpty() {
    assertThat(Rate.of(0, 0).wilson95Rounded(2)).isEqualTo(Optional.empty());
  }

  @Example
  void wilson95Rounded_negativeScale_isRefused() {
    assertThatThrownBy(() -> Rate.of(1, 2).wilson95Rounded(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  /** The bounds as reports print them: percent with {@code scale} decimals, half up. */
  private static String printed(Interval interval, int scale) {
    return "["
        + interval.lowerPercent(scale, RoundingMode.HALF_UP).toPlainString()
        + ", "
        + interval.upperPercent(scale, RoundingMode.HALF_UP).toPlainString()
        + "]";
  }

  private static java.math.BigDecimal half(java.math.BigDecimal proportion, int scale) {
    return proportion.setScale(scale + 2, RoundingMode.HALF_UP);
  }
}
