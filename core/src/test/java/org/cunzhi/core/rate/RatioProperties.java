package org.cunzhi.core.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RatioProperties {

  @Provide
  Arbitrary<RoundingMode> roundingModes() {
    return Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY);
  }

  /** Births ÷ the mean of the two populations × 1000, the mean taken as an exact decimal. */
  @Property
  void crudeBirthRate_isBirthsPerThousandOfTheMeanPopulation(
      @ForAll @LongRange(max = 10_000_000) long births,
      @ForAll @LongRange(max = 1_000_000_000) long start,
      @ForAll @LongRange(max = 1_000_000_000) long end,
      @ForAll @IntRange(max = 6) int scale,
      @ForAll("roundingModes") RoundingMode rounding) {
    Ratio rate = Ratio.crudeBirthRate(births, start, end);
    assertThat(rate.isDefined()).isEqualTo(start + end > 0);
    if (rate.isDefined()) {
      BigDecimal mean = BigDecimal.valueOf(start + end).divide(BigDecimal.valueOf(2));
      BigDecimal expected =
          BigDecimal.valueOf(births)
              .multiply(BigDecimal.valueOf(1000))
              .divide(mean, scale, rounding);
      assertThat(rate.value(scale, rounding)).isEqualTo(expected);
    }
  }

  /** Male ÷ female, rounded two places further, then × 100: the same digits. */
  @Property
  void sexRatioAtBirth_isMalesPerHundredFemales(
      @ForAll @LongRange(max = 1_000_000_000) long male,
      @ForAll @LongRange(max = 1_000_000_000) long female,
      @ForAll @IntRange(max = 6) int scale,
      @ForAll("roundingModes") RoundingMode rounding) {
    Ratio ratio = Ratio.sexRatioAtBirth(male, female);
    assertThat(ratio.isDefined()).isEqualTo(female > 0);
    if (ratio.isDefined()) {
      BigDecimal expected =
          BigDecimal.valueOf(male)
              .divide(BigDecimal.valueOf(female), scale + 2, rounding)
              .movePointRight(2);
      assertThat(ratio.value(scale, rounding)).isEqualTo(expected);
    }
  }

  @Property
  void value_equalCounts_isTheMultiplier(
      @ForAll @LongRange(min = 1, max = 1_000_000_000) long count,
      @ForAll @LongRange(min = 1, max = 10_000) long multiplier) {
    assertThat(Ratio.of(count, count, multiplier).value(0, RoundingMode.UNNECESSARY))
        .isEqualTo(BigDecimal.valueOf(multiplier));
  }
}
