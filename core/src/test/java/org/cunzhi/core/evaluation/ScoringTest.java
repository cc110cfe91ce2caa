package org.cunzhi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Checks;
import org.cunzhi.core.rule.Credit;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Grade;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.ScoringModel;
import org.cunzhi.core.standard.ScoringModel.VetoCap;
import org.cunzhi.core.standard.ScoringModel.WeightedPoints;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.Test;

/** CV-2, CV-3: weighted points, grades, vetoes, combined assessments. */
class ScoringTest {
  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));
  private static final Dossier DOSSIER = Dossiers.complete();
  private static final List<Grade> GRADES =
      List.of(
          Grade.of("qualified", "合格村", "qualified village", "60"),
          Grade.of("demonstration", "示范村", "demonstration village", "90"),
          Grade.of("advanced", "先进村", "advanced village", "75"));

  private static Check gives(Outcome outcome) {
    return c -> CheckResult.of(outcome, WHY);
  }

  private static Standard scored(Map<String, Check> checks, Map<String, Integer> points) {
    return scored(checks, points, m -> m);
  }

  private static Standard scored(
      Map<String, Check> checks,
      Map<String, Integer> points,
      java.util.function.UnaryOperator<WeightedPoints> tweak) {
    List<Criterion> criteria = new ArrayList<>();
    checks.forEach(
        (id, check) ->
            criteria.add(
                Criterion.builder(id)
                    .title("测试", "test")
                    .reference(LegalReference.of("test", "2025", id))
                    .check(check)
                    .build()));
    Map<String, BigDecimal> p = new LinkedHashMap<>();
    points.forEach((k, v) -> p.put(k, BigDecimal.valueOf(v)));
    return Standard.builder("test.points")
        .version("1")
        .title("测试评分标准", "test points standard")
        .authority("test")
        .documentNumber("T-2")
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.TOWNSHIP)
        .applicability(Applicability.of(UnitKind.VILLAGE, "12"))
        .criteria(criteria)
        .scoring(tweak.apply(ScoringModel.weightedPoints(p, GRADES)))
        .build();
  }

  private static Map<String, Check> checks(Check a, Check b, Check c) {
    Map<String, Check> m = new LinkedHashMap<>();
    m.put("test.a", a);
    m.put("test.b", b);
    m.put("test.c", c);
    return m;
  }

  private static final Map<String, Integer> POINTS =
      ImmutableMap.of("test.a", 40, "test.b", 30, "test.c", 30);

  private static <T> T nn(@org.jspecify.annotations.Nullable T value) {
    return java.util.Objects.requireNonNull(value);
  }

  private static EvaluationResult evaluate(Standard s) {
    return Evaluator.create().evaluate(s, DOSSIER);
  }

  @Test
  void allPass_scoresHundred_topGrade_meets() {
    EvaluationResult r =
        evaluate(
            scored(checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.PASS)), POINTS));
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(nn(r.score())).isEqualByComparingTo("100");
    assertThat(nn(r.score()).scale()).isEqualTo(2);
    assertThat(nn(r.grade()).zh()).isEqualTo("示范村");
    ScoreCard card = nn(r.scoreCard());
    assertThat(card.earned()).isEqualTo(Fraction.of(100, 1));
    assertThat(card.possible()).isEqualTo(Fraction.of(100, 1));
    assertThat(card.provisional()).isFalse();
    assertThat(r.criteria())
        .allSatisfy(
            c -> assertThat(nn(c.points()).standing()).isEqualTo(CriterionPoints.Standing.SCORED));
  }

  @Test
  void oneFail_earnsNothingForIt_explainedPerCriterion() {
    EvaluationResult r =
        evaluate(
            scored(checks(gives(Outcome.PASS), gives(Outcome.FAIL), gives(Outcome.PASS)), POINTS));
    assertThat(nn(r.score())).isEqualByComparingTo("70");
    assertThat(nn(r.grade()).en()).isEqualTo("qualified village");
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    CriterionPoints b = nn(r.criterion("test.b").orElseThrow().points());
    assertThat(b.earned()).isEqualTo(Fraction.ZERO);
    assertThat(b.possible()).isEqualTo(Fraction.of(30, 1));
  }

  @Test
  void gradeBoundary_exactlyTheMinimum_earnsIt_justUnder_doesNot() {
    Map<String, Integer> points = ImmutableMap.of("test.a", 7500, "test.b", 2500, "test.c", 0);
    EvaluationResult at =
        evaluate(
            scored(checks(gives(Outcome.PASS), gives(Outcome.FAIL), gives(Outcome.PASS)), points));
    assertThat(nn(at.grade()).en()).isEqualTo("advanced village");
    Map<String, Integer> under = ImmutableMap.of("test.a", 7499, "test.b", 2501, "test.c", 0);
    EvaluationResult below =
        evaluate(
            scored(checks(gives(Outcome.PASS), gives(Outcome.FAIL), gives(Outcome.PASS)), under));
    assertThat(nn(below.score())).isEqualByComparingTo("74.99");
    assertThat(nn(below.grade()).en()).isEqualTo("qualified village");
  }

  @Test
  void belowEveryGrade_doesNotMeetAndSaysSo() {
    EvaluationResult r =
        evaluate(
            scored(checks(gives(Outcome.FAIL), gives(Outcome.FAIL), gives(Outcome.PASS)), POINTS));
    assertThat(nn(r.score())).isEqualByComparingTo("30");
    assertThat(r.grade()).isNull();
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(r.notes()).extracting(Reason::key).contains("note.points.below-grades");
  }

  @Test
  void notApplicable_leavesTheDenominator_andTheNotesSaySo() {
    EvaluationResult r =
        evaluate(
            scored(
                checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.NOT_APPLICABLE)),
                POINTS));
    assertThat(nn(r.score())).isEqualByComparingTo("100");
    assertThat(nn(r.scoreCard()).possible()).isEqualTo(Fraction.of(70, 1));
    assertThat(nn(r.criterion("test.c").orElseThrow().points()).standing())
        .isEqualTo(CriterionPoints.Standing.NOT_APPLICABLE);
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("note.points.not-applicable"))
        .singleElement()
        .satisfies(n -> assertThat(n.text().en()).contains("1 criteria", "30 points", "70 points"));
  }

  @Test
  void nothingApplies_noScoreInconclusive() {
    EvaluationResult r =
        evaluate(
            scored(
                checks(
                    gives(Outcome.NOT_APPLICABLE),
                    gives(Outcome.NOT_APPLICABLE),
                    gives(Outcome.NOT_APPLICABLE)),
                POINTS));
    assertThat(r.score()).isNull();
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(r.notes()).extracting(Reason::key).contains("note.points.no-score");
  }

  @Test
  void insufficientEvidence_makesAProvisionalFloorWithoutGrade() {
    EvaluationResult r =
        evaluate(
            scored(
                checks(
                    gives(Outcome.PASS), gives(Outcome.INSUFFICIENT_EVIDENCE), gives(Outcome.PASS)),
                POINTS));
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(r.isProvisional()).isTrue();
    assertThat(nn(r.score())).isEqualByComparingTo("70");
    assertThat(r.grade()).isNull();
    assertThat(nn(r.criterion("test.b").orElseThrow().points()).standing())
        .isEqualTo(CriterionPoints.Standing.PENDING);
    assertThat(r.notes())
        .extracting(Reason::key)
        .contains("note.insufficient", "note.points.provisional");
  }

  @Test
  void error_makesTheScoreProvisional() {
    Check broken =
        c -> {
          throw new IllegalStateException("boom");
        };
    EvaluationResult r =
        evaluate(scored(checks(gives(Outcome.PASS), broken, gives(Outcome.PASS)), POINTS));
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(r.isProvisional()).isTrue();
    assertThat(r.notes()).extracting(Reason::key).contains("note.errors");
  }

  @Test
  void partialCredit_isExact() {
    Check third = c -> CheckResult.pass(WHY).withCredit(Credit.of(1, 3));
    EvaluationResult r =
        evaluate(
            scored(
                checks(third, gives(Outcome.PASS), gives(Outcome.FAIL)),
                ImmutableMap.of("test.a", 10, "test.b", 0, "test.c", 20)));
    // 10 × 1/3 of 30 possible: score 100/9 = 11.11…
    assertThat(nn(r.scoreCard()).earned()).isEqualTo(Fraction.of(10, 3));
    assertThat(nn(r.scoreCard()).score()).isEqualTo(Fraction.of(100, 9));
    assertThat(nn(r.score())).isEqualByComparingTo("11.11");
  }

  @Test
  void creditByParts_givesPartialPointsForAFailedCriterion() {
    Check half = Checks.creditByParts(gives(Outcome.PASS), gives(Outcome.FAIL));
    EvaluationResult r =
        evaluate(scored(checks(half, gives(Outcome.PASS), gives(Outcome.PASS)), POINTS));
    assertThat(r.criterion("test.a").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
    assertThat(nn(r.criterion("test.a").orElseThrow().points()).earned())
        .isEqualTo(Fraction.of(20, 1));
    assertThat(nn(r.score())).isEqualByComparingTo("80");
  }

  @Test
  void veto_withoutCap_givesNoGradeWhateverTheScore() {
    Check vetoPart = Checks.allOf(gives(Outcome.PASS), Checks.veto(gives(Outcome.FAIL)));
    EvaluationResult r =
        evaluate(
            scored(
                checks(gives(Outcome.PASS), gives(Outcome.PASS), vetoPart),
                ImmutableMap.of("test.a", 50, "test.b", 49, "test.c", 1)));
    assertThat(nn(r.score())).isEqualByComparingTo("99");
    assertThat(r.vetoed()).isTrue();
    assertThat(r.grade()).isNull();
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(r.notes()).extracting(Reason::key).contains("note.points.veto-no-grade");
  }

  @Test
  void veto_withoutCap_decidesEvenWhenProvisional() {
    EvaluationResult r =
        evaluate(
            scored(
                checks(
                    gives(Outcome.INSUFFICIENT_EVIDENCE),
                    gives(Outcome.PASS),
                    Checks.veto(gives(Outcome.FAIL))),
                POINTS));
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
  }

  @Test
  void veto_cappedAtQualified_lowersAHigherGrade() {
    EvaluationResult r =
        evaluate(
            scored(
                checks(gives(Outcome.PASS), gives(Outcome.PASS), Checks.veto(gives(Outcome.FAIL))),
                ImmutableMap.of("test.a", 50, "test.b", 45, "test.c", 5),
                m -> m.withVetoCap(VetoCap.atMost("qualified"))));
    assertThat(nn(r.score())).isEqualByComparingTo("95");
    assertThat(nn(r.grade()).en()).isEqualTo("qualified village");
    assertThat(nn(r.scoreCard()).capped()).isTrue();
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
  }

  @Test
  void veto_cappedAtAdvanced_neverRaisesALowerGrade() {
    EvaluationResult r =
        evaluate(
            scored(
                checks(gives(Outcome.PASS), gives(Outcome.FAIL), Checks.veto(gives(Outcome.FAIL))),
                POINTS,
                m -> m.withVetoCap(VetoCap.atMost("advanced"))));
    assertThat(nn(r.score())).isEqualByComparingTo("40");
    assertThat(r.grade()).isNull();
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(nn(r.scoreCard()).capped()).isFalse();
  }

  @Test
  void combined_weightsTheAssessments() {
    Standard s =
        scored(
            checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.FAIL)),
            ImmutableMap.of("test.a", 40, "test.b", 40, "test.c", 20),
            m ->
                m.combining(
                    ImmutableMap.of(
                        WeightedPoints.OWN,
                        BigDecimal.valueOf(5),
                        "self-assessment",
                        BigDecimal.valueOf(2),
                        "mass-appraisal",
                        BigDecimal.valueOf(3))));
    EvaluationResult r =
        Evaluator.create()
            .evaluate(
                s,
                DOSSIER,
                Assessments.none()
                    .with("self-assessment", new BigDecimal("90"))
                    .with("mass-appraisal", new BigDecimal("70")));
    // (5 × 80 + 2 × 90 + 3 × 70) / 10 = 79
    assertThat(nn(r.score())).isEqualByComparingTo("79");
    assertThat(nn(r.scoreCard()).standardScore()).isEqualTo(Fraction.of(80, 1));
    assertThat(nn(r.scoreCard()).assessments())
        .extracting(AssessmentScore::id)
        .containsExactly("mass-appraisal", "self-assessment", "standard");
    assertThat(nn(r.grade()).en()).isEqualTo("advanced village");
    assertThat(r.isProvisional()).isFalse();
  }

  @Test
  void combined_missingAssessment_isProvisionalWithoutGrade() {
    Standard s =
        scored(
            checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.FAIL)),
            ImmutableMap.of("test.a", 40, "test.b", 40, "test.c", 20),
            m ->
                m.combining(
                    ImmutableMap.of(
                        WeightedPoints.OWN,
                        BigDecimal.valueOf(5),
                        "self-assessment",
                        BigDecimal.valueOf(2),
                        "mass-appraisal",
                        BigDecimal.valueOf(3))));
    EvaluationResult r =
        Evaluator.create()
            .evaluate(s, DOSSIER, Assessments.none().with("self-assessment", new BigDecimal("90")));
    assertThat(nn(r.score())).isEqualByComparingTo("58");
    assertThat(r.isProvisional()).isTrue();
    assertThat(r.grade()).isNull();
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("note.points.assessment-missing"))
        .singleElement()
        .satisfies(n -> assertThat(n.text().en()).contains("mass-appraisal"));
  }

  @Test
  void assessments_unknownOrOwnOrForPassFail_areRejected() {
    Standard s =
        scored(checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.PASS)), POINTS);
    assertThatThrownBy(
            () ->
                Evaluator.create()
                    .evaluate(s, DOSSIER, Assessments.none().with("inspection", BigDecimal.TEN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inspection");
    assertThatThrownBy(
            () ->
                Evaluator.create()
                    .evaluate(s, DOSSIER, Assessments.none().with("standard", BigDecimal.TEN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Assessments.none().with("self-assessment", new BigDecimal("100.01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void model_pointsMissingOrUnknown_isRejected() {
    assertThatThrownBy(
            () ->
                scored(
                    checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.PASS)),
                    ImmutableMap.of("test.a", 40, "test.b", 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.c");
    assertThatThrownBy(
            () ->
                scored(
                    checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.PASS)),
                    ImmutableMap.of("test.a", 40, "test.b", 30, "test.c", 30, "test.d", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.d");
  }

  @Test
  void model_badGradesOrCapOrWeights_areRejected() {
    Map<String, BigDecimal> p = Map.of("test.a", BigDecimal.ONE);
    assertThatThrownBy(() -> WeightedPoints.of(p, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                WeightedPoints.of(
                    p, List.of(Grade.of("a", "甲", "a", "60"), Grade.of("b", "乙", "b", "60"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WeightedPoints.of(p, GRADES).withVetoCap(VetoCap.atMost("gold")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gold");
    assertThatThrownBy(
            () -> WeightedPoints.of(p, GRADES).combining(Map.of("self-assessment", BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("standard");
    assertThatThrownBy(() -> Grade.of("top", "顶", "top", "100.5"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fingerprint_changesWithPointsGradesAndCap() {
    Standard base =
        scored(checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.PASS)), POINTS);
    Standard same =
        scored(checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.PASS)), POINTS);
    Standard otherPoints =
        scored(
            checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.PASS)),
            ImmutableMap.of("test.a", 40, "test.b", 31, "test.c", 30));
    Standard capped =
        scored(
            checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.PASS)),
            POINTS,
            m -> m.withVetoCap(VetoCap.atMost("qualified")));
    assertThat(same.fingerprint()).isEqualTo(base.fingerprint());
    assertThat(otherPoints.fingerprint()).isNotEqualTo(base.fingerprint());
    assertThat(capped.fingerprint()).isNotEqualTo(base.fingerprint());
  }
}
