package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.MeetingBody;
import org.cunzhi.core.model.Section;
import org.junit.jupiter.api.Test;

/** Missed periods as data: named as CLI-v1 names them, kept through combinations. */
class MissedTest {
  private static final Message WHAT = Messages.core().text("period.year", "2025");

  private static Check monthly(Cadence cadence) {
    return Checks.inEachPeriod(
        "meeting",
        cadence,
        d -> d.meetings().stream().map(Meeting::date).toList(),
        Section.MEETINGS);
  }

  private static Dossier meetingsOn(LocalDate... dates) {
    return Dossiers.complete().toBuilder()
        .meetings(
            Stream.of(dates)
                .map(d -> new Meeting(d, MeetingBody.GROUP, false, true, true, 5))
                .toList())
        .build();
  }

  @Test
  void code_eachCadence_isTheReportsForm() {
    assertThat(Period.of(2025, Cadence.MONTHLY, 3).code()).isEqualTo("2025-03");
    assertThat(Period.of(2025, Cadence.MONTHLY, 11).code()).isEqualTo("2025-11");
    assertThat(Period.of(2025, Cadence.QUARTERLY, 2).code()).isEqualTo("2025-Q2");
    assertThat(Period.of(2025, Cadence.HALF_YEARLY, 1).code()).isEqualTo("2025-H1");
    assertThat(Period.of(2025, Cadence.YEARLY, 1).code()).isEqualTo("2025");
  }

  @Test
  void of_blankPeriod_isRejected() {
    assertThatThrownBy(() -> new Missed(" ", WHAT)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkResult_oldConstructor_hasNoMissed() {
    CheckResult r =
        new CheckResult(Outcome.PASS, List.of(), List.of(), List.of(), false, (CreditRange) null);
    assertThat(r.missed()).isEmpty();
    assertThat(CheckResult.pass(Messages.core().reason("period.year", "2025")).missed()).isEmpty();
  }

  @Test
  void inEachPeriod_monthly_namesEachMissingMonth() {
    LocalDate[] all = new LocalDate[11];
    for (int m = 1, i = 0; m <= 12; m++) {
      if (m != 4) {
        all[i++] = LocalDate.of(2025, m, 15);
      }
    }
    CheckResult r = TestContext.checked(monthly(Cadence.MONTHLY), TestContext.of(meetingsOn(all)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.missed()).extracting(Missed::period).containsExactly("2025-04");
    assertThat(r.missed().get(0).what().en()).contains("2025-4").doesNotContain("{");
  }

  @Test
  void inEachPeriod_halfYearlyAndYearly_nameTheirPeriods() {
    Dossier d = meetingsOn(LocalDate.of(2025, 7, 1));
    assertThat(TestContext.checked(monthly(Cadence.HALF_YEARLY), TestContext.of(d)).missed())
        .extracting(Missed::period)
        .containsExactly("2025-H1");
    assertThat(TestContext.checked(monthly(Cadence.YEARLY), TestContext.of(meetingsOn())).missed())
        .extracting(Missed::period)
        .containsExactly("2025");
    assertThat(TestContext.checked(monthly(Cadence.YEARLY), TestContext.of(d)).missed()).isEmpty();
  }

  private static final Parameter<Integer> MINIMUM =
      new Parameter<>(
              "minimum",
              ParameterType.POSITIVE_INTEGER,
              12,
              "meetings",
              LegalReference.of("test", "2025", "1"),
              LocalizedText.of("最少", "minimum"))
          .withRange(1, 366)
          .withStricter(Parameter.Strictness.HIGHER);

  private static CheckResult atLeast(int held) {
    LocalDate[] dates = new LocalDate[held + 1];
    for (int i = 0; i < held; i++) {
      dates[i] = LocalDate.of(2025, i % 12 + 1, 2);
    }
    dates[held] = LocalDate.of(2024, 12, 31);
    return Checks.atLeastInYear(
            "meetings",
            LocalizedText.of("会议", "meeting"),
            MINIMUM,
            d -> d.meetings().stream().map(Meeting::date).toList(),
            Section.MEETINGS)
        .check(TestContext.of(meetingsOn(dates)));
  }

  @Test
  void atLeastInYear_twelveOfTwelve_passesWithoutMissed() {
    CheckResult r = atLeast(12);
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.missed()).isEmpty();
  }

  @Test
  void atLeastInYear_elevenOfTwelve_failsMissingTheYear_theYearBeforeNotCounted() {
    CheckResult r = atLeast(11);
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.missed()).extracting(Missed::period).containsExactly("2025");
    assertThat(r.missed().get(0).what().en())
        .isEqualTo("meeting held 11 times, at least 12 needed");
    assertThat(r.remedies()).singleElement().satisfies(x -> assertThat(x.amount()).isEqualTo(1));
    assertThat(r.measures().get(0).gap()).hasValue(1);
  }

  @Test
  void atLeastInYear_sectionAbsent_insufficientEvidence() {
    CheckResult r =
        Checks.atLeastInYear(
                "meetings",
                LocalizedText.of("会议", "meeting"),
                MINIMUM,
                d -> d.meetings().stream().map(Meeting::date).toList(),
                Section.MEETINGS)
            .check(
                TestContext.of(Dossiers.complete().toBuilder().without(Section.MEETINGS).build()));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void allOfAndAnyOf_keepEveryPartsMissed_once() {
    Check q1 =
        c ->
            CheckResult.fail(Messages.core().reason("period.year", "2025"))
                .withMissed(ImmutableList.of(new Missed("2025-Q1", WHAT)));
    Check q2 =
        c ->
            CheckResult.fail(Messages.core().reason("period.year", "2025"))
                .withMissed(
                    ImmutableList.of(new Missed("2025-Q2", WHAT), new Missed("2025-Q1", WHAT)));
    TestContext context = TestContext.of(Dossiers.complete());
    assertThat(Checks.allOf(q1, q2).check(context).missed())
        .extracting(Missed::period)
        .containsExactly("2025-Q1", "2025-Q2");
    assertThat(Checks.anyOf(q1, q2).check(context).missed())
        .extracting(Missed::period)
        .containsExactly("2025-Q1", "2025-Q2");
    assertThat(Checks.veto(q1).check(context).missed()).hasSize(1);
  }
}
