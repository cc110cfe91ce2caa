package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.model.ActivityKind;
import org.cunzhi.core.model.Disclosure;
import org.cunzhi.core.model.DisclosureTopic;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rate.Rate;
import org.junit.jupiter.api.Test;

class PeriodCheckTest {
  private static final PeriodCheck DISCLOSURE =
      Checks.inEachPeriod(
              "disclosure",
              TestParameters.DISCLOSURE_CADENCE,
              d -> d.disclosures().stream().map(Disclosure::date).toList(),
              Section.DISCLOSURES)
          .labelled(LocalizedText.of("政策法规及落实情况公开", "disclosure of policy and its implementation"));

  private static final PeriodCheck ASSOCIATION =
      Checks.inEachPeriod(
          "association-work",
          Cadence.QUARTERLY,
          d ->
              Stream.concat(
                      d.meetings().stream().map(Meeting::date),
                      d.activities().stream()
                          .filter(a -> a.body() == ActivityBody.ASSOCIATION)
                          .map(Activity::date))
                  .toList(),
          Section.MEETINGS,
          Section.ACTIVITIES);

  private static Dossier disclosedOn(LocalDate... dates) {
    return Dossiers.complete().toBuilder()
        .disclosures(
            Stream.of(dates)
                .map(d -> new Disclosure(d, EnumSet.of(DisclosureTopic.POLICY)))
                .toList())
        .build();
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2025, month, day);
  }

  @Test
  void inEachPeriod_everyQuarterOnItsEdges_passes() {
    CheckResult r =
        TestContext.checked(
            DISCLOSURE, TestContext.of(disclosedOn(day(1, 1), day(6, 30), day(7, 1), day(12, 31))));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.measures()).singleElement().extracting(Measure::rate).isEqualTo(Rate.of(4, 4));
    assertThat(r.reasons().get(0).text().en())
        .isEqualTo(
            "2025: disclosure of policy and its" + " implementation in every quarter (4 of 4).");
  }

  @Test
  void inEachPeriod_thirdQuarterMissing_failsNamingItWithAddEvent() {
    CheckResult r =
        TestContext.checked(
            DISCLOSURE,
            TestContext.of(disclosedOn(day(3, 31), day(4, 1), day(10, 1), day(12, 31))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.text().zh()).startsWith("2025年第三季度没有");
              assertThat(x.text().en()).contains("Q3 2025");
            });
    assertThat(r.remedies())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(Remedy.Kind.ADD_EVENT);
              assertThat(m.quarter()).isEqualTo(3);
              assertThat(m.year()).isEqualTo(2025);
            });
    assertThat(r.measures().get(0).rate()).isEqualTo(Rate.of(3, 4));
  }

  @Test
  void inEachPeriod_eventsOfOtherYears_doNotCount() {
    CheckResult r =
        TestContext.checked(
            DISCLOSURE,
            TestContext.of(
                disclosedOn(
                    LocalDate.of(2024, 12, 31),
                    day(4, 1),
                    day(7, 1),
                    day(10, 1),
                    LocalDate.of(2026, 1, 1))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies()).singleElement().extracting(Remedy::quarter).isEqualTo(1);
  }

  @Test
  void inEachPeriod_sectionAbsent_isInsufficient() {
    Dossier d = Dossiers.complete().toBuilder().without(Section.DISCLOSURES).build();
    CheckResult r = TestContext.checked(DISCLOSURE, TestContext.of(d));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies()).singleElement().extracting(Remedy::subject).isEqualTo("disclosures");
  }

  @Test
  void inEachPeriod_oneOfTwoSectionsAbsentButCovered_passes() {
    Dossier d = Dossiers.complete().toBuilder().without(Section.ACTIVITIES).build();
    assertThat(TestContext.checked(ASSOCIATION, TestContext.of(d)).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void inEachPeriod_oneOfTwoSectionsAbsentWithAGap_isInsufficient() {
    Dossier d =
        Dossiers.complete().toBuilder().without(Section.ACTIVITIES).meetings(List.of()).build();
    CheckResult r = TestContext.checked(ASSOCIATION, TestContext.of(d));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies()).singleElement().extracting(Remedy::subject).isEqualTo("activities");
  }

  @Test
  void inEachPeriod_bothSectionsPresentWithAGap_fails() {
    Dossier d =
        Dossiers.complete().toBuilder()
            .meetings(List.of())
            .activities(
                List.of(
                    new Activity(day(1, 5), ActivityKind.PUBLICITY, null, ActivityBody.ASSOCIATION),
                    new Activity(day(4, 5), ActivityKind.PUBLICITY, null, ActivityBody.COMMITTEE)))
            .build();
    CheckResult r = TestContext.checked(ASSOCIATION, TestContext.of(d));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies()).extracting(Remedy::quarter).containsExactly(2, 3, 4);
  }

  @Test
  void inEachPeriod_cadenceParameterMonthly_needsEveryMonthAndIsRecorded() {
    TestContext context =
        TestContext.of(
            disclosedOn(day(2, 1), day(5, 1), day(8, 1), day(11, 1)),
            ParameterValues.none().with(TestParameters.DISCLOSURE_CADENCE, Cadence.MONTHLY));
    CheckResult r = TestContext.checked(DISCLOSURE, context);
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies()).hasSize(8);
    assertThat(r.measures().get(0).rate()).isEqualTo(Rate.of(4, 12));
    assertThat(context.read).containsEntry("disclosure-cadence", "MONTHLY");
  }

  @Test
  void labelled_namesTheEvent() {
    CheckResult r =
        DISCLOSURE
            .labelled(LocalizedText.of("公开", "posting"))
            .check(TestContext.of(disclosedOn(day(1, 1))));
    assertThat(r.reasons().get(0).text().en()).isEqualTo("No posting in Q2 2025.");
  }
}
