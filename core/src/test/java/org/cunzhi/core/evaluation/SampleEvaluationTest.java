package org.cunzhi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.fixtures.SampleStandards;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.DifficultFamilies;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.ParameterValues;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.Test;

/** The evaluator on a standard written with the shared checks: S-2, S-3, S-4, determinism. */
class SampleEvaluationTest {
  private static final Standard STANDARD = SampleStandards.village();
  private static final Evaluator EVALUATOR = Evaluator.create();

  private static EvaluationResult evaluate(Dossier d) {
    return Decided.evaluate(EVALUATOR, STANDARD, d);
  }

  private static Dossier lateTermAbortionIn2024() {
    return Dossiers.complete().toBuilder()
        .incidents(
            List.of(
                new Incident(LocalDate.of(2024, 8, 2), IncidentKind.INDUCED_ABORTION, 20, false)))
        .years(
            List.of(
                Dossiers.year(2023, 330, 352),
                Dossiers.year(2024, 318, 356),
                Dossiers.year(2025, 340, 360)))
        .build();
  }

  private static Dossier missing2023() {
    return Dossiers.complete().toBuilder()
        .years(List.of(Dossiers.year(2024, 334, 356), Dossiers.year(2025, 340, 360)))
        .build();
  }

  @Test
  void complete_meets_everyCriterionPasses() {
    EvaluationResult r = evaluate(Dossiers.complete());
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(r.criteria()).extracting(CriterionResult::outcome).containsOnly(Outcome.PASS);
    assertThat(r.vetoed()).isFalse();
    assertThat(r.notes()).isEmpty();
    assertThat(r.criteria()).allSatisfy(c -> assertThat(c.remedies()).isEmpty());
    assertThat(r.score()).isEmpty();
    assertThat(r.scoreCard()).isNull();
  }

  @Test
  void rates_resultShowsMeasuresAndTheParametersRead() {
    CriterionResult v9 = evaluate(Dossiers.complete()).criterion("sample.village.9").orElseThrow();
    assertThat(v9.measures()).hasSize(6);
    assertThat(v9.parameters())
        .containsEntry("contraceptive-rate", ">= 90%")
        .containsEntry("policy-compliant-birth-rate", "== 100%")
        .containsEntry("window-years", "3")
        .containsEntry("late-term-weeks", "14");
    assertThat(v9.carriesVeto()).isTrue();
  }

  @Test
  void lateTermAbortion_vetoes_andTheRateGapIsShown() {
    EvaluationResult r = evaluate(lateTermAbortionIn2024());
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(r.vetoed()).isTrue();
    CriterionResult v9 = r.criterion("sample.village.9").orElseThrow();
    assertThat(v9.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(v9.vetoed()).isTrue();
    assertThat(v9.remedies())
        .filteredOn(m -> m.kind() == Remedy.Kind.INCREASE_COUNT)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.year()).isEqualTo(2024);
              assertThat(m.amount()).isEqualTo(3);
            });
    assertThat(r.notes()).extracting(Reason::key).contains("note.vetoed");
  }

  @Test
  void rateFailAlone_doesNotMeetWithoutVeto() {
    Dossier d =
        Dossiers.complete().toBuilder()
            .years(
                List.of(
                    Dossiers.year(2023, 330, 352),
                    Dossiers.year(2024, 318, 356),
                    Dossiers.year(2025, 340, 360)))
            .build();
    EvaluationResult r = evaluate(d);
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(r.vetoed()).isFalse();
  }

  @Test
  void missingYear_isInconclusive_namingWhatIsMissing() {
    EvaluationResult r = evaluate(missing2023());
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    CriterionResult v9 = r.criterion("sample.village.9").orElseThrow();
    assertThat(v9.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(v9.remedies())
        .extracting(Remedy::kind, Remedy::year)
        .contains(org.assertj.core.groups.Tuple.tuple(Remedy.Kind.SUPPLY_DATA, 2023));
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("note.insufficient"))
        .singleElement()
        .satisfies(n -> assertThat(n.text().en()).contains("sample.village.9"));
    assertThat(r.withOutcome(Outcome.PASS)).hasSize(5);
  }

  @Test
  void noFamilyInDifficulty_isNotApplicableAndStillMeets() {
    Dossier d =
        Dossiers.complete().toBuilder()
            .benefits(new Benefits(12, 12, 0, new DifficultFamilies(0, 0, 0)))
            .build();
    EvaluationResult r = evaluate(d);
    assertThat(r.criterion("sample.village.5").orElseThrow().outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(r.notes()).extracting(Reason::key).containsExactly("note.not-applicable");
  }

  @Test
  void contractsNotUsed_partIsNotApplicableAndTheCriterionPasses() {
    Dossier d = Dossiers.complete().toBuilder().usesContractManagement(false).build();
    assertThat(evaluate(d).criterion("sample.village.2").orElseThrow().outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void sectionAbsent_isInsufficientNeverPassOrFail() {
    Dossier d = Dossiers.complete().toBuilder().without(Section.DISCLOSURES).build();
    EvaluationResult r = evaluate(d);
    assertThat(r.criterion("sample.village.6").orElseThrow().outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void inspectorNotMet_failsAPassingCriterion_metNeverOverridesAFail() {
    InspectionFinding notMet =
        new InspectionFinding(
            "sample.village.6", Finding.NOT_MET, "公开栏内容陈旧", LocalDate.of(2025, 11, 20));
    EvaluationResult r =
        evaluate(Dossiers.complete().toBuilder().inspection(List.of(notMet)).build());
    CriterionResult v6 = r.criterion("sample.village.6").orElseThrow();
    assertThat(v6.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(v6.reasons()).extracting(Reason::key).contains("inspection.not-met");
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);

    InspectionFinding met =
        new InspectionFinding("sample.village.9", Finding.MET, "核查无误", LocalDate.of(2025, 11, 20));
    EvaluationResult r2 =
        evaluate(lateTermAbortionIn2024().toBuilder().inspection(List.of(met)).build());
    CriterionResult v9 = r2.criterion("sample.village.9").orElseThrow();
    assertThat(v9.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(v9.reasons()).extracting(Reason::key).contains("inspection.met-not-overriding");
  }

  @Test
  void inspectorMet_doesNotSettleMissingData() {
    InspectionFinding met =
        new InspectionFinding("sample.village.9", Finding.MET, "核查无误", LocalDate.of(2025, 11, 20));
    EvaluationResult r = evaluate(missing2023().toBuilder().inspection(List.of(met)).build());
    assertThat(r.criterion("sample.village.9").orElseThrow().outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void tailoredValues_areUsedAndShown() {
    Standard strict =
        STANDARD.toBuilder()
            .values(ParameterValues.none().with(TestParameters.COMPLAINT_DAYS, 1))
            .build();
    EvaluationResult r = Decided.evaluate(EVALUATOR, strict, Dossiers.complete());
    CriterionResult v8 = r.criterion("sample.village.8").orElseThrow();
    assertThat(v8.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(v8.parameters()).containsEntry("complaint-days", "1");
    assertThat(r.fingerprint()).isNotEqualTo(STANDARD.fingerprint());
  }

  @Test
  void complaint_neverAppearsInTheResult() {
    Dossier d =
        Dossiers.complete().toBuilder()
            .complaints(List.of(Dossiers.complaint("13900001234", 5)))
            .build();
    EvaluationResult r = evaluate(d);
    assertThat(r.criterion("sample.village.8").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.toString()).doesNotContain("13900001234").doesNotContain("2025-05-10");
  }

  @Test
  void evaluate_sameInputTwice_givesEqualResults() {
    for (Dossier d : dossiers()) {
      assertThat(evaluate(d)).isEqualTo(evaluate(d));
    }
    assertThat(SampleStandards.village().fingerprint()).isEqualTo(STANDARD.fingerprint());
  }

  @Test
  void evaluate_eightThreadsFiftyTimes_matchesSequentialResults() throws Exception {
    List<Dossier> dossiers = dossiers();
    List<EvaluationResult> expected = new ArrayList<>();
    for (Dossier d : dossiers) {
      expected.add(evaluate(d));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<EvaluationResult>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  List<EvaluationResult> got = new ArrayList<>();
                  for (int i = 0; i < 50; i++) {
                    got.add(evaluate(dossiers.get((i + offset) % dossiers.size())));
                  }
                  return got;
                }));
      }
      for (int t = 0; t < 8; t++) {
        List<EvaluationResult> got = futures.get(t).get(60, TimeUnit.SECONDS);
        for (int i = 0; i < 50; i++) {
          assertThat(got.get(i)).isEqualTo(expected.get((i + t) % dossiers.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Dossier> dossiers() {
    return List.of(
        Dossiers.complete(),
        lateTermAbortionIn2024(),
        missing2023(),
        Dossiers.complete().toBuilder().without(Section.DISCLOSURES).build());
  }
}
