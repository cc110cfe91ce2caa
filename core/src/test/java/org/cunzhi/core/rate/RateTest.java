package org.cunzhi.core.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateTest {

  private static final Threshold NINETY = Threshold.atLeastPercent(90);

  @Test
  void of_numeratorAboveDenominator_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Rate.of(11, 10));
    assertThat(Rate.of(10, 10).numerator()).isEqualTo(10);
  }

  @Test
  void of_negativeNumerator_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Rate.of(-1, 10));
  }

  @Test
  void meets_nineOfTen_meetsNinetyPercent() {
    assertThat(Rate.of(9, 10).meets(NINETY)).isTrue();
  }

  @Test
  void meets_eightOfTen_missesNinetyPercent() {
    assertThat(Rate.of(8, 10).meets(NINETY)).isFalse();
  }

  @Test
  void meets_321of356_meetsNinetyPercentAnd320DoesNot() {
    // 90% of 356 is 320.4
    assertThat(Rate.of(321, 356).meets(NINETY)).isTrue();
    assertThat(Rate.of(320, 356).meets(NINETY)).isFalse();
  }

  @Test
  void meets_undefinedRate_throws() {
    assertThatIllegalStateException().isThrownBy(() -> Rate.of(0, 0).meets(NINETY));
  }

  @Test
  void meets_all_onlyByEveryOne() {
    assertThat(Rate.of(10, 10).meets(Threshold.all())).isTrue();
    assertThat(Rate.of(9, 10).meets(Threshold.all())).isFalse();
  }

  @Test
  void gapTo_318of356_isThree() {
    assertThat(Rate.of(318, 356).gapTo(NINETY)).hasValue(3);
    assertThat(Rate.of(320, 356).gapTo(NINETY)).hasValue(1);
    assertThat(Rate.of(321, 356).gapTo(NINETY)).hasValue(0);
  }

  @Test
  void gapTo_undefinedRate_isEmpty() {
    assertThat(Rate.of(0, 0).gapTo(NINETY)).isEmpty();
  }

  @Test
  void gapTo_atMostAlreadyExceeded_isEmpty() {
    Threshold atMostFive = Threshold.parse("<= 5%");
    assertThat(Rate.of(6, 100).gapTo(atMostFive)).isEmpty();
    assertThat(Rate.of(5, 100).gapTo(atMostFive)).hasValue(0);
  }

  @Test
  void gapTo_unreachableThreshold_isEmpty() {
    assertThat(Rate.of(10, 10).gapTo(Threshold.atLeastPercent(101))).isEmpty();
    // 50% of 3 people: exactly half cannot be reached with whole people
    Threshold half = Threshold.ofPercent(Comparison.EQUAL_TO, BigDecimal.valueOf(50));
    assertThat(Rate.of(1, 3).gapTo(half)).isEmpty();
    assertThat(Rate.of(1, 4).gapTo(half)).hasValue(1);
  }

  @Test
  void gapTo_equalToAValueAlreadyPassed_isEmptyNotNegative() {
    Threshold none = Threshold.ofPercent(Comparison.EQUAL_TO, BigDecimal.ZERO);
    assertThat(Rate.of(1, 1).gapTo(none)).isEmpty();
    assertThat(Rate.of(0, 1).gapTo(none)).hasValue(0);
    Threshold half = Threshold.ofPercent(Comparison.EQUAL_TO, BigDecimal.valueOf(50));
    assertThat(Rate.of(3, 4).gapTo(half)).isEmpty();
  }

  @Test
  void percent_334of356_is93point82() {
    assertThat(Rate.of(334, 356).percent(2, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("93.82"));
    assertThat(Rate.of(334, 356).formatPercent(2, RoundingMode.HALF_UP)).isEqualTo("93.82");
  }

  @Test
  void percent_exactTie_followsTheRoundingMode() {
    Rate eighth = Rate.of(1, 8); // 12.5%
    assertThat(eighth.percent(0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("13"));
    assertThat(eighth.percent(0, RoundingMode.HALF_DOWN)).isEqualTo(new BigDecimal("12"));
    assertThat(eighth.percent(0, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("12"));
    assertThat(eighth.percent(1, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("12.5"));
  }

  @Test
  void percent_justUnderATie_roundsDownEvenHalfUp() {
    // 12499/100000 = 12.499%: HALF_UP at one decimal gives 12.5, at none 12
    Rate rate = Rate.of(12499, 100000);
    assertThat(rate.percent(0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("12"));
    assertThat(rate.percent(1, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("12.5"));
  }

  @Test
  void percent_inexactWithUnnecessary_throws() {
    assertThatThrownBy(() -> Rate.of(1, 3).percent(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void percent_negativeScale_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rate.of(1, 3).percent(-1, RoundingMode.HALF_UP));
  }

  @Test
  void percent_undefinedRate_isNeitherZeroNorHundred() {
    Rate undefined = Rate.of(0, 0);
    assertThat(undefined.isDefined()).isFalse();
    assertThatIllegalStateException()
        .isThrownBy(() -> undefined.percent(2, RoundingMode.HALF_UP))
        .withMessageContaining("undefined");
    assertThatIllegalStateException()
        .isThrownBy(() -> undefined.formatPercent(2, RoundingMode.HALF_UP));
    assertThatIllegalStateException().isThrownBy(() -> undefined.permille(2, RoundingMode.HALF_UP));
  }

  @Test
  void formatPercent_edges_keepTheirDecimals() {
    assertThat(Rate.of(0, 5).formatPercent(2, RoundingMode.HALF_UP)).isEqualTo("0.00");
    assertThat(Rate.of(5, 5).formatPercent(2, RoundingMode.HALF_UP)).isEqualTo("100.00");
    assertThat(Rate.of(334, 356).formatPercent(0, RoundingMode.HALF_UP)).isEqualTo("94");
    assertThat(Rate.of(1, 1_000_000_000).formatPercent(2, RoundingMode.HALF_UP)).isEqualTo("0.00");
  }

  @Test
  void permille_oneThird_is333point3() {
    assertThat(Rate.of(1, 3).permille(1, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("333.3"));
    assertThat(Rate.of(1, 8).permille(0, RoundingMode.UNNECESSARY))
        .isEqualTo(new BigDecimal("125"));
  }

  @Test
  void wilson95_334of356_is90point82to95point88() {
    Interval interval = Rate.of(334, 356).wilson95().orElseThrow();
    assertThat(interval.lowerPercent(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("90.82"));
    assertThat(interval.upperPercent(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("95.88"));
    MathContext twenty = new MathContext(20);
    assertThat(interval.lower().round(twenty)).isEqualTo(new BigDecimal("0.90820960255213590182"));
    assertThat(interval.upper().round(twenty)).isEqualTo(new BigDecimal("0.95883890548391808542"));
  }

  @Test
  void wilson95_noneOfTen_startsAtExactlyZero() {
    Interval interval = Rate.of(0, 10).wilson95().orElseThrow();
    assertThat(interval.lower()).isZero();
    // upper = z² / (n + z²)
    assertThat(interval.upperPercent(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("27.75"));
  }

  @Test
  void wilson95_allOfTen_endsAtExactlyOne() {
    Interval interval = Rate.of(10, 10).wilson95().orElseThrow();
    assertThat(interval.upper()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(interval.lowerPercent(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("72.25"));
  }

  @Test
  void wilson95_oneOfOne_isWideButInsideTheUnitInterval() {
    Interval interval = Rate.of(1, 1).wilson95().orElseThrow();
    assertThat(interval.lower()).isBetween(new BigDecimal("0.2065"), new BigDecimal("0.2066"));
    assertThat(interval.contains(Rate.of(1, 1))).isTrue();
  }

  @Test
  void wilson95_undefinedRate_isEmpty() {
    assertThat(Rate.of(0, 0).wilson95()).isEmpty();
  }

  @Test
  void pool_addsNumeratorsAndDenominators() {
    assertThat(Rate.pool(List.of(Rate.of(9, 10), Rate.of(1, 10)))).isEqualTo(Rate.of(10, 20));
    // not the average of 90% and 50%
    assertThat(Rate.pool(List.of(Rate.of(9, 10), Rate.of(1, 2)))).isEqualTo(Rate.of(10, 12));
  }

  @Test
  void pool_undefinedPart_addsNothing() {
    assertThat(Rate.pool(List.of(Rate.of(0, 0), Rate.of(3, 4)))).isEqualTo(Rate.of(3, 4));
  }

  @Test
  void pool_empty_isUndefined() {
    assertThat(Rate.pool(List.of()).isDefined()).isFalse();
  }

  @Test
  void pool_overflow_throws() {
    Rate big = Rate.of(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThatThrownBy(() -> Rate.pool(List.of(big, Rate.of(1, 1))))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void toString_isTheFraction() {
    assertThat(Rate.of(334, 356)).hasToString("334/356");
  }
}
