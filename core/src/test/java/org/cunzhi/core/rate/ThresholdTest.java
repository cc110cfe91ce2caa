package org.cunzhi.core.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ThresholdTest {

  @Test
  void parse_atLeastNinety_isNineTenths() {
    Threshold t = Threshold.parse(">= 90%");
    assertThat(t).isEqualTo(Threshold.atLeastPercent(90));
    assertThat(t.comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(t.numerator()).isEqualTo(9);
    assertThat(t.denominator()).isEqualTo(10);
  }

  @Test
  void parse_allForms_areRead() {
    assertThat(Threshold.parse("<= 5%")).isEqualTo(new Threshold(Comparison.AT_MOST, 5, 100));
    assertThat(Threshold.parse("== 100%")).isEqualTo(Threshold.all());
    assertThat(Threshold.parse(" >=92.5 % "))
        .isEqualTo(Threshold.atLeastPercent(new BigDecimal("92.5")));
  }

  @Test
  void parse_malformed_isRejectedNamingTheText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Threshold.parse("90%"))
        .withMessageContaining("\"90%\"");
    assertThatIllegalArgumentException().isThrownBy(() -> Threshold.parse("> 90%"));
    assertThatIllegalArgumentException().isThrownBy(() -> Threshold.parse(">= 90"));
    assertThatIllegalArgumentException().isThrownBy(() -> Threshold.parse(">= ninety%"));
    assertThatIllegalArgumentException().isThrownBy(() -> Threshold.parse(">= -5%"));
    assertThatIllegalArgumentException().isThrownBy(() -> Threshold.parse(""));
  }

  @Test
  void new_unreducedFraction_isReduced() {
    assertThat(new Threshold(Comparison.AT_LEAST, 18, 20)).isEqualTo(Threshold.atLeastPercent(90));
  }

  @Test
  void new_zeroDenominator_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Threshold(Comparison.AT_LEAST, 1, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Threshold(Comparison.AT_LEAST, -1, 10));
  }

  @Test
  void toString_printsAsReportsDo() {
    assertThat(Threshold.atLeastPercent(90)).hasToString(">= 90%");
    assertThat(Threshold.atLeastPercent(new BigDecimal("92.50"))).hasToString(">= 92.5%");
    assertThat(Threshold.all()).hasToString("== 100%");
    assertThat(Threshold.parse("<= 0.5%")).hasToString("<= 0.5%");
  }

  @Test
  void isMetBy_atLeastNinety_atAndJustUnder() {
    Threshold t = Threshold.atLeastPercent(90);
    assertThat(t.isMetBy(90, 100)).isTrue();
    assertThat(t.isMetBy(89, 100)).isFalse();
    assertThat(t.isMetBy(899_999, 1_000_000)).isFalse();
  }

  @Test
  void isMetBy_atMostFive_atAndJustOver() {
    Threshold t = Threshold.parse("<= 5%");
    assertThat(t.isMetBy(5, 100)).isTrue();
    assertThat(t.isMetBy(0, 100)).isTrue();
    assertThat(t.isMetBy(6, 100)).isFalse();
    assertThat(t.isMetBy(50_001, 1_000_000)).isFalse();
  }

  @Test
  void isMetBy_equalTo_onlyExactly() {
    Threshold half = Threshold.ofPercent(Comparison.EQUAL_TO, new BigDecimal("50"));
    assertThat(half.isMetBy(2, 4)).isTrue();
    assertThat(half.isMetBy(1, 3)).isFalse();
    assertThat(half.isMetBy(2, 3)).isFalse();
  }

  @Test
  void isMetBy_largeCounts_doNotOverflow() {
    Threshold t = Threshold.atLeastPercent(90);
    long den = Long.MAX_VALUE;
    long justEnough = den / 10 * 9 + 7; // 0.9 × (2^63 − 1) = ... .3, rounded up
    assertThat(t.isMetBy(justEnough, den)).isTrue();
    assertThat(t.isMetBy(justEnough - 1, den)).isFalse();
  }

  @Test
  void isMetBy_zeroDenominator_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Threshold.atLeastPercent(90).isMetBy(0, 0));
  }

  @Test
  void percent_ofFraction_isExactWhenItTerminates() {
    assertThat(new Threshold(Comparison.AT_LEAST, 37, 40).percent())
        .isEqualByComparingTo(new BigDecimal("92.5"));
  }
}
