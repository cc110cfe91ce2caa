package org.cunzhi.core.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  void of_negativeOrZeroParts_areRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Ratio.of(-1, 10, 100));
    assertThatIllegalArgumentException().isThrownBy(() -> Ratio.of(1, -10, 100));
    assertThatIllegalArgumentException().isThrownBy(() -> Ratio.of(1, 10, 0));
    assertThat(Ratio.of(11, 10, 1).numerator()).isEqualTo(11); // not a proportion
  }

  @Test
  void crudeBirthRate_negativePopulation_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Ratio.crudeBirthRate(1, -1, 10));
    assertThatIllegalArgumentException().isThrownBy(() -> Ratio.crudeBirthRate(1, 10, -1));
    assertThatIllegalArgumentException().isThrownBy(() -> Ratio.crudeBirthRate(-1, 10, 10));
  }

  @Test
  void crudeBirthRate_populationOverflow_throws() {
    assertThatThrownBy(() -> Ratio.crudeBirthRate(1, Long.MAX_VALUE, 1))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void crudeBirthRate_twelveBirthsIn1000_isTwelvePerMille() {
    Ratio rate = Ratio.crudeBirthRate(12, 990, 1010);
    assertThat(rate.value(0, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("12"));
    assertThat(rate.format(2, RoundingMode.HALF_UP)).isEqualTo("12.00");
  }

  @Test
  void sexRatioAtBirth_tieAtLastDecimal_followsTheRoundingMode() {
    // 1 × 100 / 8 = 12.5
    Ratio ratio = Ratio.sexRatioAtBirth(1, 8);
    assertThat(ratio.value(0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("13"));
    assertThat(ratio.value(0, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("12"));
  }

  @Test
  void sexRatioAtBirth_106to100_is106() {
    assertThat(Ratio.sexRatioAtBirth(106, 100).format(1, RoundingMode.HALF_UP)).isEqualTo("106.0");
  }

  @Test
  void value_undefined_throws() {
    Ratio undefined = Ratio.sexRatioAtBirth(5, 0);
    assertThat(undefined.isDefined()).isFalse();
    assertThatIllegalStateException()
        .isThrownBy(() -> undefined.value(2, RoundingMode.HALF_UP))
        .withMessageContaining("undefined");
    assertThatIllegalStateException().isThrownBy(() -> undefined.format(2, RoundingMode.HALF_UP));
  }

  @Test
  void value_negativeScale_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Ratio.sexRatioAtBirth(5, 4).value(-1, RoundingMode.HALF_UP));
  }

  @Test
  void toString_showsTheParts() {
    assertThat(Ratio.crudeBirthRate(5, 400, 412)).hasToString("5 × 2000 / 812");
  }
}
