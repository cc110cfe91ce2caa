package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The kept and the digit-by-digit texts are {@code String.valueOf} and {@code toString}. */
class NumeralsProperties {

  @Property
  void number_isValueOf(@ForAll @LongRange(min = -10, max = 10_000) long n) {
    assertThat(Numerals.of(n)).isEqualTo(String.valueOf(n));
  }

  @Property
  void anyNumber_isValueOf(@ForAll long n) {
    assertThat(Numerals.of(n)).isEqualTo(String.valueOf(n));
  }

  @Test
  void number_atTheEdgesOfWhatIsKept() {
    assertThat(Numerals.of(-1)).isEqualTo("-1");
    assertThat(Numerals.of(0)).isEqualTo("0");
    assertThat(Numerals.of(4095)).isEqualTo("4095");
    assertThat(Numerals.of(4096)).isEqualTo("4096");
    assertThat(Numerals.of(Long.MIN_VALUE)).isEqualTo(String.valueOf(Long.MIN_VALUE));
    // kept: the same string the second time
    assertThat(Numerals.of(2025)).isSameAs(Numerals.of(2025));
  }

  @Property
  void date_isToString(
      @ForAll @IntRange(min = -20_000, max = 20_000) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int day) {
    LocalDate date = LocalDate.of(year, month, day);
    assertThat(Numerals.of(date)).isEqualTo(date.toString());
  }

  @Test
  void date_atTheEdgesOfFourDigitYears() {
    for (int year : new int[] {-1, 0, 999, 1000, 2025, 9999, 10_000}) {
      LocalDate date = LocalDate.of(year, 12, 31);
      assertThat(Numerals.of(date)).isEqualTo(date.toString());
    }
    assertThat(Numerals.of(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
    assertThat(Numerals.of(LocalDate.of(2025, 1, 1))).isEqualTo("2025-01-01");
  }
}
