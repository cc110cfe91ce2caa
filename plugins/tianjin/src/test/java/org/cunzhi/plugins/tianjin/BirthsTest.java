package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.plugins.tianjin.Evaluations.taiziWith;
import static org.cunzhi.plugins.tianjin.TaiziDossier.d;

import java.util.ArrayList;
import java.util.List;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.ParameterValues;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** TJ-V9: rates in each year of the window (S-1), and the zero-tolerance incidents (S-3). */
class BirthsTest {

  /** Taizi's years with 2024 replaced. */
  private static List<YearStatistics> with2024(int women, int users, Births births) {
    List<YearStatistics> years = new ArrayList<>(TaiziDossier.years());
    YearStatistics y = years.get(1);
    years.set(
        1, new YearStatistics(2024, y.population(), women, users, births, null, y.fundingYuan()));
    return years;
  }

  private static CriterionResult years(List<YearStatistics> years) {
    return taiziWith(9, b -> b.years(years));
  }

  private static CriterionResult incidents(Incident... list) {
    return taiziWith(9, b -> b.incidents(List.of(list)));
  }

  private static final Births TAIZI_2024 = new Births(13, 13, 6, 7);

  @Test
  void TJ_V9_contraceptiveRateExactly90Percent_passes_D_RATE_6() {
    assertThat(years(with2024(350, 315, TAIZI_2024)).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V9_contraceptiveRateJustUnder90Percent_failsWithGap_D_RATE_6() {
    CriterionResult r = years(with2024(350, 314, TAIZI_2024));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.vetoed()).isFalse();
    assertThat(r.remedies())
        .anySatisfy(
            x -> {
              assertThat(x.kind()).isEqualTo(Remedy.Kind.INCREASE_COUNT);
              assertThat(x.year()).isEqualTo(2024);
              assertThat(x.amount()).isEqualTo(1);
            });
  }

  @Test
  void TJ_V9_oneNonCompliantBirth_fails_D_RATE_2() {
    assertThat(years(with2024(356, 334, new Births(13, 12, 6, 7))).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V9_yearWithoutBirths_breaksNothing_S_1() {
    assertThat(years(with2024(356, 334, new Births(0, 0, 0, 0))).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V9_yearWithoutMarriedWomen_breaksNothing_S_1() {
    assertThat(years(with2024(0, 0, TAIZI_2024)).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V9_missingYear_insufficient_S_1() {
    CriterionResult r = years(TaiziDossier.years().subList(1, 3));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void TJ_V9_missingYearAndFailingYear_fails_S_1() {
    List<YearStatistics> years = with2024(350, 314, TAIZI_2024).subList(1, 3);
    assertThat(years(years).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V9_yearsNotPooled_S_1() {
    // 2023 at 352/352 would lift a pooled rate over 90%; 2024 alone is under.
    List<YearStatistics> years = new ArrayList<>(with2024(350, 314, TAIZI_2024));
    YearStatistics y = years.get(0);
    years.set(
        0, new YearStatistics(2023, y.population(), 352, 352, y.births(), null, y.fundingYuan()));
    assertThat(years(years).outcome()).isEqualTo(Outcome.FAIL);
  }

  @ParameterizedTest
  @EnumSource(
      value = IncidentKind.class,
      names = {
        "NON_MEDICAL_SEX_DETERMINATION",
        "SEX_SELECTIVE_ABORTION",
        "FEMALE_INFANT_ABANDONMENT"
      })
  void TJ_V9_zeroToleranceIncident_vetoes_S_3(IncidentKind kind) {
    boolean abortion = kind == IncidentKind.SEX_SELECTIVE_ABORTION;
    CriterionResult r =
        incidents(
            new Incident(
                d(2023, 5, 1), kind, abortion ? 10 : null, abortion ? Boolean.TRUE : null));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.vetoed()).isTrue();
  }

  @Test
  void TJ_V9_inducedAbortionAt14Weeks_vetoes_D_RATE_8() {
    CriterionResult r =
        incidents(new Incident(d(2025, 3, 1), IncidentKind.INDUCED_ABORTION, 14, false));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.vetoed()).isTrue();
    assertThat(r.parameters()).containsEntry("late-term-weeks", "14");
  }

  @Test
  void TJ_V9_inducedAbortionAt13Weeks_notLateTerm_D_RATE_8() {
    assertThat(
            incidents(new Incident(d(2025, 3, 1), IncidentKind.INDUCED_ABORTION, 13, false))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V9_lateInducedAbortionForAMedicalReason_notCounted() {
    assertThat(
            incidents(new Incident(d(2025, 3, 1), IncidentKind.INDUCED_ABORTION, 24, true))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V9_incidentBeforeTheWindow_notCounted_S_1() {
    assertThat(
            incidents(
                    new Incident(
                        d(2022, 12, 31), IncidentKind.FEMALE_INFANT_ABANDONMENT, null, null))
                .outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(
            incidents(
                    new Incident(d(2023, 1, 1), IncidentKind.FEMALE_INFANT_ABANDONMENT, null, null))
                .outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V9_petitionIsV8sVeto_notV9s() {
    assertThat(
            incidents(new Incident(d(2025, 3, 1), IncidentKind.COLLECTIVE_PETITION, null, null))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V9_vetoWithMissingYear_stillFailsVetoed() {
    CriterionResult r =
        taiziWith(
            9,
            b ->
                b.years(TaiziDossier.years().subList(1, 3))
                    .incidents(
                        List.of(
                            new Incident(
                                d(2024, 8, 14), IncidentKind.INDUCED_ABORTION, 20, false))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.vetoed()).isTrue();
  }

  @Test
  void TJ_V9_windowTailoredToFourYears_needs2022_S_1() {
    Standard fourYears =
        Evaluations.VILLAGE.toBuilder()
            .values(ParameterValues.none().with(TianjinParameters.WINDOW_YEARS, 4))
            .build();
    EvaluationResult r = Evaluations.evaluate(fourYears, TaiziDossier.taizi());
    assertThat(r.criterion("tianjin.village.9").orElseThrow().outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void TJ_V9_lateTermTailoredTo20Weeks_19IsNotLate_S_5() {
    Standard twenty =
        Evaluations.VILLAGE.toBuilder()
            .values(ParameterValues.none().with(TianjinParameters.LATE_TERM_WEEKS, 20))
            .build();
    EvaluationResult r =
        Evaluations.evaluate(
            twenty,
            TaiziDossier.taizi().toBuilder()
                .incidents(
                    List.of(new Incident(d(2025, 3, 1), IncidentKind.INDUCED_ABORTION, 19, false)))
                .build());
    assertThat(r.criterion("tianjin.village.9").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
  }
}
