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
  void laterFindingPrevails() {
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
}
