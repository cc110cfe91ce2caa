package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Reporter;
import org.cunzhi.core.model.Section;
import org.junit.jupiter.api.Test;

/** D-PROC-3, TJ-V8, S-6. */
class ComplaintChecksTest {
  private static final Check HANDLED = Checks.complaintsHandled(TestParameters.COMPLAINT_DAYS);

  private static Dossier with(Complaint... complaints) {
    return Dossiers.complete().toBuilder().complaints(List.of(complaints)).build();
  }

  @Test
  void investigatedOnDayThree_passes_dayFour_fails() {
    assertThat(
            TestContext.checked(HANDLED, TestContext.of(with(Dossiers.complaint("C-1", 3))))
                .outcome())
        .isEqualTo(Outcome.PASS);
    CheckResult r =
        TestContext.checked(HANDLED, TestContext.of(with(Dossiers.complaint("C-1", 4))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons()).extracting(Reason::key).containsExactly("complaints.late");
  }

  @Test
  void outcomeNotPublished_failsWithCorrectRecord() {
    LocalDate received = LocalDate.of(2025, 3, 1);
    Complaint c =
        new Complaint("C-9", received, received.plusDays(1), null, false, Reporter.named());
    CheckResult r = TestContext.checked(HANDLED, TestContext.of(with(c)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(Remedy.Kind.CORRECT_RECORD);
              assertThat(m.amount()).isEqualTo(1);
            });
  }

  @Test
  void notInvestigated_fails() {
    LocalDate received = LocalDate.of(2025, 3, 1);
    Complaint c = new Complaint("C-9", received, null, null, false, Reporter.named());
    CheckResult r = TestContext.checked(HANDLED, TestContext.of(with(c)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons())
        .extracting(Reason::key)
        .containsExactly("complaints.not-investigated", "complaints.unpublished");
  }

  @Test
  void complaintOfAnEarlierYear_isNotCounted() {
    LocalDate received = LocalDate.of(2024, 12, 30);
    Complaint late =
        new Complaint("C-0", received, received.plusDays(9), null, false, Reporter.named());
    CheckResult r = TestContext.checked(HANDLED, TestContext.of(with(late)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.reasons().get(0).key()).isEqualTo("complaints.none");
  }

  @Test
  void daysParameter_isReadAndRecorded() {
    TestContext context =
        TestContext.of(
            with(Dossiers.complaint("C-1", 3)),
            ParameterValues.none().with(TestParameters.COMPLAINT_DAYS, 2));
    assertThat(TestContext.checked(HANDLED, context).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(context.read).containsEntry("complaint-days", "2");
  }

  @Test
  void reasons_neverNameTheComplaint() {
    CheckResult r =
        TestContext.checked(
            HANDLED, TestContext.of(with(Dossiers.complaint("REF-13900001234", 5))));
    assertThat(r.reasons())
        .allSatisfy(
            x -> {
              assertThat(x.text().zh()).doesNotContain("13900001234").doesNotContain("05-10");
              assertThat(x.text().en()).doesNotContain("13900001234").doesNotContain("05-10");
            });
  }

  @Test
  void sectionAbsent_isInsufficient() {
    Dossier d = Dossiers.complete().toBuilder().without(Section.COMPLAINTS).build();
    assertThat(TestContext.checked(HANDLED, TestContext.of(d)).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }
}
