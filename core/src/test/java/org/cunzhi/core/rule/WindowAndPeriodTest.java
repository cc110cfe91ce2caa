package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WindowAndPeriodTest {
  @Test
  void ending_threeYears_isTheYearAndTheTwoBefore() {
    Window w = Window.ending(2025, 3);
    assertThat(w.years()).containsExactly(2023, 2024, 2025);
    assertThat(w.contains(LocalDate.of(2023, 1, 1))).isTrue();
    assertThat(w.contains(LocalDate.of(2022, 12, 31))).isFalse();
    assertThat(w.contains(2026)).isFalse();
    assertThat(w.text().en()).isEqualTo("2023–2025");
  }

  @Test
  void ending_zeroYears_isRejected() {
    assertThatThrownBy(() -> Window.ending(2025, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Window.ending(2025, 1).text().zh()).isEqualTo("2025年");
  }

  @Test
  void quarter_edges() {
    Period q2 = Period.of(2025, Cadence.QUARTERLY, 2);
    assertThat(q2.first()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(q2.last()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(q2.contains(LocalDate.of(2025, 3, 31))).isFalse();
    assertThat(q2.contains(LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(Period.containing(LocalDate.of(2025, 6, 30), Cadence.QUARTERLY)).isEqualTo(q2);
    assertThat(q2.text().zh()).isEqualTo("2025年第二季度");
    assertThat(q2.toString()).isEqualTo("2025-Q2");
  }

  @Test
  void month_february_endsOnTheLeapDay() {
    Period feb = Period.of(2024, Cadence.MONTHLY, 2);
    assertThat(feb.last()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(feb.quarter()).isEqualTo(1);
    assertThat(Period.of(2025, Cadence.HALF_YEARLY, 2).quarter()).isNull();
    assertThat(Period.allOf(2025, Cadence.MONTHLY)).hasSize(12);
  }

  @Test
  void of_indexOutOfRange_isRejected() {
    assertThatThrownBy(() -> Period.of(2025, Cadence.QUARTERLY, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Period.of(2025, Cadence.QUARTERLY, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
