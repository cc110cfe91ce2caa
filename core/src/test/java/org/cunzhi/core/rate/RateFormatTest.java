package org.cunzhi.core.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RateFormatTest {

  private static final RateFormat TWO = RateFormat.of(2, RoundingMode.HALF_UP);

  @Test
  void format_334of356_is93point82() {
    assertThat(TWO.format(Rate.of(334, 356))).isEqualTo("93.82");
    assertThat(RateFormat.of(0, RoundingMode.DOWN).format(Rate.of(334, 356))).isEqualTo("93");
  }

  @Test
  void format_undefined_throws() {
    assertThatIllegalStateException().isThrownBy(() -> TWO.format(Rate.of(0, 0)));
  }

  @Test
  void parse_whatFormatWrites_readsIt() {
    assertThat(TWO.parse("93.82")).isEqualTo(new BigDecimal("93.82"));
    assertThat(TWO.parse("0.00")).isEqualTo(new BigDecimal("0.00"));
    assertThat(TWO.parse("100.00")).isEqualTo(new BigDecimal("100.00"));
    assertThat(RateFormat.of(0, RoundingMode.HALF_UP).parse("94")).isEqualTo(new BigDecimal("94"));
  }

  @Test
  void parse_wrongNumberOfDecimals_isRejectedNamingTheText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TWO.parse("93.8"))
        .withMessage(
            "percent \"93.8\" is not a percent from 0 to 100 with 2 decimals such as"
                + " \"93.82\"");
    assertThatIllegalArgumentException().isThrownBy(() -> TWO.parse("93.821"));
    assertThatIllegalArgumentException().isThrownBy(() -> TWO.parse("93"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RateFormat.of(0, RoundingMode.HALF_UP).parse("94."));
  }

  @Test
  void parse_outsideZeroToHundred_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> TWO.parse("100.01"));
    assertThatIllegalArgumentException().isThrownBy(() -> TWO.parse("-0.01"));
  }

  @Test
  void parse_otherSpellings_areRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> TWO.parse("093.82"));
    assertThatIllegalArgumentException().isThrownBy(() -> TWO.parse(" 93.82"));
    assertThatIllegalArgumentException().isThrownBy(() -> TWO.parse("93,82"));
    assertThatIllegalArgumentException().isThrownBy(() -> TWO.parse("9.382E+1"));
    assertThatIllegalArgumentException().isThrownBy(() -> TWO.parse(".82"));
    assertThatIllegalArgumentException().isThrownBy(() -> TWO.parse(""));
    assertThatIllegalArgumentException().isThrownBy(() -> TWO.parse("٩٣.٨٢"));
  }

  @Test
  void of_badScaleOrRounding_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> RateFormat.of(-1, RoundingMode.HALF_UP));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RateFormat.of(2, RoundingMode.UNNECESSARY));
  }
}
