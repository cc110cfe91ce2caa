package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.Section;
import org.junit.jupiter.api.Test;

/** TJ-V8, TJ-V9, D-RATE-8, S-3. */
class IncidentChecksTest {
  private static final Check ZERO_TOLERANCE =
      Checks.noIncidents(
          TestParameters.WINDOW_YEARS,
          TestParameters.LATE_TERM_WEEKS,
          IncidentKind.NON_MEDICAL_SEX_DETERMINATION,
          IncidentKind.SEX_SELECTIVE_ABORTION,
          IncidentKind.FEMALE_INFANT_ABANDONMENT,
          IncidentKind.INDUCED_ABORTION);

  private static final Check PETITIONS =
      Checks.noIncidents(
          TestParameters.WINDOW_YEARS,
          IncidentKind.COLLECTIVE_PETITION,
          IncidentKind.SERIOUS_UNLAWFUL_INCIDENT);

  private static Dossier with(Incident... incidents) {
    return Dossiers.complete().toBuilder().incidents(List.of(incidents)).build();
  }

  private static Incident abortion(LocalDate date, int weeks, boolean medical) {
    return new Incident(date, IncidentKind.INDUCED_ABORTION, weeks, medical);
  }

  private static Incident petition(LocalDate date) {
    return new Incident(date, IncidentKind.COLLECTIVE_PETITION, null, null);
  }

  @Test
  void noIncidents_none_passesNamingTheWindow() {
    CheckResult r = TestContext.checked(PETITIONS, TestContext.of(with()));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.reasons().get(0).text().zh()).startsWith("2023—2025年未发生以下情形：");
  }

  @Test
  void noIncidents_onFirstDayOfWindow_fails_dayBefore_passes() {
    assertThat(
            TestContext.checked(PETITIONS, TestContext.of(with(petition(LocalDate.of(2023, 1, 1)))))
                .outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(
            TestContext.checked(
                    PETITIONS, TestContext.of(with(petition(LocalDate.of(2022, 12, 31)))))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void noIncidents_countsByYearAndKind() {
    CheckResult r =
        TestContext.checked(
            PETITIONS,
            TestContext.of(
                with(
                    petition(LocalDate.of(2025, 3, 1)),
                    petition(LocalDate.of(2024, 3, 1)),
                    petition(LocalDate.of(2024, 5, 1)))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons())
        .extracting(x -> x.text().en())
        .containsExactly(
            "2024: 2 case(s) of collective petition over family planning.",
            "2025: 1 case(s) of collective petition over family planning.");
  }

  @Test
  void lateTerm_fourteenWeeksWithoutMedicalReason_fails_thirteen_passes() {
    CheckResult r =
        TestContext.checked(
            ZERO_TOLERANCE, TestContext.of(with(abortion(LocalDate.of(2024, 6, 1), 14, false))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(
            ZERO_TOLERANCE
                .check(TestContext.of(with(abortion(LocalDate.of(2024, 6, 1), 13, false))))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void lateTerm_withMedicalReason_passes() {
    assertThat(
            ZERO_TOLERANCE
                .check(TestContext.of(with(abortion(LocalDate.of(2024, 6, 1), 20, true))))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void lateTerm_reasonNeverShowsTheGestationOrDate() {
    CheckResult r =
        TestContext.checked(
            ZERO_TOLERANCE, TestContext.of(with(abortion(LocalDate.of(2024, 6, 17), 23, false))));
    assertThat(r.reasons())
        .allSatisfy(
            x -> {
              assertThat(x.text().zh()).doesNotContain("23").doesNotContain("06-17");
              assertThat(x.text().en()).doesNotContain("23").doesNotContain("06-17");
            });
  }

  @Test
  void lateTerm_weeksParameter_isReadAndRecorded() {
    TestContext context =
        TestContext.of(
            with(abortion(LocalDate.of(2024, 6, 1), 14, false)),
            ParameterValues.none().with(TestParameters.LATE_TERM_WEEKS, 16));
    assertThat(TestContext.checked(ZERO_TOLERANCE, context).outcome()).isEqualTo(Outcome.PASS);
    assertThat(context.read).containsEntry("late-term-weeks", "16").containsKey("window-years");
  }

  @Test
  void noIncidents_otherKindsIgnored() {
    assertThat(
            PETITIONS
                .check(TestContext.of(with(abortion(LocalDate.of(2024, 6, 1), 30, false))))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void noIncidents_sectionAbsent_isInsufficient() {
    Dossier d = Dossiers.complete().toBuilder().without(Section.INCIDENTS).build();
    assertThat(TestContext.checked(PETITIONS, TestContext.of(d)).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void noIncidents_inducedAbortionWithoutLateTermWeeks_isRejected() {
    assertThatThrownBy(
            () -> Checks.noIncidents(TestParameters.WINDOW_YEARS, IncidentKind.INDUCED_ABORTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("late-term");
  }
}
