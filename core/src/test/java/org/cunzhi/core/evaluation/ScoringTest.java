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

  /** The score, which must be exact, as shown (two decimal places). */
  private static BigDecimal exact(EvaluationResult r) {
    Span s = r.score().orElseThrow();
    assertThat(s.isExact()).as("exact score, was %s", s).isTrue();
    return s.lowDecimal(ScoreCard.DISPLAY_SCALE);
  }

  private static EvaluationResult evaluate(Standard s) {
    return Decided.evaluate(Evaluator.create(), s, DOSSIER);
  }

  @Test
  void allPass_scoresHundred_topGrade_meets() {
    EvaluationResult r =
        evaluate(
            scored(checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.PASS)), POINTS));
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(exact(r)).isEqualByComparingTo("100");
    assertThat(r.grade().orElseThrow().title().zh()).isEqualTo("示范村");
    ScoreCard card = nn(r.scoreCard());
    assertThat(card.earned()).isEqualTo(Span.exactly(Fraction.of(100, 1)));
    assertThat(card.possible()).isEqualTo(Fraction.of(100, 1));
    assertThat(card.isInterval()).isFalse();
    assertThat(card.gradeCode()).isEqualTo("DEMONSTRATION");
    assertThat(r.criteria())
        .allSatisfy(
            c -> assertThat(nn(c.points()).standing()).isEqualTo(CriterionPoints.Standing.SCORED));
  }

  @Test
  void oneFail_earnsNothingForIt_explainedPerCriterion() {
    EvaluationResult r =
        evaluate(
            scored(checks(gives(Outcome.PASS), gives(Outcome.FAIL), gives(Outcome.PASS)), POINTS));
    assertThat(exact(r)).isEqualByComparingTo("70");
    assertThat(r.grade().orElseThrow().title().en()).isEqualTo("qualified village");
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    CriterionPoints b = nn(r.criterion("test.b").orElseThrow().points());
    assertThat(b.earned()).isEqualTo(Span.ZERO);
    assertThat(b.max()).isEqualTo(Fraction.of(30, 1));
  }

  @Test
  void gradeBoundary_exactlyTheMinimum_earnsIt_justUnder_doesNot() {
    Map<String, Integer> points = ImmutableMap.of("test.a", 7500, "test.b", 2500, "test.c", 0);
    EvaluationResult at =
        evaluate(
            scored(checks(gives(Outcome.PASS), gives(Outcome.FAIL), gives(Outcome.PASS)), points));
    assertThat(at.grade().orElseThrow().title().en()).isEqualTo("advanced village");
    Map<String, Integer> under = ImmutableMap.of("test.a", 7499, "test.b", 2501, "test.c", 0);
    EvaluationResult below =
        evaluate(
            scored(checks(gives(Outcome.PASS), gives(Outcome.FAIL), gives(Outcome.PASS)), under));
    assertThat(exact(below)).isEqualByComparingTo("74.99");
    assertThat(below.grade().orElseThrow().title().en()).isEqualTo("qualified village");
  }

  @Test
  void belowEveryGrade_doesNotMeetAndSaysSo() {
    EvaluationResult r =
        evaluate(
            scored(checks(gives(Outcome.FAIL), gives(Outcome.FAIL), gives(Outcome.PASS)), POINTS));
    assertThat(exact(r)).isEqualByComparingTo("30");
    assertThat(r.grade()).isEmpty();
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
    assertThat(exact(r)).isEqualByComparingTo("100");
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
    assertThat(r.score()).isEmpty();
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(r.notes()).extracting(Reason::key).contains("note.points.no-score");
  }

  @Test
  void insufficientEvidence_makesAnInterval_gradeOpenAcrossIt() {
    EvaluationResult r =
        evaluate(
            scored(
                checks(
                    gives(Outcome.PASS), gives(Outcome.INSUFFICIENT_EVIDENCE), gives(Outcome.PASS)),
                POINTS));
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(nn(r.scoreCard()).isInterval()).isTrue();
    // 40 + [0, 30] + 30 of 100: from qualified (70) to demonstration (100)
    assertThat(r.score()).contains(Span.of(Fraction.of(70, 1), Fraction.HUNDRED));
    assertThat(r.grade()).isEmpty();
    assertThat(nn(r.scoreCard()).standing()).isEqualTo(GradeStanding.INCONCLUSIVE);
    assertThat(nn(r.scoreCard()).gradeCode()).isEqualTo("INCONCLUSIVE");
    assertThat(nn(r.criterion("test.b").orElseThrow().points()).earned())
        .isEqualTo(Span.of(Fraction.ZERO, Fraction.of(30, 1)));
    assertThat(nn(r.criterion("test.b").orElseThrow().points()).standing())
        .isEqualTo(CriterionPoints.Standing.OPEN);
    assertThat(r.notes())
        .extracting(Reason::key)
        .contains("note.insufficient", "note.points.grade-open");
  }

  @Test
  void error_makesTheScoreAnInterval() {
    Check broken =
        c -> {
          throw new IllegalStateException("boom");
        };
    EvaluationResult r =
        evaluate(scored(checks(gives(Outcome.PASS), broken, gives(Outcome.PASS)), POINTS));
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(nn(r.scoreCard()).isInterval()).isTrue();
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
    assertThat(nn(r.scoreCard()).earned()).isEqualTo(Span.exactly(Fraction.of(10, 3)));
    assertThat(nn(r.scoreCard()).score()).isEqualTo(Span.exactly(Fraction.of(100, 9)));
    assertThat(exact(r)).isEqualByComparingTo("11.11");
  }

  @Test
  void creditByParts_givesPartialPointsForAFailedCriterion() {
    Check half = Checks.creditByParts(gives(Outcome.PASS), gives(Outcome.FAIL));
    EvaluationResult r =
        evaluate(scored(checks(half, gives(Outcome.PASS), gives(Outcome.PASS)), POINTS));
    assertThat(r.criterion("test.a").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
    assertThat(nn(r.criterion("test.a").orElseThrow().points()).earned())
        .isEqualTo(Span.exactly(Fraction.of(20, 1)));
    assertThat(exact(r)).isEqualByComparingTo("80");
  }

  @Test
  void veto_withoutCap_givesNoGradeWhateverTheScore() {
    Check vetoPart = Checks.allOf(gives(Outcome.PASS), Checks.veto(gives(Outcome.FAIL)));
    EvaluationResult r =
        evaluate(
            scored(
                checks(gives(Outcome.PASS), gives(Outcome.PASS), vetoPart),
                ImmutableMap.of("test.a", 50, "test.b", 49, "test.c", 1)));
    assertThat(exact(r)).isEqualByComparingTo("99");
    assertThat(r.vetoed()).isTrue();
    assertThat(r.grade()).isEmpty();
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
    assertThat(exact(r)).isEqualByComparingTo("95");
    assertThat(r.grade().orElseThrow().title().en()).isEqualTo("qualified village");
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
    assertThat(exact(r)).isEqualByComparingTo("40");
    assertThat(r.grade()).isEmpty();
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
        Decided.evaluate(
            Evaluator.create(),
            s,
            DOSSIER,
            Assessments.none()
                .with("self-assessment", new BigDecimal("90"))
                .with("mass-appraisal", new BigDecimal("70")));
    // (5 × 80 + 2 × 90 + 3 × 70) / 10 = 79
    assertThat(exact(r)).isEqualByComparingTo("79");
    assertThat(nn(r.scoreCard()).standardScore()).isEqualTo(Span.exactly(Fraction.of(80, 1)));
    assertThat(nn(r.scoreCard()).assessments())
        .extracting(AssessmentScore::id)
        .containsExactly("mass-appraisal", "self-assessment", "standard");
    assertThat(r.grade().orElseThrow().title().en()).isEqualTo("advanced village");
    assertThat(nn(r.scoreCard()).isInterval()).isFalse();
  }

  @Test
  void combined_missingAssessment_spansZeroToHundredForIt() {
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
        Decided.evaluate(
            Evaluator.create(),
            s,
            DOSSIER,
            Assessments.none().with("self-assessment", new BigDecimal("90")));
    // (5 × 80 + 2 × 90 + 3 × [0, 100]) / 10 = [58, 88]
    assertThat(r.score()).contains(Span.of(Fraction.of(58, 1), Fraction.of(88, 1)));
    assertThat(nn(r.scoreCard()).isInterval()).isTrue();
    assertThat(nn(r.scoreCard()).lowest()).isNull();
    assertThat(nn(nn(r.scoreCard()).highest()).id()).isEqualTo("advanced");
    assertThat(r.grade()).isEmpty();
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
                Decided.evaluate(
                    Evaluator.create(),
                    s,
                    DOSSIER,
                    Assessments.none().with("inspection", BigDecimal.TEN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inspection");
    assertThatThrownBy(
            () ->
                Decided.evaluate(
                    Evaluator.create(),
                    s,
                    DOSSIER,
                    Assessments.none().with("standard", BigDecimal.TEN)))
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

  private static Check between(long lowNum, long highNum, long den) {
    return c ->
        CheckResult.insufficient(WHY)
            .withRemedy(
                new org.cunzhi.core.rule.Remedy(
                    org.cunzhi.core.rule.Remedy.Kind.SUPPLY_DATA,
                    "scorecards",
                    2025,
                    null,
                    1,
                    LocalizedText.of("群众评议评分表", "the mass appraisal scorecard")))
            .withCredit(
                org.cunzhi.core.rule.CreditRange.between(
                    Credit.of(lowNum, den), Credit.of(highNum, den)));
  }

  @Test
  void CV_D5_intervalReachingACutOffExactly_isInconclusive_namingWhatIsMissing() {
    // 40 + 30 + 30 × [1/3, 2/3] = [80, 90]: 90 is demonstration, 80 advanced
    EvaluationResult r =
        evaluate(
            scored(checks(gives(Outcome.PASS), gives(Outcome.PASS), between(1, 2, 3)), POINTS));
    assertThat(r.score()).contains(Span.of(Fraction.of(80, 1), Fraction.of(90, 1)));
    assertThat(r.grade()).isEmpty();
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    ScoreCard card = nn(r.scoreCard());
    assertThat(nn(card.lowest()).id()).isEqualTo("advanced");
    assertThat(nn(card.highest()).id()).isEqualTo("demonstration");
    assertThat(card.missing())
        .extracting(LocalizedText::en)
        .containsExactly("the mass appraisal scorecard");
    assertThat(r.notes())
        .filteredOn(n -> n.key().equals("note.points.grade-open"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.text().zh()).contains("80.00–90.00", "先进村", "示范村", "群众评议评分表");
              assertThat(n.text().en()).contains("the mass appraisal scorecard");
            });
  }

  @Test
  void CV_D5_intervalJustBelowACutOff_awardsTheGradeBothEndsReach() {
    // 40 + 30 + 30 × [1/3, 1999/3000] = [80, 89.99]: advanced at both ends
    EvaluationResult r =
        evaluate(
            scored(
                checks(gives(Outcome.PASS), gives(Outcome.PASS), between(1000, 1999, 3000)),
                POINTS));
    assertThat(r.score()).contains(Span.of(Fraction.of(80, 1), Fraction.of(8999, 100)));
    assertThat(r.grade().orElseThrow().id()).isEqualTo("advanced");
    assertThat(nn(r.scoreCard()).standing()).isEqualTo(GradeStanding.AWARDED);
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(nn(r.criterion("test.c").orElseThrow().points()).standing())
        .isEqualTo(CriterionPoints.Standing.OPEN);
  }

  @Test
  void CV_D8_vetoUndecided_leavesTheGradeOpen_unlessEvenTheBestScoreEarnsNone() {
    Check undecidedVeto = Checks.veto(gives(Outcome.INSUFFICIENT_EVIDENCE));
    EvaluationResult open =
        evaluate(
            scored(
                checks(gives(Outcome.PASS), gives(Outcome.PASS), undecidedVeto),
                ImmutableMap.of("test.a", 50, "test.b", 50, "test.c", 0)));
    assertThat(open.score()).contains(Span.exactly(Fraction.HUNDRED));
    assertThat(open.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(nn(open.scoreCard()).lowest()).isNull();
    assertThat(nn(nn(open.scoreCard()).highest()).id()).isEqualTo("demonstration");
    assertThat(open.notes()).extracting(Reason::key).contains("note.points.veto-open");

    EvaluationResult low =
        evaluate(
            scored(
                checks(gives(Outcome.FAIL), gives(Outcome.PASS), undecidedVeto),
                ImmutableMap.of("test.a", 41, "test.b", 59, "test.c", 0)));
    // even the best is 59 < 60: not qualified whether or not the veto fires
    assertThat(low.score()).contains(Span.exactly(Fraction.of(59, 1)));
    assertThat(nn(low.scoreCard()).standing()).isEqualTo(GradeStanding.NOT_QUALIFIED);
    assertThat(nn(low.scoreCard()).gradeCode()).isEqualTo("NOT_QUALIFIED");
    assertThat(low.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);

    EvaluationResult sixty =
        evaluate(
            scored(
                checks(gives(Outcome.FAIL), gives(Outcome.PASS), undecidedVeto),
                ImmutableMap.of("test.a", 40, "test.b", 60, "test.c", 0)));
    assertThat(sixty.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void CV_D8_vetoCapsTheGradeOnly_scoreAndPointsStayAsComputed() {
    EvaluationResult r =
        evaluate(
            scored(
                checks(gives(Outcome.PASS), gives(Outcome.PASS), Checks.veto(gives(Outcome.FAIL))),
                ImmutableMap.of("test.a", 50, "test.b", 50, "test.c", 0)));
    assertThat(r.score()).contains(Span.exactly(Fraction.HUNDRED));
    assertThat(nn(r.scoreCard()).gradeCode()).isEqualTo("NOT_QUALIFIED");
    assertThat(nn(r.scoreCard()).capped()).isTrue();
    assertThat(nn(r.criterion("test.a").orElseThrow().points()).earned())
        .isEqualTo(Span.exactly(Fraction.of(50, 1)));
  }

  @Test
  void creditRange_mustSuitTheOutcome() {
    org.cunzhi.core.rule.CreditRange open =
        org.cunzhi.core.rule.CreditRange.between(Credit.none(), Credit.of(1, 2));
    assertThatThrownBy(() -> CheckResult.pass(WHY).withCredit(open))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                CheckResult.insufficient(WHY)
                    .withCredit(org.cunzhi.core.rule.CreditRange.exactly(Credit.full())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CheckResult.notApplicable(WHY).withCredit(open))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CheckResult.insufficient(WHY).withCredit(open).creditRange()).contains(open);
    assertThat(CheckResult.insufficient(WHY).creditRange())
        .contains(org.cunzhi.core.rule.CreditRange.unknown());
    assertThat(CheckResult.notApplicable(WHY).creditRange()).isEmpty();
    assertThatThrownBy(() -> org.cunzhi.core.rule.CreditRange.between(Credit.full(), Credit.none()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final org.cunzhi.core.rule.Parameter<Integer> DEMONSTRATION_MINIMUM =
      new org.cunzhi.core.rule.Parameter<>(
              "demonstration-minimum",
              org.cunzhi.core.rule.ParameterType.INTEGER,
              90,
              "points",
              LegalReference.of("test", "2025", "grades"),
              LocalizedText.of("示范最低分", "least points for demonstration"))
          .withRange(60, 100)
          .withStricter(org.cunzhi.core.rule.Parameter.Strictness.HIGHER);

  private static final org.cunzhi.core.rule.Parameter<Integer> A_POINTS =
      new org.cunzhi.core.rule.Parameter<>(
              "a-points",
              org.cunzhi.core.rule.ParameterType.INTEGER,
              40,
              "points",
              LegalReference.of("test", "2025", "points"),
              LocalizedText.of("甲项分值", "points of a"))
          .withRange(0, 100)
          .withStricter(org.cunzhi.core.rule.Parameter.Strictness.HIGHER);

  private static Standard tailorable() {
    List<Criterion> criteria = new ArrayList<>();
    checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.FAIL))
        .forEach(
            (id, check) ->
                criteria.add(
                    Criterion.builder(id)
                        .title("测试", "test")
                        .reference(LegalReference.of("test", "2025", id))
                        .check(check)
                        .build()));
    Map<String, BigDecimal> p = new LinkedHashMap<>();
    POINTS.forEach((k, v) -> p.put(k, BigDecimal.valueOf(v)));
    return Standard.builder("test.tailorable")
        .version("1")
        .title("测试评分标准", "test points standard")
        .authority("test")
        .documentNumber("T-3")
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.TOWNSHIP)
        .applicability(Applicability.of(UnitKind.VILLAGE, "12"))
        .parameters(List.of(DEMONSTRATION_MINIMUM, A_POINTS))
        .criteria(criteria)
        .scoring(
            ScoringModel.weightedPoints(p, GRADES)
                .tailorable(
                    Map.of("test.a", A_POINTS), Map.of("demonstration", DEMONSTRATION_MINIMUM)))
        .build();
  }

  @Test
  void S_5_gradeMinimumsAndPoints_followATailoring() {
    Standard base = tailorable();
    // 40 + 30 of 100 = 70: qualified
    EvaluationResult plain = evaluate(base);
    assertThat(exact(plain)).isEqualByComparingTo("70");
    // a-points 70: 70 + 30 of 130 = 76.92…: advanced
    Standard heavier =
        org.cunzhi.core.standard.Tailoring.parse(
                "id=test.heavier\nversion=1\nbase=test.tailorable\nparameter.a-points=70\n")
            .applyTo(base);
    EvaluationResult r = evaluate(heavier);
    assertThat(r.score()).contains(Span.exactly(Fraction.of(10000, 130)));
    assertThat(r.grade().orElseThrow().id()).isEqualTo("advanced");
    assertThat(heavier.fingerprint()).isNotEqualTo(base.fingerprint());
  }

  @Test
  void S_5_aRaisedGradeMinimum_takesTheGradeAwayAtTheOldCutOff() {
    Map<String, Check> all = checks(gives(Outcome.PASS), gives(Outcome.PASS), gives(Outcome.PASS));
    WeightedPoints model =
        ScoringModel.weightedPoints(
                Map.of(
                    "test.a", BigDecimal.valueOf(40),
                    "test.b", BigDecimal.valueOf(30),
                    "test.c", BigDecimal.valueOf(30)),
                GRADES)
            .tailorable(Map.of(), Map.of("demonstration", DEMONSTRATION_MINIMUM));
    assertThat(all).hasSize(3);
    WeightedPoints at95 =
        model.resolve(org.cunzhi.core.rule.ParameterValues.none().with(DEMONSTRATION_MINIMUM, 95));
    assertThat(at95.grade("demonstration").orElseThrow().minimumScore()).isEqualByComparingTo("95");
    assertThatThrownBy(
            () ->
                ScoringModel.weightedPoints(Map.of("test.a", BigDecimal.ONE), GRADES)
                    .tailorable(Map.of(), Map.of("gold", DEMONSTRATION_MINIMUM)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gold");
    assertThatThrownBy(
            () ->
                ScoringModel.weightedPoints(Map.of("test.a", BigDecimal.ONE), GRADES)
                    .tailorable(Map.of("test.a", A_POINTS), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default");
  }
}
