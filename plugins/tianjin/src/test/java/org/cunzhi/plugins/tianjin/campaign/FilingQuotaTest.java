package org.cunzhi.plugins.tianjin.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilingQuotaTest {

  @ParameterizedTest(name = "{0} units file {1}")
  @CsvSource({
    "1, 1",
    "49, 1",
    "99, 1",
    "100, 1",
    "149, 1",
    "150, 2",
    "151, 2",
    "249, 2",
    "250, 3",
    "349, 3",
    "350, 4",
    "1000, 10",
    "1049, 10",
    "1050, 11"
  })
  void of_onePercentHalfUpAtLeastOne_TJ_C2(int units, int quota) {
    assertThat(FilingQuota.of(units).quota()).isEqualTo(quota);
    assertThat(FilingQuota.of(units).units()).isEqualTo(units);
  }

  @Test
  void of_noUnits_filesNone() {
    assertThat(FilingQuota.of(0).quota()).isZero();
  }

  @Test
  void of_largestCount_noOverflow() {
    assertThat(FilingQuota.of(Integer.MAX_VALUE).quota()).isEqualTo(21_474_836);
  }

  @Test
  void of_negative_refused() {
    assertThatThrownBy(() -> FilingQuota.of(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void constructor_wrongQuota_refused() {
    assertThatThrownBy(() -> new FilingQuota(150, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("150");
    assertThat(new FilingQuota(150, 2)).isEqualTo(FilingQuota.of(150));
  }
}
