package org.cunzhi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Checks;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Grade;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.ScoringModel;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.Test;

/** Inspection findings applied in one place (DOMAIN S-7, CV-D8, DOSSIER-v1 inspection). */
class InspectionsTest {
  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));
  private static final String NOTE = "村务公开栏未更新";
  private static final Dossier DOSSIER =
      Dossier.builder(Unit.of(DivisionCode.parse("120119105201"), "台子村", UnitKind.VILLAGE), 2025)
          .build();

  /** The criterion ids of another installed standard. */
  private static final Set<String> OTHER_STANDARD = Set.of("other.village.1", "other.village.2");

  private static Criterion.Builder criterion(String id, Check check) {
    return Criterion.builder(id)
        .title("测试", "test")
        .reference(LegalReference.of("test", "2025", id))
        .check(check);
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

  /** Two criteria whose data pass: test.village.1 and test.village.2. */
  private static final Standard PASSING =
      standard(
          criterion("test.village.1", c -> CheckResult.pass(WHY)).build(),
          criterion("test.village.2", c -> CheckResult.pass(WHY)).build());

  private static InspectionFinding finding(String criterion, Finding f, LocalDate date) {
    return new InspectionFinding(criterion, f, NOTE, date);
  }

  private static InspectionFinding notMet(String criterion) {
    return finding(criterion, Finding.NOT_MET, LocalDate.of(2025, 11, 20));
  }

  private static Dossier with(InspectionFinding... findings) {
    return DOSSIER.toBuilder().inspection(List.of(findings)).build();
  }

  private static EvaluationResult evaluate(Dossier d) {
    return Decided.evaluate(Evaluator.create().withInstalledCriteria(OTHER_STANDARD), PASSING, d);
  }

  private static Outcome first(EvaluationResult r) {
    return r.criterion("test.village.1").orElseThrow().outcome();
  }

  private static List<String> noteKeys(EvaluationResult r) {
    return r.notes().stream().map(Reason::key).toList();
  }

  private static String allText(EvaluationResult r) {
    StringBuilder s = new StringBuilder();
    for (Reason n : r.notes()) {
      s.append(n.text().zh()).append('\n').append(n.text().en()).append('\n');
    }
    for (CriterionResult c : r.criteria()) {
      for (Reason x : c.reasons()) {
        s.append(x.text().zh()).append('\n').append(x.text().en()).append('\n');
      }
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- the assessment year

  @Test
  void S_7_notMetOnTheFirstDayOfTheAssessmentYear_applies() {
    EvaluationResult r =
        evaluate(with(finding("test.village.1", Finding.NOT_MET, LocalDate.of(2025, 1, 1))));
    assertThat(first(r)).isEqualTo(Outcome.FAIL);
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(allText(r)).contains(NOTE);
  }

  @Test
  void S_7_notMetOnTheLastDayBeforeTheAssessmentYear_isNotedNotApplied() {
    EvaluationResult r =
        evaluate(with(finding("test.village.1", Finding.NOT_MET, LocalDate.of(2024, 12, 31))));
    CriterionResult c = r.criterion("test.village.1").orElseThrow();
    assertThat(c.outcome()).isEqualTo(Outcome.PASS);
    assertThat(c.reasons()).extracting(Reason::key).containsExactly("test.why", "inspection.stale");
    assertThat(c.reasons().get(1).text().en()).contains("2024-12-31", "not met", "2025");
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(allText(r)).doesNotContain(NOTE);
  }

  @Test
  void S_7_findingAfterTheAssessmentYear_applies() {
    EvaluationResult r =
        evaluate(with(finding("test.village.1", Finding.NOT_MET, LocalDate.of(2026, 1, 15))));
    assertThat(first(r)).isEqualTo(Outcome.FAIL);
  }

  @Test
  void S_7_staleNotMetBesideACurrentMet_theMetApplies() {
    EvaluationResult r =
        evaluate(
            with(
                finding("test.village.1", Finding.NOT_MET, LocalDate.of(2024, 11, 20)),
                finding("test.village.1", Finding.MET, LocalDate.of(2025, 11, 20))));
    CriterionResult c = r.criterion("test.village.1").orElseThrow();
    assertThat(c.outcome()).isEqualTo(Outcome.PASS);
    assertThat(c.reasons())
        .extracting(Reason::key)
        .containsExactly("test.why", "inspection.met", "inspection.stale");
  }

  // ---------------------------------------------------------------- another installed standard

  @Test
  void S_7_notMetOnAnotherInstalledStandardsCriterion_isNotedNotApplied() {
    EvaluationResult r = evaluate(with(notMet("other.village.1")));
    assertThat(r.criteria()).extracting(CriterionResult::outcome).containsOnly(Outcome.PASS);
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(noteKeys(r)).containsExactly("note.inspection.other-standard");
    assertThat(r.notes().get(0).text().en()).startsWith("other.village.1:").contains("2025-11-20");
    assertThat(allText(r)).doesNotContain(NOTE);
  }

  @Test
  void S_7_withoutTheInstalledCriteria_anotherStandardsCriterionIsUnknown() {
    EvaluationResult r =
        Decided.evaluate(Evaluator.create(), PASSING, with(notMet("other.village.1")));
    assertThat(noteKeys(r)).containsExactly("note.inspection.unknown-not-met");
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void withInstalledCriteria_replacesAndCopies() {
    List<String> ids = new ArrayList<>(List.of("b.c.d", "a.b.c"));
    Evaluator e = Evaluator.create().withInstalledCriteria(ids);
    ids.add("x.y.z");
    assertThat(e.installedCriteria()).containsExactly("a.b.c", "b.c.d");
    assertThat(e.withInstalledCriteria(List.of()).installedCriteria()).isEmpty();
    assertThat(Evaluator.create().installedCriteria()).isEmpty();
  }

  // ---------------------------------------------------------------- no installed standard's

  @Test
  void S_7_unknownNotMet_isNotedWithTheNearestIdAndKeepsTheVerdictFromMeets() {
    EvaluationResult r = evaluate(with(notMet("test.vilage.1")));
    assertThat(r.criteria()).extracting(CriterionResult::outcome).containsOnly(Outcome.PASS);
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(noteKeys(r)).containsExactly("note.inspection.unknown-not-met.suggest");
    assertThat(r.notes().get(0).text().en())
        .startsWith("test.vilage.1: did you mean test.village.1?");
    assertThat(r.notes().get(0).text().zh()).contains("test.vilage.1", "test.village.1");
    assertThat(allText(r)).doesNotContain(NOTE);
  }

  @Test
  void S_7_unknownMet_isNotedButTheVerdictStands() {
    EvaluationResult r =
        evaluate(with(finding("test.vilage.1", Finding.MET, LocalDate.of(2025, 11, 20))));
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(noteKeys(r)).containsExactly("note.inspection.unknown.suggest");
  }

  @Test
  void S_7_unknownNotMetBeforeTheAssessmentYear_isStaleAndTheVerdictStands() {
    EvaluationResult r =
        evaluate(with(finding("test.vilage.1", Finding.NOT_MET, LocalDate.of(2024, 12, 31))));
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(noteKeys(r)).containsExactly("note.inspection.stale");
  }

  @Test
  void S_7_unknownNotMet_doesNotTurnAFailIntoInconclusive() {
    Standard failing = standard(criterion("test.village.1", c -> CheckResult.fail(WHY)).build());
    EvaluationResult r =
        Decided.evaluate(Evaluator.create(), failing, with(notMet("test.vilage.1")));
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
  }

  @Test
  void S_7_unknownWithNothingNear_isNotedWithoutASuggestion() {
    EvaluationResult r = evaluate(with(notMet("county.integrity.9")));
    assertThat(noteKeys(r)).containsExactly("note.inspection.unknown-not-met");
    assertThat(r.notes().get(0).text().en()).doesNotContain("did you mean");
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  // The nearest id is offered up to two edits away, not at three.
  @Test
  void S_7_nearest_twoEditsAway_isOffered_threeIsNot() {
    assertThat(noteKeys(evaluate(with(notMet("test.villag.1x")))))
        .containsExactly("note.inspection.unknown-not-met.suggest");
    assertThat(noteKeys(evaluate(with(notMet("test.villa.1x")))))
        .containsExactly("note.inspection.unknown-not-met");
  }

  @Test
  void nearest_isTheClosest_andOfEquallyCloseTheFirstInOrder() {
    TreeSet<String> known = new TreeSet<>(List.of("tianjin.village.1", "tianjin.village.3"));
    assertThat(Inspections.nearest("tianjin.vilage.3", known)).contains("tianjin.village.3");
    assertThat(Inspections.nearest("tianjin.village.2", known)).contains("tianjin.village.1");
    assertThat(Inspections.nearest("Tianjin.Village.3", known)).contains("tianjin.village.3");
    assertThat(Inspections.nearest("tianjin.community.r1", known)).isEmpty();
  }

  @Test
  void distance_isLevenshtein() {
    assertThat(Inspections.distance("kitten", "sitting", 10)).isEqualTo(3);
    assertThat(Inspections.distance("vilage", "village", 10)).isEqualTo(1);
    assertThat(Inspections.distance("abc", "abc", 10)).isZero();
    assertThat(Inspections.distance("", "ab", 10)).isEqualTo(2);
    assertThat(Inspections.distance("kitten", "sitting", 3)).isGreaterThanOrEqualTo(3);
  }

  // ---------------------------------------------------------------- a criterion taking none

  @Test
  void CV_D8_criterionThatTakesNoFindings_notesANotMetAndKeepsItsOutcome() {
    Standard s =
        standard(
            criterion("test.village.1", c -> CheckResult.pass(WHY))
                .findings(Criterion.Findings.NOTED)
                .build());
    EvaluationResult r = Decided.evaluate(Evaluator.create(), s, with(notMet("test.village.1")));
    CriterionResult c = r.criterion("test.village.1").orElseThrow();
    assertThat(c.outcome()).isEqualTo(Outcome.PASS);
    assertThat(c.reasons())
        .extracting(Reason::key)
        .containsExactly("test.why", "inspection.not-taken");
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void CV_D8_criterionThatTakesNoFindings_givesNoneToAnInspectorOnlyPart() {
    Standard s =
        standard(
            criterion("test.village.1", Checks.inspectorFinding())
                .findings(Criterion.Findings.NOTED)
                .build());
    EvaluationResult r =
        Decided.evaluate(
            Evaluator.create(),
            s,
            with(finding("test.village.1", Finding.MET, LocalDate.of(2025, 11, 20))));
    assertThat(r.criterion("test.village.1").orElseThrow().outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void findingsSetting_isInTheFingerprint() {
    Criterion applied = criterion("test.village.1", c -> CheckResult.pass(WHY)).build();
    Criterion noted =
        criterion("test.village.1", c -> CheckResult.pass(WHY))
            .findings(Criterion.Findings.NOTED)
            .build();
    assertThat(applied.findings()).isEqualTo(Criterion.Findings.APPLIED);
    assertThat(standard(applied).fingerprint()).isNotEqualTo(standard(noted).fingerprint());
  }

  // ---------------------------------------------------------------- scoring, order

  @Test
  void S_7_unknownNotMet_underPoints_isInconclusiveWithoutAGrade() {
    Standard points =
        Standard.builder("test.points")
            .version("1")
            .title("测试评分标准", "test points standard")
            .authority("test")
            .documentNumber("T-2")
            .effective(LocalDate.of(2025, 1, 1), null)
            .level(JurisdictionLevel.TOWNSHIP)
            .applicability(Applicability.of(UnitKind.VILLAGE, "12"))
            .criteria(List.of(criterion("test.village.1", c -> CheckResult.pass(WHY)).build()))
            .scoring(
                ScoringModel.weightedPoints(
                    Map.of("test.village.1", BigDecimal.valueOf(100)),
                    List.of(Grade.of("qualified", "合格村", "qualified village", "60"))))
            .build();
    assertThat(Decided.evaluate(Evaluator.create(), points, DOSSIER).verdict())
        .isEqualTo(Verdict.MEETS);
    EvaluationResult r =
        Decided.evaluate(Evaluator.create(), points, with(notMet("test.vilage.1")));
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(r.grade()).isEmpty();
    assertThat(noteKeys(r)).contains("note.inspection.unknown-not-met.suggest");
  }

  @Test
  void S_7_theOrderOfTheListChangesNothing() {
    List<InspectionFinding> findings =
        new ArrayList<>(
            List.of(
                notMet("test.vilage.1"),
                notMet("other.village.2"),
                finding("test.village.2", Finding.MET, LocalDate.of(2025, 11, 20)),
                finding("test.village.2", Finding.NOT_MET, LocalDate.of(2025, 11, 20)),
                new InspectionFinding(
                    "test.village.2", Finding.NOT_MET, "另一条", LocalDate.of(2025, 11, 20)),
                finding("test.village.1", Finding.MET, LocalDate.of(2024, 3, 1)),
                finding("zzz.unknown.1", Finding.MET, LocalDate.of(2025, 3, 1))));
    EvaluationResult expected = evaluate(DOSSIER.toBuilder().inspection(findings).build());
    assertThat(expected.criterion("test.village.2").orElseThrow().reasons().get(1).text().zh())
        .contains("另一条");
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(findings, random);
      assertThat(evaluate(DOSSIER.toBuilder().inspection(findings).build())).isEqualTo(expected);
    }
  }
}
