package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.Test;

/** The two standards' metadata, parameters and references. */
class StandardsTest {
  private static final Standard VILLAGE = Evaluations.VILLAGE;

  @Test
  void village_metadata() {
    assertThat(VILLAGE.id()).isEqualTo("tianjin.demonstration-village");
    assertThat(VILLAGE.version()).isEqualTo("2025");
    assertThat(VILLAGE.level()).isEqualTo(JurisdictionLevel.MUNICIPAL);
    assertThat(VILLAGE.purpose()).isEqualTo("demonstration");
    assertThat(VILLAGE.isEffectiveOn(LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(VILLAGE.isEffectiveOn(LocalDate.of(2024, 12, 31))).isFalse();
    assertThat(VILLAGE.title().zh()).contains("示范村");
    assertThat(VILLAGE.title().en()).contains("demonstration villages");
    assertThat(VILLAGE.documentNumber()).isEqualTo("天津市人口和计划生育基层群众自治示范活动实施方案");
  }

  @Test
  void village_appliesToTianjinVillagesOnly_D_ADM_2() {
    assertThat(VILLAGE.applicability().appliesTo(unit("120119105201", UnitKind.VILLAGE))).isTrue();
    assertThat(VILLAGE.applicability().appliesTo(unit("110119105201", UnitKind.VILLAGE))).isFalse();
    assertThat(VILLAGE.applicability().appliesTo(unit("120119105201", UnitKind.COMMUNITY)))
        .isFalse();
    assertThat(
            Evaluations.COMMUNITY
                .applicability()
                .appliesTo(unit("120101001001", UnitKind.COMMUNITY)))
        .isTrue();
  }

  private static Unit unit(String code, UnitKind kind) {
    return Unit.of(DivisionCode.parse(code), "x", kind);
  }

  @Test
  void village_criteriaCiteThePlanItemByItem() {
    for (int i = 1; i <= 9; i++) {
      Criterion c = VILLAGE.criteria().get(i - 1);
      assertThat(c.id()).isEqualTo("tianjin.village." + i);
      assertThat(c.reference().instrument()).isEqualTo("天津市人口和计划生育基层群众自治示范活动实施方案");
      assertThat(c.reference().article()).isEqualTo("四（二）" + i);
      assertThat(c.title().zh()).isNotBlank();
      assertThat(c.title().en()).isNotBlank();
    }
  }

  @Test
  void village_vetoesOnlyOnV8AndV9_S_3() {
    assertThat(VILLAGE.criteria())
        .filteredOn(Criterion::carriesVeto)
        .extracting(Criterion::id)
        .containsExactly("tianjin.village.8", "tianjin.village.9");
  }

  @Test
  void village_parametersHaveTheirDefaults_S_5() {
    assertThat(VILLAGE.parameters())
        .extracting(Parameter::key)
        .containsExactlyInAnyOrder(
            "window-years",
            "notice-days",
            "disclosure-cadence",
            "awareness-rate",
            "complaint-days",
            "contraceptive-rate",
            "policy-compliant-birth-rate",
            "late-term-weeks");
    assertThat(VILLAGE.valueOf(TianjinParameters.COMPLAINT_DAYS)).isEqualTo(3);
    assertThat(VILLAGE.valueOf(TianjinParameters.NOTICE_DAYS)).isEqualTo(7);
    assertThat(VILLAGE.valueOf(TianjinParameters.WINDOW_YEARS)).isEqualTo(3);
    assertThat(VILLAGE.valueOf(TianjinParameters.LATE_TERM_WEEKS)).isEqualTo(14);
    assertThat(
            TianjinParameters.AWARENESS_RATE.format(
                VILLAGE.valueOf(TianjinParameters.AWARENESS_RATE)))
        .isEqualTo(">= 90%");
    assertThat(
            TianjinParameters.CONTRACEPTIVE_RATE.format(
                VILLAGE.valueOf(TianjinParameters.CONTRACEPTIVE_RATE)))
        .isEqualTo(">= 90%");
    for (Parameter<?> p : VILLAGE.parameters()) {
      assertThat(p.description().zh()).isNotBlank();
      assertThat(p.description().en()).isNotBlank();
      assertThat(p.source().instrument()).isNotBlank();
    }
  }

  @Test
  void community_metadata() {
    Standard c = Evaluations.COMMUNITY;
    assertThat(c.id()).isEqualTo("tianjin.demonstration-community");
    assertThat(c.version()).isEqualTo("2025");
    assertThat(c.level()).isEqualTo(JurisdictionLevel.MUNICIPAL);
    assertThat(c.criteria())
        .extracting(Criterion::id)
        .containsExactly("tianjin.community.r1", "tianjin.community.r2");
    assertThat(c.parameters())
        .extracting(Parameter::key)
        .contains("satisfaction-rate", "participation-rate");
  }

  @Test
  void standards_fingerprintsStable() {
    assertThat(DemonstrationVillage.standard().fingerprint()).isEqualTo(VILLAGE.fingerprint());
    assertThat(DemonstrationCommunity.standard().fingerprint())
        .isEqualTo(Evaluations.COMMUNITY.fingerprint());
  }
}
