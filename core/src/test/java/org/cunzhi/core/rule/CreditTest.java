package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditTest {
  @Test
  void of_reducesToLowestTerms() {
    assertThat(Credit.of(2, 4)).isEqualTo(Credit.of(1, 2));
    assertThat(Credit.of(0, 7)).isEqualTo(Credit.none());
    assertThat(Credit.of(5, 5)).isEqualTo(Credit.full());
  }

  @Test
  void of_outsideZeroToOne_isRejected() {
    assertThatThrownBy(() -> Credit.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Credit.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Credit.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mean_isExact() {
    assertThat(Credit.mean(List.of(Credit.of(1, 3), Credit.full()))).isEqualTo(Credit.of(2, 3));
    assertThat(Credit.mean(List.of(Credit.none(), Credit.full(), Credit.full())))
        .isEqualTo(Credit.of(2, 3));
  }

  @Test
  void toBigDecimal_terminatingIsExact() {
    assertThat(Credit.of(3, 8).toBigDecimal()).isEqualByComparingTo(new BigDecimal("0.375"));
    assertThat(Credit.of(1, 3).toBigDecimal()).isEqualByComparingTo(new BigDecimal("0.3333333333"));
  }

  @Test
  void checkResult_defaultCredit_fullForPassNoneForFailAbsentOtherwise() {
    Reason why = new Reason("k", LocalizedText.of("z", "e"));
    assertThat(CheckResult.pass(why).credit()).contains(Credit.full());
    assertThat(CheckResult.fail(why).credit()).contains(Credit.none());
    assertThat(CheckResult.insufficient(why).credit()).isEmpty();
    assertThat(CheckResult.fail(why).withCredit(Credit.of(1, 2)).credit())
        .contains(Credit.of(1, 2));
    assertThatThrownBy(() -> CheckResult.notApplicable(why).withCredit(Credit.full()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
