package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.InspectionFinding;
import org.junit.jupiter.api.Test;

class InspectorFindingTest {
  private static Dossier with(InspectionFinding... findings) {
    return Dossiers.complete().toBuilder().inspection(List.of(findings)).build();
  }

  private static InspectionFinding finding(String criterion, Finding f, int day) {
    return new InspectionFinding(criterion, f, "note " + day, LocalDate.of(2025, 11, day));
  }

  @Test
  void met_passes() {
    CheckResult r =
        Checks.inspectorFinding()
            .check(TestContext.of(with(finding("test.criterion", Finding.MET, 3))));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.reasons().get(0).text().en()).contains("2025-11-03", "note 3");
  }

  @Test
  void notMet_fails() {
    assertThat(
            Checks.inspectorFinding()
                .check(TestContext.of(with(finding("test.criterion", Finding.NOT_MET, 3))))
                .outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void noFindingForThisCriterion_isInsufficientAskingForOne() {
    CheckResult r =
        Checks.inspectorFinding()
            .check(TestContext.of(with(finding("test.other", Finding.MET, 3))));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies())
        .singleElement()
        .extracting(Remedy::kind)
        .isEqualTo(Remedy.Kind.SUPPLY_DATA);
  }

  @Test
  void laterNotMet_overridesEarlierMet() {
    assertThat(
            Checks.inspectorFinding()
                .check(
                    TestContext.of(
                        with(
                            finding("test.criterion", Finding.NOT_MET, 20),
                            finding("test.criterion", Finding.MET, 3))))
                .outcome())
        .isEqualTo(Outcome.FAIL);
  }

  // DOSSIER-v1 inspection: "A NOT_MET finding fails its criterion" -- a later MET does not undo it.
  @Test
  void earlierNotMet_stillFailsDespiteLaterMet() {
    CheckResult r =
        Checks.inspectorFinding()
            .check(
                TestContext.of(
                    with(
                        finding("test.criterion", Finding.NOT_MET, 3),
                        finding("test.criterion", Finding.MET, 20))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons().get(0).text().en()).contains("2025-11-03", "note 3");
  }

  @Test
  void twoMetFindings_latestIsReported() {
    CheckResult r =
        Checks.inspectorFinding()
            .check(
                TestContext.of(
                    with(
                        finding("test.criterion", Finding.MET, 20),
                        finding("test.criterion", Finding.MET, 3))));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.reasons().get(0).text().en()).contains("2025-11-20");
  }

  @Test
  void sameDayFindings_orderOfTheListDoesNotMatter() {
    InspectionFinding met = finding("test.criterion", Finding.MET, 20);
    InspectionFinding notMet = finding("test.criterion", Finding.NOT_MET, 20);
    InspectionFinding otherNotMet =
        new InspectionFinding("test.criterion", Finding.NOT_MET, "another", met.date());
    for (List<InspectionFinding> order :
        List.of(
            List.of(met, notMet, otherNotMet),
            List.of(otherNotMet, notMet, met),
            List.of(notMet, met, otherNotMet))) {
      Dossier d = Dossiers.complete().toBuilder().inspection(order).build();
      assertThat(TestContext.of(d).inspectionFinding()).contains(otherNotMet);
    }
  }
}
