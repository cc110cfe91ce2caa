package org.cunzhi.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DivisionCodeProperties {

  @Provide
  Arbitrary<DivisionCode> codes() {
    return Arbitraries.strings().numeric().ofLength(12).map(DivisionCode::parse);
  }

  @Property
  void parse_ofValue_roundTrips(@ForAll("codes") DivisionCode code) {
    assertThat(DivisionCode.parse(code.value())).isEqualTo(code);
    assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
  }

  @Property
  void prefixes_arePrefixesOfEachOther(@ForAll("codes") DivisionCode code) {
    assertThat(code.province()).hasSize(2);
    assertThat(code.prefecture()).hasSize(4).startsWith(code.province());
    assertThat(code.county()).hasSize(6).startsWith(code.prefecture());
    assertThat(code.township()).hasSize(9).startsWith(code.county());
    assertThat(code.value()).startsWith(code.township());
    assertThat(code.startsWith(code.province())).isTrue();
    assertThat(code.startsWith(code.township())).isTrue();
    assertThat(code.startsWith(code.value())).isTrue();
  }

  @Property
  void compareTo_agreesWithEquals(
      @ForAll("codes") DivisionCode a, @ForAll("codes") DivisionCode b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  @Property
  void parse_wrongLength_isRejected(@ForAll("digits") String text) {
    Assume.that(text.length() != DivisionCode.LENGTH);
    assertThat(DivisionCode.isWellFormed(text)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.parse(text));
  }

  @Property
  void parse_oneNonDigit_isRejected(
      @ForAll("codes") DivisionCode code,
      @ForAll @IntRange(max = 11) int position,
      @ForAll("nonDigits") char c) {
    StringBuilder text = new StringBuilder(code.value());
    text.setCharAt(position, c);
    assertThat(DivisionCode.isWellFormed(text)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.parse(text));
  }

  @Provide
  Arbitrary<String> digits() {
    return Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(24);
  }

  @Provide
  Arbitrary<Character> nonDigits() {
    return Arbitraries.chars().filter(c -> c < '0' || c > '9');
  }
}
