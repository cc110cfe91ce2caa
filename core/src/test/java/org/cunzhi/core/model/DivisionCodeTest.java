package org.cunzhi.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DivisionCodeTest {

  @Test
  void parse_tianjinVillage_knowsItsPrefixes() {
    DivisionCode code = DivisionCode.parse("120119105201");
    assertThat(code.province()).isEqualTo("12");
    assertThat(code.prefecture()).isEqualTo("1201");
    assertThat(code.county()).isEqualTo("120119");
    assertThat(code.township()).isEqualTo("120119105");
    assertThat(code.startsWith("12")).isTrue();
    assertThat(code.startsWith("11")).isFalse();
  }

  @Test
  void parse_elevenOrThirteenDigits_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.parse("12011910520"));
    assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.parse("1201191052011"));
  }

  @Test
  void parse_nonAsciiDigit_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.parse("12011910520١"));
    assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.parse("12011910520a"));
  }
}
