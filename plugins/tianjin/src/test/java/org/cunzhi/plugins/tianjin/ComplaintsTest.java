package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.plugins.tianjin.Evaluations.taiziWith;
import static org.cunzhi.plugins.tianjin.TaiziDossier.d;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.Reporter;
import org.cunzhi.core.rule.Outcome;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** TJ-V8: complaints handled (D-PROC-3), no unlawful fees, no petition or incident (veto, S-3). */
class ComplaintsTest {

  private static Complaint complaint(
      LocalDate received, @Nullable LocalDate investigated, @Nullable LocalDate published) {
    return new Complaint("C-1", received, investigated, published, false, Reporter.named());
  }

  private static CriterionResult complaints(Complaint... list) {
    return taiziWith(8, b -> b.complaints(List.of(list)));
  }

  private static CriterionResult incidents(Incident... list) {
    return taiziWith(8, b -> b.incidents(List.of(list)));
  }

  @Test
  void TJ_V8_investigatedOnTheThirdDay_passes_S_5() {
    CriterionResult r = complaints(complaint(d(2025, 4, 2), d(2025, 4, 5), d(2025, 4, 10)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.parameters()).containsEntry("complaint-days", "3");
  }

  @Test
  void TJ_V8_investigatedOnTheFourthDay_fails_S_5() {
    CriterionResult r = complaints(complaint(d(2025, 4, 2), d(2025, 4, 6), d(2025, 4, 10)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.vetoed()).isFalse();
    // the late complaint is listed by its ref, never by anything about its reporter
    assertThat(r.missed()).extracting(org.cunzhi.core.rule.Missed::period).containsExactly("C-1");
  }

  @Test
  void TJ_V8_onTime_listsNothingMissed() {
    CriterionResult r = complaints(complaint(d(2025, 4, 2), d(2025, 4, 5), d(2025, 4, 10)));
    assertThat(r.missed()).isEmpty();
  }

  @Test
  void TJ_V8_investigatedButNotPublished_listsTheRefForThePublication() {
    CriterionResult r = complaints(complaint(d(2025, 4, 2), d(2025, 4, 3), null));
    assertThat(r.missed()).extracting(org.cunzhi.core.rule.Missed::period).containsExactly("C-1");
    assertThat(r.missed().get(0).what().en()).isNotBlank();
  }

  @Test
  void TJ_V8_neverInvestigated_fails() {
    assertThat(complaints(complaint(d(2025, 4, 2), null, null)).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V8_outcomeNotPublished_fails() {
    assertThat(complaints(complaint(d(2025, 4, 2), d(2025, 4, 3), null)).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V8_lateComplaintOfThePreviousYear_notCounted() {
    assertThat(complaints(complaint(d(2024, 12, 1), d(2024, 12, 20), d(2024, 12, 28))).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V8_noComplaints_passes() {
    assertThat(complaints().outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V8_oneUnlawfulFee_failsWithoutVeto() {
    CriterionResult r = taiziWith(8, b -> b.unlawfulFeesOrFines(1));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.vetoed()).isFalse();
  }

  @Test
  void TJ_V8_collectivePetitionTwoYearsBack_vetoes_S_3() {
    CriterionResult r =
        incidents(new Incident(d(2023, 1, 1), IncidentKind.COLLECTIVE_PETITION, null, null));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.vetoed()).isTrue();
    assertThat(r.carriesVeto()).isTrue();
  }

  @Test
  void TJ_V8_collectivePetitionThreeYearsBack_outsideTheWindow_S_1() {
    assertThat(
            incidents(new Incident(d(2022, 12, 31), IncidentKind.COLLECTIVE_PETITION, null, null))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V8_seriousUnlawfulIncident_vetoesTheUnit_S_3() {
    EvaluationResult r =
        Evaluations.evaluate(
            TaiziDossier.taizi().toBuilder()
                .incidents(
                    List.of(
                        new Incident(
                            d(2025, 6, 1), IncidentKind.SERIOUS_UNLAWFUL_INCIDENT, null, null)))
                .build());
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(r.vetoed()).isTrue();
    assertThat(r.criterion("tianjin.village.8").orElseThrow().vetoed()).isTrue();
  }

  @Test
  void TJ_V8_vetoKindsOfV9_doNotCountHere() {
    assertThat(
            incidents(
                    new Incident(
                        d(2025, 6, 1), IncidentKind.NON_MEDICAL_SEX_DETERMINATION, null, null))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V8_lateComplaintAndPetition_failVetoed() {
    CriterionResult r =
        taiziWith(
            8,
            b ->
                b.complaints(List.of(complaint(d(2025, 4, 2), d(2025, 4, 9), d(2025, 4, 10))))
                    .incidents(
                        List.of(
                            new Incident(
                                d(2024, 3, 3), IncidentKind.COLLECTIVE_PETITION, null, null))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.vetoed()).isTrue();
  }

  @Test
  void TJ_V8_complaintRefsAndReportersNeverShown_S_6() {
    CriterionResult r =
        taiziWith(
            8,
            b ->
                b.complaints(
                    List.of(
                        new Complaint(
                            "C-2025-07",
                            d(2025, 4, 2),
                            d(2025, 4, 9),
                            null,
                            false,
                            Reporter.named()))));
    assertThat(Evaluations.text(r))
        .doesNotContain(TaiziDossier.REPORTER_NAME)
        .doesNotContain("redacted");
  }
}
