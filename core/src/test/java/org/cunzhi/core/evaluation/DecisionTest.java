package org.cunzhi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Checks;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Ruling;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Grade;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.ScoringModel;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.Test;

/**
 * {@link Evaluator#decide}: the decision a full evaluation gives, for checks that decide on their
 * own, checks that do not, and checks that break.
 */
class DecisionTest {
  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));
  private static final Dossier DOSSIER =
      Dossier.builder(Unit.of(DivisionCode.parse("120119105201"), "台子村", UnitKind.VILLAGE), 2025)
          .build();

  private static Criterion criterion(String id, Check check) {
    return Criterion.builder(id)
        .title("测试", "test")
        .reference(LegalReference.of("test", "2025", id))
        .check(check)
        .build();
  }

  private static Standard.Builder builder(Criterion... criteria) {
    return Standard.builder("test.standard")
        .version("1")
        .title("测试标准", "test standard")
        .authority("test")
        .documentNumber("T-1")
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.MUNICIPAL)
        .applicability(Applicability.of(UnitKind.VILLAGE, "12"))
        .criteria(List.of(criteria));
  }

  private static Standard standard(Criterion... criteria) {
    return builder(criteria).build();
  }

  /** The decision, once it is known to equal the evaluation's. */
  private static Decision decide(Evaluator evaluator, Standard s, Dossier d) {
    Decision decided = evaluator.decide(s, d);
    assertThat(decided).isEqualTo(Decision.of(evaluator.evaluate(s, d)));
    assertThat(decided.hashCode()).isEqualTo(Decision.of(evaluator.evaluate(s, d)).hashCode());
    return decided;
  }

  private static Decision decide(Standard s) {
    return decide(Evaluator.create(), s, DOSSIER);
  }

  @SuppressWarnings("NullAway") // a plugin's bug, as the evaluator must survive it
  private static CheckResult returnsNull(CheckContext context) {
    return null;
  }

  /** A check whose own decision is null: a plugin's bug. */
  private static final Check DECIDES_NULL =
      new Check() {
        @Override
        public CheckResult check(CheckContext context) {
          return CheckResult.pass(WHY);
        }

        @Override
        @SuppressWarnings("NullAway")
        public Ruling decide(CheckContext context) {
          return null;
        }
      };

  @Test
  void decide_checksThatDoNotDecide_decideAsTheirResults() {
    Decision d =
        decide(
            standard(
                criterion("test.pass", c -> CheckResult.pass(WHY)),
                criterion("test.na", c -> CheckResult.notApplicable(WHY)),
                criterion("test.insufficient", c -> CheckResult.insufficient(WHY))));
    assertThat(d.outcomes())
        .containsExactly(Outcome.PASS, Outcome.NOT_APPLICABLE, Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(d.criterionIds()).containsExactly("test.pass", "test.na", "test.insufficient");
    assertThat(d.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(d.vetoed()).isFalse();
    assertThat(d.gradeCode()).isEmpty();
    assertThat(d.standardId()).isEqualTo("test.standard");
    assertThat(d.outcome("test.na")).contains(Outcome.NOT_APPLICABLE);
    assertThat(d.outcome("test.absent")).isEmpty();
  }

  @Test
  void decide_allPassOrNotApplicable_meets_oneFail_doesNotMeet() {
    assertThat(
            decide(
                    standard(
                        criterion("test.a", c -> CheckResult.pass(WHY)),
                        criterion("test.b", c -> CheckResult.notApplicable(WHY))))
                .verdict())
        .isEqualTo(Verdict.MEETS);
    assertThat(
            decide(
                    standard(
                        criterion("test.a", c -> CheckResult.insufficient(WHY)),
                        criterion("test.b", c -> CheckResult.fail(WHY))))
                .verdict())
        .isEqualTo(Verdict.DOES_NOT_MEET);
  }

  @Test
  void decide_throwingAndNullChecks_areError() {
    Decision d =
        decide(
            standard(
                criterion(
                    "test.throws",
                    c -> {
                      throw new IllegalStateException("boom");
                    }),
                criterion("test.null", DecisionTest::returnsNull),
                criterion("test.a", c -> CheckResult.pass(WHY))));
    assertThat(d.outcomes()).containsExactly(Outcome.ERROR, Outcome.ERROR, Outcome.PASS);
    assertThat(d.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void decide_aDecisionThatThrowsOrIsNull_isError() {
    // plugin bugs: the decisions break Check#decide's contract, so only the decision is asked
    Standard s =
        standard(
            criterion("test.decides-null", DECIDES_NULL),
            criterion(
                "test.decision-throws",
                Checks.withDecision(
                    c -> CheckResult.pass(WHY),
                    c -> {
                      throw new IllegalStateException("boom");
                    })),
            criterion("test.a", c -> CheckResult.pass(WHY)));
    Decision d = Evaluator.create().decide(s, DOSSIER);
    assertThat(d.outcomes()).containsExactly(Outcome.ERROR, Outcome.ERROR, Outcome.PASS);
    assertThat(d.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void decide_vetoPartFails_isVetoed() {
    Decision d =
        decide(
            standard(
                criterion(
                    "test.veto",
                    Checks.allOf(
                        c -> CheckResult.pass(WHY), Checks.veto(c -> CheckResult.fail(WHY)))),
                criterion("test.plain", c -> CheckResult.fail(WHY))));
    assertThat(d.vetoed()).isTrue();
    assertThat(d.rulings()).containsExactly(Ruling.VETOED, Ruling.FAIL);
    assertThat(d.outcomes()).containsExactly(Outcome.FAIL, Outcome.FAIL);
    assertThat(d.toString()).contains("vetoed", "test.veto=VETOED", "test.plain=FAIL");
  }

  @Test
  void decide_vetoPartPasses_isNotVetoed() {
    Decision d =
        decide(
            standard(
                criterion(
                    "test.veto",
                    Checks.allOf(
                        c -> CheckResult.fail(WHY), Checks.veto(c -> CheckResult.pass(WHY))))));
    assertThat(d.vetoed()).isFalse();
    assertThat(d.rulings()).containsExactly(Ruling.FAIL);
  }

  @Test
  void decide_baseMissing_neverMeets() {
    Standard derived =
        builder(criterion("test.a", c -> CheckResult.pass(WHY)))
            .id("test.derived")
            .extending("test.absent")
            .build();
    assertThat(decide(derived).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  private static Dossier inspected(InspectionFinding... findings) {
    return DOSSIER.toBuilder().inspection(List.of(findings)).build();
  }

  @Test
  void decide_notMetFinding_failsAPassingCriterion_butNotABrokenOne() {
    Standard s =
        standard(
            criterion("test.a", c -> CheckResult.pass(WHY)),
            criterion(
                "test.b",
                c -> {
                  throw new IllegalStateException("boom");
                }));
    Dossier d =
        inspected(
            new InspectionFinding("test.a", Finding.NOT_MET, "未公开", LocalDate.of(2025, 6, 1)),
            new InspectionFinding("test.b", Finding.NOT_MET, "未公开", LocalDate.of(2025, 6, 1)));
    Decision decision = decide(Evaluator.create(), s, d);
    assertThat(decision.outcomes()).containsExactly(Outcome.FAIL, Outcome.ERROR);
    assertThat(decision.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
  }

  @Test
  void decide_notMetFinding_keepsAVeto_andAStaleOneIsNotApplied() {
    Standard s =
        standard(
            criterion("test.a", Checks.veto(c -> CheckResult.fail(WHY))),
            criterion("test.b", c -> CheckResult.pass(WHY)));
    Dossier d =
        inspected(
            new InspectionFinding("test.a", Finding.NOT_MET, "未公开", LocalDate.of(2025, 6, 1)),
            new InspectionFinding("test.b", Finding.NOT_MET, "未公开", LocalDate.of(2024, 12, 31)));
    Decision decision = decide(Evaluator.create(), s, d);
    assertThat(decision.rulings()).containsExactly(Ruling.VETOED, Ruling.PASS);
  }

  @Test
  void decide_metFinding_neverOverridesAFailure() {
    Standard s = standard(criterion("test.a", c -> CheckResult.fail(WHY)));
    Dossier d =
        inspected(new InspectionFinding("test.a", Finding.MET, "已公开", LocalDate.of(2025, 6, 1)));
    assertThat(decide(Evaluator.create(), s, d).outcomes()).containsExactly(Outcome.FAIL);
  }

  @Test
  void decide_notMetFindingOnAnUnknownCriterion_keepsFromMeets() {
    Standard s = standard(criterion("test.a", c -> CheckResult.pass(WHY)));
    Dossier unknown =
        inspected(
            new InspectionFinding("test.absent", Finding.NOT_MET, "未公开", LocalDate.of(2025, 6, 1)));
    assertThat(decide(Evaluator.create(), s, unknown).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    Dossier met =
        inspected(
            new InspectionFinding("test.absent", Finding.MET, "已公开", LocalDate.of(2025, 6, 1)));
    assertThat(decide(Evaluator.create(), s, met).verdict()).isEqualTo(Verdict.MEETS);
  }

  @Test
  void decide_inspectorOnlyPart_readsTheFindingTheEvaluatorApplies() {
    Standard s = standard(criterion("test.a", Checks.inspectorFinding()));
    assertThat(decide(s).outcomes()).containsExactly(Outcome.INSUFFICIENT_EVIDENCE);
    Dossier met =
        inspected(new InspectionFinding("test.a", Finding.MET, "已公开", LocalDate.of(2025, 6, 1)));
    assertThat(decide(Evaluator.create(), s, met).outcomes()).containsExactly(Outcome.PASS);
  }

  @Test
  void decide_pointsStandard_givesTheGrade() {
    Standard points =
        builder(
                criterion("test.a", c -> CheckResult.pass(WHY)),
                criterion("test.b", c -> CheckResult.fail(WHY)))
            .scoring(
                ScoringModel.weightedPoints(
                    Map.of("test.a", BigDecimal.valueOf(70), "test.b", BigDecimal.valueOf(30)),
                    List.of(
                        Grade.of("qualified", "合格村", "qualified village", "60"),
                        Grade.of("demonstration", "示范村", "demonstration village", "90"))))
            .build();
    Decision d = decide(points);
    assertThat(d.gradeCode()).contains("QUALIFIED");
    assertThat(d.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(d.toString()).contains("grade QUALIFIED");
  }

  @Test
  @SuppressWarnings("NullAway") // the misuse under test
  void decide_nullArguments_throw() {
    Standard s = standard(criterion("test.a", c -> CheckResult.pass(WHY)));
    assertThatThrownBy(() -> Evaluator.create().decide(s, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Evaluator.create().decide(null, DOSSIER))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void decision_equalsOnlyTheSameDecision() {
    Standard s = standard(criterion("test.a", c -> CheckResult.pass(WHY)));
    Standard t = standard(criterion("test.a", c -> CheckResult.fail(WHY)));
    Decision d = Evaluator.create().decide(s, DOSSIER);
    assertThat(d).isEqualTo(Evaluator.create().decide(s, DOSSIER));
    assertThat(d).isNotEqualTo(Evaluator.create().decide(t, DOSSIER));
    assertThat(d).isNotEqualTo("MEETS");
  }
}
