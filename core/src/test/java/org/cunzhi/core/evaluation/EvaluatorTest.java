package org.cunzhi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));
  private static final Dossier DOSSIER =
      Dossier.builder(Unit.of(DivisionCode.parse("120119105201"), "台子村", UnitKind.VILLAGE), 2025)
          .build();

  private static Criterion criterion(String id, org.cunzhi.core.rule.Check check) {
    return Criterion.builder(id)
        .title("测试", "test")
        .reference(LegalReference.of("test", "2025", "item 1"))
        .check(check)
        .build();
  }

  private static Standard standard(Criterion... criteria) {
    return Standard.builder("test.standard")
        .version("1")
        .title("测试标准", "test standard")
        .authority("test")
        .documentNumber("T-1")
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.MUNICIPAL)
        .applicability(Applicability.of(UnitKind.VILLAGE, "12"))
        .criteria(List.of(criteria))
        .build();
  }

  @Test
  void evaluate_allPass_meets() {
    EvaluationResult r =
        Decided.evaluate(
            Evaluator.create(), standard(criterion("test.a", c -> CheckResult.pass(WHY))), DOSSIER);
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(r.criteria()).extracting(CriterionResult::outcome).containsExactly(Outcome.PASS);
  }

  @Test
  void evaluate_throwingCheck_isErrorNamingTheClassAndInconclusive() {
    EvaluationResult r =
        Decided.evaluate(
            Evaluator.create(),
            standard(
                criterion("test.a", c -> CheckResult.pass(WHY)),
                criterion(
                    "test.b",
                    c -> {
                      throw new IllegalStateException("boom 13900001234");
                    })),
            DOSSIER);
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    CriterionResult b = r.criterion("test.b").orElseThrow();
    assertThat(b.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(b.reasons().get(0).text().en())
        .contains("test.b", "EvaluatorTest", "IllegalStateException")
        .doesNotContain("13900001234");
  }

  @Test
  void evaluate_oneFail_doesNotMeet() {
    EvaluationResult r =
        Decided.evaluate(
            Evaluator.create(),
            standard(
                criterion("test.a", c -> CheckResult.insufficient(WHY)),
                criterion("test.b", c -> CheckResult.fail(WHY).asVeto())),
            DOSSIER);
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(r.vetoed()).isTrue();
  }

  @Test
  void evaluate_inspectorOnlyCheck_givesTheFindingOnce() {
    Dossier d =
        DOSSIER.toBuilder()
            .inspection(
                List.of(
                    new org.cunzhi.core.model.InspectionFinding(
                        "test.a",
                        org.cunzhi.core.model.Finding.NOT_MET,
                        "公开栏未更新",
                        LocalDate.of(2025, 11, 3))))
            .build();
    EvaluationResult r =
        Decided.evaluate(
            Evaluator.create(),
            standard(criterion("test.a", org.cunzhi.core.rule.Checks.inspectorFinding())),
            d);
    CriterionResult a = r.criterion("test.a").orElseThrow();
    assertThat(a.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(a.reasons()).hasSize(1);
  }

  @Test
  void evaluate_passAndNotApplicable_meetsAndNotesTheCount() {
    EvaluationResult r =
        Decided.evaluate(
            Evaluator.create(),
            standard(
                criterion("test.a", c -> CheckResult.pass(WHY)),
                criterion("test.b", c -> CheckResult.notApplicable(WHY))),
            DOSSIER);
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(r.notes()).extracting(Reason::key).containsExactly("note.not-applicable");
    assertThat(r.notes().get(0).text().en()).startsWith("1 criteria");
  }

  @Test
  void evaluate_everythingNotApplicable_meets() {
    assertThat(
            Decided.evaluate(
                    Evaluator.create(),
                    standard(criterion("test.a", c -> CheckResult.notApplicable(WHY))),
                    DOSSIER)
                .verdict())
        .isEqualTo(Verdict.MEETS);
  }

  @Test
  void evaluate_insufficient_isInconclusiveAndKeepsItsRemedies() {
    org.cunzhi.core.rule.Remedy fix =
        new org.cunzhi.core.rule.Remedy(
            org.cunzhi.core.rule.Remedy.Kind.SUPPLY_DATA, "years", 2023, null, 1, WHY.text());
    EvaluationResult r =
        Decided.evaluate(
            Evaluator.create(),
            standard(criterion("test.a", c -> CheckResult.insufficient(WHY).withRemedy(fix))),
            DOSSIER);
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(r.criteria().get(0).remedies()).containsExactly(fix);
  }

  @Test
  void evaluate_passWithRemedy_dropsTheRemedy() {
    org.cunzhi.core.rule.Remedy fix =
        new org.cunzhi.core.rule.Remedy(
            org.cunzhi.core.rule.Remedy.Kind.ADD_EVENT, "x", 2025, 1, 1, WHY.text());
    EvaluationResult r =
        Decided.evaluate(
            Evaluator.create(),
            standard(criterion("test.a", c -> CheckResult.pass(WHY).withRemedy(fix))),
            DOSSIER);
    assertThat(r.criteria().get(0).remedies()).isEmpty();
  }

  @Test
  void evaluate_errorReason_namesTheClassWithoutTheLambdaSuffix() {
    EvaluationResult r =
        Decided.evaluate(
            Evaluator.create(),
            standard(
                criterion(
                    "test.a",
                    c -> {
                      throw new NullPointerException();
                    })),
            DOSSIER);
    String text = r.criteria().get(0).reasons().get(0).text().en();
    assertThat(text).contains("org.cunzhi.core.evaluation.EvaluatorTest", "NullPointerException");
    assertThat(text).doesNotContain("$$Lambda");
    assertThat(r.notes()).extracting(Reason::key).containsExactly("note.errors");
    assertThat(r.criteria().get(0).remedies()).isEmpty();
  }

  @Test
  void evaluate_baseMissing_neverMeets() {
    Standard derived =
        standard(criterion("test.a", c -> CheckResult.pass(WHY))).toBuilder()
            .id("test.derived")
            .extending("test.absent")
            .build();
    EvaluationResult r = Decided.evaluate(Evaluator.create(), derived, DOSSIER);
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(r.notes().get(0).text().en()).contains("test.absent");
  }

  @Test
  void evaluate_singleCriterion_recordsTheParametersRead() {
    Criterion c =
        criterion(
            "test.a",
            ctx ->
                ctx.parameter(org.cunzhi.core.fixtures.TestParameters.NOTICE_DAYS) > 5
                    ? CheckResult.pass(WHY)
                    : CheckResult.fail(WHY));
    CriterionResult r =
        Decided.evaluate(
            Evaluator.create(),
            c,
            DOSSIER,
            org.cunzhi.core.rule.ParameterValues.none()
                .with(org.cunzhi.core.fixtures.TestParameters.NOTICE_DAYS, 5));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.parameters()).containsExactly(java.util.Map.entry("notice-days", "5"));
  }
}
