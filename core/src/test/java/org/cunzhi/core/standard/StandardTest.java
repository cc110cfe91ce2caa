package org.cunzhi.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cunzhi.core.fixtures.SampleStandards;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.rule.ParameterValues;
import org.junit.jupiter.api.Test;

class StandardTest {
  @Test
  void fingerprint_equalDefinitions_equal() {
    assertThat(SampleStandards.village().fingerprint())
        .isEqualTo(SampleStandards.village().fingerprint())
        .startsWith("sha256:")
        .hasSize("sha256:".length() + 64);
  }

  @Test
  void fingerprint_changesWhenAValueChanges() {
    Standard a = SampleStandards.village();
    Standard b =
        SampleStandards.villageBuilder()
            .values(ParameterValues.none().with(TestParameters.WINDOW_YEARS, 4))
            .build();
    assertThat(b.fingerprint()).isNotEqualTo(a.fingerprint());
    Standard sameAsDefault =
        SampleStandards.villageBuilder()
            .values(ParameterValues.none().with(TestParameters.WINDOW_YEARS, 3))
            .build();
    assertThat(sameAsDefault.fingerprint()).isEqualTo(a.fingerprint());
  }

  @Test
  void fingerprint_changesWithVersionAndTitle() {
    Standard a = SampleStandards.village();
    assertThat(SampleStandards.villageBuilder().version("2026").build().fingerprint())
        .isNotEqualTo(a.fingerprint());
    assertThat(SampleStandards.villageBuilder().title("改", "changed").build().fingerprint())
        .isNotEqualTo(a.fingerprint());
  }

  @Test
  void values_undeclaredParameter_isRejected() {
    assertThatThrownBy(
            () ->
                SampleStandards.villageBuilder()
                    .parameters(java.util.List.of(TestParameters.WINDOW_YEARS))
                    .values(ParameterValues.none().with(TestParameters.NOTICE_DAYS, 7))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notice-days");
  }

  @Test
  void parameterValues_outOfRange_isRejected() {
    assertThatThrownBy(() -> ParameterValues.none().with(TestParameters.WINDOW_YEARS, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
