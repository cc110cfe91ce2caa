package org.cunzhi.plugins.tianjin.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FilingQuotaProperties {

  @Property
  void quota_isOnePercentRoundedHalfUp_atLeastOne(@ForAll @IntRange(min = 1) int units) {
    int expected =
        BigDecimal.valueOf(units)
            .movePointLeft(2)
            .setScale(0, RoundingMode.HALF_UP)
            .max(BigDecimal.ONE)
            .intValueExact();
    assertThat(FilingQuota.of(units).quota()).isEqualTo(expected);
  }

  @Property
  void quota_neverFallsAsUnitsGrow(@ForAll @IntRange(min = 0, max = 1_000_000) int units) {
    assertThat(FilingQuota.of(units + 1).quota())
        .isGreaterThanOrEqualTo(FilingQuota.of(units).quota());
  }
}
