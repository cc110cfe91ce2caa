package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Reporter;
import org.cunzhi.core.model.Section;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** D-PROC-3 as a deadline: day N against day N+1, late items as data (refs), S-6. */
class DeadlineTest {
  private static final Deadline HANDLED =
      Procedure.complaintsHandled(TestParameters.COMPLAINT_DAYS);

  private static final LocalDate RECEIVED = LocalDate.of(2025, 4, 2);

  private static Complaint complaint(
      String ref, LocalDate received, @Nullable Integer investigatedAfter, boolean published) {
    return new Complaint(
        ref,
        received,
        investigatedAfter == null ? null : received.plusDays(investigatedAfter),
        published ? received.plusDays(20) : null,
        false,
        Reporter.named());
  }

  private static Dossier with(Complaint... complaints) {
    return Dossiers.complete().toBuilder().complaints(List.of(complaints)).build();
  }

  private static CheckResult run(Check check, Dossier d) {
    return TestContext.checked(check, TestContext.of(d));
  }

  private static List<String> missed(CheckResult r) {
    return r.missed().stream().map(Missed::period).toList();
  }

  @Test
  void investigatedOnDayN_passes_dayNPlusOne_isMissedByItsRef() {
    CheckResult inTime = run(HANDLED, with(complaint("C-7", RECEIVED, 3, true)));
    assertThat(inTime.outcome()).isEqualTo(Outcome.PASS);
    assertThat(inTime.missed()).isEmpty();
    assertThat(inTime.reasons()).extracting(Reason::key).containsExactly("complaints.handled");

    CheckResult late = run(HANDLED, with(complaint("C-7", RECEIVED, 4, true)));
    assertThat(late.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(late.reasons()).extracting(Reason::key).containsExactly("complaints.late");
    assertThat(late.missed())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.period()).isEqualTo("C-7");
              assertThat(m.what().en())
                  .isEqualTo("investigated 4 days after receipt (limit 3 days)");
            });
    assertThat(late.remedies()).isEmpty();
  }

  @Test
  void theLimitIsAParameter_readAndRecorded() {
    TestContext context =
        TestContext.of(
            with(complaint("C-7", RECEIVED, 3, true)),
            ParameterValues.none().with(TestParameters.COMPLAINT_DAYS, 2));
    assertThat(missed(TestContext.checked(HANDLED, context))).containsExactly("C-7");
    assertThat(context.read).containsEntry("complaint-days", "2");
    assertThat(HANDLED.requirements().parameters()).containsExactly(TestParameters.COMPLAINT_DAYS);
    assertThat(HANDLED.requirements().needs())
        .containsExactly(java.util.Set.of(Section.COMPLAINTS));
  }

  @Test
  void notInvestigatedAndUnpublished_missTheRefTwice_reasonsGiveCountsOnly() {
    CheckResult r =
        run(
            HANDLED,
            with(
                complaint("C-1", RECEIVED, null, false),
                complaint("C-2", RECEIVED, 1, true),
                complaint("C-3", RECEIVED, 9, false)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("C-1", "C-1", "C-3", "C-3");
    assertThat(r.missed())
        .extracting(m -> m.what().en())
        .containsExactly(
            "not investigated (limit 3 days)",
            "outcome not published",
            "investigated 9 days after receipt (limit 3 days)",
            "outcome not published");
    assertThat(r.reasons())
        .extracting(Reason::key)
        .containsExactly(
            "complaints.not-investigated", "complaints.late", "complaints.unpublished");
    assertThat(r.remedies()).extracting(Remedy::amount).containsExactly(1L, 2L);
    for (Reason x : r.reasons()) {
      assertThat(x.text().en() + x.text().zh()).doesNotContain("C-1").doesNotContain("C-3");
    }
  }

  @Test
  void missedItems_nameTheRefAndNothingOfTheComplainant_S6() {
    CheckResult r = run(HANDLED, with(complaint("REF-2025-001", RECEIVED, null, false)));
    for (Missed m : r.missed()) {
      assertThat(m.period()).isEqualTo("REF-2025-001");
      String all = m.toString() + m.what().en() + m.what().zh();
      assertThat(all)
          .doesNotContain("Reporter")
          .doesNotContain("2025-04-02")
          .doesNotContain("redacted");
    }
  }

  @Test
  void receivedOn31DecemberOfTheYearBefore_isNotCounted_1JanuaryIs() {
    CheckResult before =
        run(HANDLED, with(complaint("C-0", LocalDate.of(2024, 12, 31), null, false)));
    assertThat(before.outcome()).isEqualTo(Outcome.PASS);
    assertThat(before.reasons()).extracting(Reason::key).containsExactly("complaints.none");
    assertThat(missed(run(HANDLED, with(complaint("C-0", LocalDate.of(2025, 1, 1), null, true)))))
        .containsExactly("C-0");
  }

  @Test
  void sectionAbsent_isInsufficient() {
    CheckResult r =
        run(HANDLED, Dossiers.complete().toBuilder().without(Section.COMPLAINTS).build());
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies()).singleElement().extracting(Remedy::subject).isEqualTo("complaints");
  }

  @Test
  void checksComplaintsHandled_isTheSameRule_countingOnly() {
    Dossier d = with(complaint("C-1", RECEIVED, 5, false));
    CheckResult counted = run(Checks.complaintsHandled(TestParameters.COMPLAINT_DAYS), d);
    CheckResult listed = run(HANDLED, d);
    assertThat(counted.outcome()).isEqualTo(listed.outcome());
    assertThat(counted.reasons()).isEqualTo(listed.reasons());
    assertThat(counted.remedies()).isEqualTo(listed.remedies());
    assertThat(counted.missed()).isEmpty();
    assertThat(listed.missed()).hasSize(2);
  }

  @Test
  void worded_speaksTheStandardsText_withTheSameArguments() {
    Deadline worded = HANDLED.worded(ProcedureTest.WORDS, "c");
    CheckResult r = run(worded, with(complaint("C-5", RECEIVED, 4, false)));
    assertThat(r.reasons()).extracting(Reason::key).containsExactly("c.late", "c.unpublished");
    assertThat(r.reasons().get(0).text().en()).isEqualTo("2025: 1 of 1 later than 3 days.");
    assertThat(r.missed())
        .extracting(m -> m.what().en())
        .containsExactly("day 4, limit 3", "unpublished");
    assertThat(r.remedies())
        .singleElement()
        .satisfies(x -> assertThat(x.text().en()).isEqualTo("Publish 1."));
    assertThat(run(worded, with()).reasons().get(0).text().zh()).isEqualTo("2025年没有举报。");
  }

  @Test
  void worded_aBundleWithoutTheKeys_isRejected() {
    assertThatThrownBy(() -> HANDLED.worded(ProcedureTest.WORDS, "day"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("day.none");
  }
}
