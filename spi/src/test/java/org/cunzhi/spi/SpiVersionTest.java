package org.cunzhi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpiVersionTest {

  @Test
  void canRun_sameVersion_yes() {
    assertThat(SpiVersion.of(1, 2).canRun(SpiVersion.of(1, 2))).isTrue();
  }

  @Test
  void canRun_olderMinor_yes() {
    assertThat(SpiVersion.of(1, 2).canRun(SpiVersion.of(1, 1))).isTrue();
  }

  @Test
  void canRun_newerMinor_no() {
    assertThat(SpiVersion.of(1, 2).canRun(SpiVersion.of(1, 3))).isFalse();
  }

  @Test
  void canRun_otherMajor_no() {
    assertThat(SpiVersion.of(2, 0).canRun(SpiVersion.of(1, 0))).isFalse();
    assertThat(SpiVersion.of(1, 9).canRun(SpiVersion.of(2, 0))).isFalse();
  }

  @Test
  void parse_wellFormed_roundTrips() {
    assertThat(SpiVersion.parse("1.0")).isEqualTo(SpiVersion.of(1, 0));
    assertThat(SpiVersion.parse("12.34")).hasToString("12.34");
  }

  @Test
  void parse_malformed_throwsQuotingTheText() {
    assertThatThrownBy(() -> SpiVersion.parse("1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"1\"");
    assertThatThrownBy(() -> SpiVersion.parse("1.0.0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpiVersion.parse("v1.0")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_belowOneZero_rejected() {
    assertThatThrownBy(() -> SpiVersion.of(0, 9)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpiVersion.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void compareTo_majorThenMinor() {
    assertThat(SpiVersion.of(1, 9)).isLessThan(SpiVersion.of(2, 0));
    assertThat(SpiVersion.of(1, 1)).isGreaterThan(SpiVersion.of(1, 0));
  }

  @Test
  void providerContext_current_carriesTheHostVersion() {
    assertThat(ProviderContext.current().spiVersion()).isEqualTo(SpiVersion.CURRENT);
  }

  @Test
  void provider_defaultSpiVersion_isTheHostVersion() {
    StandardProvider provider = context -> java.util.List.of();

    assertThat(provider.spiVersion()).isEqualTo(SpiVersion.CURRENT);
  }
}
