package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.model.ActivityKind;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.MeetingBody;
import org.cunzhi.core.model.Occasion;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rate.Rate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * D-PROC as a building block: each cadence and each kind of "when", on both sides of every
 * boundary, with missed periods as data (their codes).
 */
class ProcedureTest {
  static final Messages WORDS =
      Messages.load(ProcedureTest.class, "/org/cunzhi/core/rule/procedure-messages");

  private static final LocalizedText MEETING = LocalizedText.of("会议", "meeting");

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2025, month, day);
  }

  private static Meeting council(LocalDate date) {
    return new Meeting(date, MeetingBody.ASSOCIATION_COUNCIL, true, true, true, 9);
  }

  private static Meeting leaders(LocalDate date, boolean minutes, boolean signIn) {
    return new Meeting(date, MeetingBody.GROUP_LEADERS_MONTHLY, false, minutes, signIn, 9);
  }

  private static Activity activity(LocalDate date, @Nullable Occasion occasion, ActivityBody body) {
    return new Activity(date, ActivityKind.PUBLICITY, occasion, body);
  }

  private static Dossier meetings(List<Meeting> meetings) {
    return Dossiers.complete().toBuilder().meetings(meetings).build();
  }

  private static Dossier councilOn(LocalDate... dates) {
    List<Meeting> all = new ArrayList<>();
    for (LocalDate d : dates) {
      all.add(council(d));
    }
    return meetings(all);
  }

  private static Procedure councilEach(Cadence cadence) {
    return Procedure.each(cadence)
        .of("council-meeting", Events.meetings(m -> m.body() == MeetingBody.ASSOCIATION_COUNCIL))
        .labelled(MEETING);
  }

  private static List<String> missed(CheckResult r) {
    return r.missed().stream().map(Missed::period).toList();
  }

  private static CheckResult run(Check check, Dossier d) {
    return TestContext.checked(check, TestContext.of(d));
  }

  // ---------------------------------------------------------------- each: quarters

  @Test
  void each_quarterly_lastDayOfEachQuarter_passes() {
    CheckResult r =
        run(
            councilEach(Cadence.QUARTERLY),
            councilOn(day(3, 31), day(6, 30), day(9, 30), day(12, 31)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.missed()).isEmpty();
    assertThat(r.measures()).singleElement().extracting(Measure::rate).isEqualTo(Rate.of(4, 4));
    assertThat(r.reasons()).extracting(Reason::key).containsExactly("event.every-period");
  }

  @Test
  void each_quarterly_firstDayOfTheNextQuarter_missesTheQuarterBefore() {
    CheckResult r =
        run(
            councilEach(Cadence.QUARTERLY),
            councilOn(day(4, 1), day(6, 30), day(9, 30), day(12, 31)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-Q1");
    assertThat(r.remedies())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(Remedy.Kind.ADD_EVENT);
              assertThat(m.subject()).isEqualTo("council-meeting");
              assertThat(m.quarter()).isEqualTo(1);
            });
    assertThat(r.missed().get(0).what().en()).isEqualTo("No meeting in Q1 2025.");
  }

  // ---------------------------------------------------------------- each: months

  @ParameterizedTest(name = "month {0} missing")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void each_monthly_eachMonthMissingInTurn_isMissedByItsCode(int skip) {
    List<Meeting> all = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      if (m != skip) {
        all.add(council(day(m, 1)));
      }
    }
    CheckResult r = run(councilEach(Cadence.MONTHLY), meetings(all));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly(String.format("2025-%02d", skip));
    assertThat(r.measures().get(0).rate()).isEqualTo(Rate.of(11, 12));
  }

  @Test
  void each_monthly_lastDayOfJanuary_countsForJanuaryNotFebruary() {
    List<Meeting> all = new ArrayList<>();
    all.add(council(day(1, 31)));
    for (int m = 3; m <= 12; m++) {
      all.add(council(day(m, 1)));
    }
    assertThat(missed(run(councilEach(Cadence.MONTHLY), meetings(all)))).containsExactly("2025-02");
    all.set(0, council(day(2, 1)));
    assertThat(missed(run(councilEach(Cadence.MONTHLY), meetings(all)))).containsExactly("2025-01");
  }

  // ---------------------------------------------------------------- each: halves and the year

  @Test
  void each_halfYearly_30JuneVs1July() {
    assertThat(run(councilEach(Cadence.HALF_YEARLY), councilOn(day(6, 30), day(7, 1))).outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(missed(run(councilEach(Cadence.HALF_YEARLY), councilOn(day(6, 30), day(6, 29)))))
        .containsExactly("2025-H2");
    assertThat(missed(run(councilEach(Cadence.HALF_YEARLY), councilOn(day(7, 1), day(12, 31)))))
        .containsExactly("2025-H1");
  }

  @Test
  void each_yearly_lastDayOfTheYearCounts_theDaysAroundItDoNot() {
    assertThat(run(councilEach(Cadence.YEARLY), councilOn(day(12, 31))).outcome())
        .isEqualTo(Outcome.PASS);
    CheckResult r =
        run(
            councilEach(Cadence.YEARLY),
            councilOn(LocalDate.of(2024, 12, 31), LocalDate.of(2026, 1, 1)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025");
  }

  @Test
  void each_cadenceParameter_isRead_evenWhenTheSectionIsAbsent() {
    Procedure p =
        Procedure.each(TestParameters.DISCLOSURE_CADENCE)
            .of("council-meeting", Events.meetings(m -> true));
    TestContext context =
        TestContext.of(
            Dossiers.complete().toBuilder().without(Section.MEETINGS).build(),
            ParameterValues.none().with(TestParameters.DISCLOSURE_CADENCE, Cadence.HALF_YEARLY));
    CheckResult r = TestContext.checked(p, context);
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.missed()).isEmpty();
    assertThat(context.read).containsEntry("disclosure-cadence", "HALF_YEARLY");
    assertThat(p.requirements().parameters()).containsExactly(TestParameters.DISCLOSURE_CADENCE);
  }

  // ---------------------------------------------------------------- records

  private static Procedure leadersMonthly() {
    return Procedure.each(Cadence.MONTHLY)
        .of(
            "group-leaders-meeting",
            Events.meetings(m -> m.body() == MeetingBody.GROUP_LEADERS_MONTHLY))
        .requiring(MeetingRecord.MINUTES, MeetingRecord.SIGN_IN_SHEET);
  }

  private static List<Meeting> leadersEachMonth() {
    List<Meeting> all = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      all.add(leaders(day(m, 5), true, true));
    }
    return all;
  }

  @ParameterizedTest
  @EnumSource(MeetingRecord.class)
  void requiring_aMonthWhoseMeetingLacksARecord_isMissed(MeetingRecord lacking) {
    List<Meeting> all = leadersEachMonth();
    all.set(
        2,
        leaders(
            day(3, 5), lacking != MeetingRecord.MINUTES, lacking != MeetingRecord.SIGN_IN_SHEET));
    CheckResult r = run(leadersMonthly(), meetings(all));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-03");
  }

  @Test
  void requiring_oneCompleteMeetingInTheMonth_isEnough() {
    List<Meeting> all = leadersEachMonth();
    all.add(leaders(day(3, 20), false, false));
    assertThat(run(leadersMonthly(), meetings(all)).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void requiring_activitiesKeepNoRecords_soNeverCount() {
    Procedure p =
        Procedure.each(Cadence.YEARLY)
            .of("work", Events.activities(a -> true))
            .requiring(MeetingRecord.MINUTES);
    assertThat(run(p, Dossiers.complete()).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(
            run(
                    Procedure.each(Cadence.YEARLY).of("work", Events.activities(a -> true)),
                    Dossiers.complete())
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void isKeptBy_readsTheMeetingsFlags() {
    assertThat(MeetingRecord.MINUTES.isKeptBy(leaders(day(1, 1), true, false))).isTrue();
    assertThat(MeetingRecord.SIGN_IN_SHEET.isKeptBy(leaders(day(1, 1), true, false))).isFalse();
  }

  // ---------------------------------------------------------------- several sections (S-9)

  private static Procedure groupWork() {
    return Procedure.each(Cadence.QUARTERLY)
        .of(
            "group-work",
            Events.meetings(m -> m.body() == MeetingBody.GROUP),
            Events.activities(a -> a.body() == ActivityBody.GROUP));
  }

  @Test
  void severalSections_meetingsAloneCoverEveryQuarter_passWithActivitiesAbsent() {
    List<Meeting> all = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      all.add(new Meeting(day(q * 3, 1), MeetingBody.GROUP, false, false, false, 3));
    }
    Dossier d = meetings(all).toBuilder().without(Section.ACTIVITIES).build();
    assertThat(run(groupWork(), d).outcome()).isEqualTo(Outcome.PASS);
    assertThat(groupWork().requirements().needs())
        .containsExactly(java.util.EnumSet.of(Section.ACTIVITIES, Section.MEETINGS));
  }

  @Test
  void severalSections_oneAbsentWithAGap_isInsufficient_andStillListsTheGap() {
    Dossier d =
        meetings(List.of(new Meeting(day(2, 1), MeetingBody.GROUP, false, false, false, 3)))
            .toBuilder()
            .without(Section.ACTIVITIES)
            .build();
    CheckResult r = run(groupWork(), d);
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(missed(r)).containsExactly("2025-Q2", "2025-Q3", "2025-Q4");
    assertThat(r.remedies()).singleElement().extracting(Remedy::subject).isEqualTo("activities");
  }

  @Test
  void severalSections_bothAbsent_isInsufficientNamingBoth() {
    Dossier d =
        Dossiers.complete().toBuilder()
            .without(Section.MEETINGS)
            .without(Section.ACTIVITIES)
            .build();
    CheckResult r = run(groupWork(), d);
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies()).extracting(Remedy::subject).containsExactly("meetings", "activities");
    assertThat(r.missed()).isEmpty();
  }

  // ---------------------------------------------------------------- in one period

  private static Procedure q4Report() {
    return Procedure.in(Cadence.QUARTERLY, 4)
        .of("assembly-report", Events.meetings(m -> m.body() == MeetingBody.VILLAGERS_ASSEMBLY));
  }

  private static Dossier assemblyOn(LocalDate... dates) {
    List<Meeting> all = new ArrayList<>();
    for (LocalDate d : dates) {
      all.add(new Meeting(d, MeetingBody.VILLAGERS_ASSEMBLY, true, true, true, 200));
    }
    return meetings(all);
  }

  @Test
  void in_fourthQuarter_1OctoberPasses_givingTheFirstMeetingsDate() {
    CheckResult r = run(q4Report(), assemblyOn(day(12, 1), day(10, 1)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.measures()).isEmpty();
    assertThat(r.reasons())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.key()).isEqualTo("event.held");
              assertThat(x.text().en()).isEqualTo("Q4 2025: assembly-report held (2025-12-01).");
            });
  }

  @Test
  void in_fourthQuarter_30SeptemberFails_missingQ4() {
    CheckResult r = run(q4Report(), assemblyOn(day(9, 30)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-Q4");
    assertThat(r.remedies()).singleElement().extracting(Remedy::quarter).isEqualTo(4);
  }

  @Test
  void in_aPeriodTheYearLacks_isRejected() {
    assertThatThrownBy(() -> Procedure.in(Cadence.HALF_YEARLY, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void in_worded_speaksTheStandardsText() {
    Procedure p = q4Report().worded(WORDS, "report");
    CheckResult pass = run(p, assemblyOn(day(10, 2)));
    assertThat(pass.reasons())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.key()).isEqualTo("report.held");
              assertThat(x.text().en()).isEqualTo("Report given in Q4 2025 (2025-10-02).");
            });
    CheckResult fail = run(p, assemblyOn(day(3, 2)));
    assertThat(fail.reasons()).extracting(Reason::key).containsExactly("report.missing");
    // without a "missed" key the missing message names the missed period
    assertThat(fail.missed())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.period()).isEqualTo("2025-Q4");
              assertThat(m.what().en()).isEqualTo("No report in Q4 2025.");
            });
    assertThat(fail.remedies().get(0).text().en()).isEqualTo("Give the report in Q4 2025.");
  }

  // ---------------------------------------------------------------- on a day

  private static final LocalizedText POPULATION_DAY =
      LocalizedText.of("世界人口日", "World Population Day");

  private static Procedure populationDay() {
    return Procedure.on(MonthDay.of(7, 11), Occasion.WORLD_POPULATION_DAY, POPULATION_DAY)
        .of("activities", Events.activities(a -> true))
        .labelled(LocalizedText.of("活动", "activity"));
  }

  private static Dossier activities(Activity... all) {
    return Dossiers.complete().toBuilder().activities(List.of(all)).build();
  }

  @Test
  void on_theDayItself_passes_theDaysAroundItDoNot() {
    assertThat(
            run(populationDay(), activities(activity(day(7, 11), null, ActivityBody.COMMITTEE)))
                .outcome())
        .isEqualTo(Outcome.PASS);
    CheckResult r =
        run(
            populationDay(),
            activities(
                activity(day(7, 10), null, ActivityBody.COMMITTEE),
                activity(day(7, 12), null, ActivityBody.COMMITTEE)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-07-11");
    assertThat(r.missed().get(0).what().en()).isEqualTo("No activity on World Population Day.");
    assertThat(r.remedies()).singleElement().extracting(Remedy::quarter).isEqualTo(3);
  }

  @Test
  void on_anActivityMarkingTheDay_countsOnAnyDateOfTheYear_notTheYearBefore() {
    CheckResult r =
        run(
            populationDay(),
            activities(activity(day(7, 14), Occasion.WORLD_POPULATION_DAY, ActivityBody.GROUP)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.reasons().get(0).text().en())
        .isEqualTo("World Population Day: activity held (2025-07-11).");
    CheckResult other =
        run(
            populationDay(),
            activities(
                activity(
                    LocalDate.of(2024, 7, 11), Occasion.WORLD_POPULATION_DAY, ActivityBody.GROUP),
                activity(day(7, 12), Occasion.MEMBER_DAY_0529, ActivityBody.GROUP)));
    assertThat(other.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void on_worded_namesTheDayAndItsDate() {
    Procedure p =
        Procedure.on(
                MonthDay.of(5, 29), Occasion.MEMBER_DAY_0529, LocalizedText.of("会员日", "member day"))
            .of("activities", Events.activities(a -> true))
            .worded(WORDS, "day");
    CheckResult r = run(p, activities(activity(day(5, 30), null, ActivityBody.ASSOCIATION)));
    assertThat(r.reasons())
        .singleElement()
        .satisfies(x -> assertThat(x.text().en()).isEqualTo("Nothing on member day (2025-05-29)."));
    assertThat(r.missed())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.period()).isEqualTo("2025-05-29");
              assertThat(m.what().en()).isEqualTo("nothing on member day");
            });
    assertThat(r.remedies().get(0).text().zh()).isEqualTo("在会员日（2025-05-29）开展。");
    assertThat(
            run(p, activities(activity(day(5, 29), null, ActivityBody.ASSOCIATION)))
                .reasons()
                .get(0)
                .text()
                .en())
        .isEqualTo("Kept member day (2025-05-29).");
  }

  @Test
  void worded_aKeyMissing_orACountInTheYear_isRejected() {
    assertThatThrownBy(() -> councilEach(Cadence.QUARTERLY).worded(WORDS, "day"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("day.every");
    assertThatThrownBy(
            () ->
                Procedure.atLeastInYear(TestParameters.COMPLAINT_DAYS)
                    .of("x", Events.meetings(m -> true))
                    .worded(WORDS, "each"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void each_worded_sumsUpAPassInTheStandardsText() {
    Procedure p = councilEach(Cadence.HALF_YEARLY).worded(WORDS, "each");
    assertThat(run(p, councilOn(day(1, 1), day(12, 31))).reasons().get(0).text().en())
        .isEqualTo("2025: met in all 2 periods (2).");
    assertThat(run(p, councilOn(day(1, 1))).reasons().get(0).text().en())
        .isEqualTo("Not met in the second half of 2025.");
  }

  // ---------------------------------------------------------------- at least N in the year

  private static CheckResult atLeast(int held, int minimum) {
    List<Meeting> all = new ArrayList<>();
    for (int i = 0; i < held; i++) {
      all.add(council(day(i % 12 + 1, 28)));
    }
    all.add(council(LocalDate.of(2026, 1, 1)));
    return Procedure.atLeastInYear(TestParameters.COMPLAINT_DAYS)
        .of("council-meeting", Events.meetings(m -> true))
        .labelled(MEETING)
        .check(
            TestContext.of(
                meetings(all),
                ParameterValues.none().with(TestParameters.COMPLAINT_DAYS, minimum)));
  }

  @Test
  void atLeastInYear_exactlyTheMinimum_passes_oneFewerMissesTheYear() {
    assertThat(atLeast(12, 12).outcome()).isEqualTo(Outcome.PASS);
    CheckResult r = atLeast(11, 12);
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025");
    assertThat(r.remedies()).singleElement().extracting(Remedy::amount).isEqualTo(1L);
    assertThat(r.measures().get(0).gap()).hasValue(1);
  }

  // ---------------------------------------------------------------- misuse

  @Test
  void of_withoutEvents_isRejected() {
    assertThatThrownBy(() -> Procedure.each(Cadence.MONTHLY).of("nothing"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
