package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.standard.Criterion;
import org.junit.jupiter.api.Test;

/**
 * {@link Checks#inspectorFinding}, for parts that only an inspector can judge, as the evaluator
 * runs it: the evaluator decides which finding applies and words it (DOMAIN S-7), the part gives
 * its outcome.
 */
class InspectorFindingTest {
  private static Dossier with(InspectionFinding... findings) {
    return Dossiers.complete().toBuilder().inspection(List.of(findings)).build();
  }

  private static InspectionFinding finding(String criterion, Finding f, int day) {
    return new InspectionFinding(criterion, f, "note " + day, LocalDate.of(2025, 11, day));
  }

  private static CriterionResult inspected(Check check, Dossier d) {
    Criterion c =
        Criterion.builder("test.criterion")
            .title("测试", "test")
            .reference(LegalReference.of("test", "2025", "item 1"))
            .check(check)
            .build();
    return Evaluator.create().evaluate(c, d, ParameterValues.none());
  }

  private static CriterionResult inspected(Dossier d) {
    return inspected(Checks.inspectorFinding(), d);
  }

  @Test
  void met_passes() {
    CriterionResult r = inspected(with(finding("test.criterion", Finding.MET, 3)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.reasons()).singleElement().extracting(Reason::key).isEqualTo("inspection.met");
    assertThat(r.reasons().get(0).text().en()).contains("2025-11-03", "note 3");
  }

  @Test
  void notMet_failsWithTheNoteOnce() {
    CriterionResult r = inspected(with(finding("test.criterion", Finding.NOT_MET, 3)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons()).singleElement().extracting(Reason::key).isEqualTo("inspection.not-met");
  }

  @Test
  void noFindingForThisCriterion_isInsufficientAskingForOne() {
    CriterionResult r = inspected(with(finding("test.other", Finding.MET, 3)));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies())
        .singleElement()
        .extracting(Remedy::kind)
        .isEqualTo(Remedy.Kind.SUPPLY_DATA);
  }

  // S-7: a finding of an earlier assessment settles nothing now.
  @Test
  void findingBeforeTheAssessmentYear_S_7_isInsufficientAndNoted() {
    InspectionFinding old =
        new InspectionFinding("test.criterion", Finding.MET, "旧", LocalDate.of(2024, 12, 31));
    CriterionResult r = inspected(with(old));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.reasons()).extracting(Reason::key).contains("inspection.stale");
  }

  @Test
  void laterNotMet_overridesEarlierMet() {
    assertThat(
            inspected(
                    with(
                        finding("test.criterion", Finding.NOT_MET, 20),
                        finding("test.criterion", Finding.MET, 3)))
                .outcome())
        .isEqualTo(Outcome.FAIL);
  }

  // DOSSIER-v1 inspection: "A NOT_MET finding fails its criterion" -- a later MET does not undo it.
  @Test
  void earlierNotMet_stillFailsDespiteLaterMet() {
    CriterionResult r =
        inspected(
            with(
                finding("test.criterion", Finding.NOT_MET, 3),
                finding("test.criterion", Finding.MET, 20)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons().get(0).text().en()).contains("2025-11-03", "note 3");
  }

  @Test
  void twoMetFindings_latestIsReported() {
    CriterionResult r =
        inspected(
            with(
                finding("test.criterion", Finding.MET, 20),
                finding("test.criterion", Finding.MET, 3)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.reasons().get(0).text().en()).contains("2025-11-20");
  }

  // A NOT_MET finding on a veto part that only an inspector can judge is a vetoed failure.
  @Test
  void notMetOnAVetoPart_isVetoed() {
    CriterionResult r =
        inspected(
            Checks.veto(Checks.inspectorFinding()),
            with(finding("test.criterion", Finding.NOT_MET, 3)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.vetoed()).isTrue();
  }

  @Test
  void contextOutsideTheEvaluator_hasNoFinding() {
    TestContext context = TestContext.of(with(finding("test.criterion", Finding.NOT_MET, 3)));
    assertThat(context.inspectionFinding()).isEmpty();
    assertThat(TestContext.checked(Checks.inspectorFinding(), context).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }
}
