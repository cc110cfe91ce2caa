package org.cunzhi.plugins.worksystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.plugins.worksystem.Samples.ws;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.model.ActivityKind;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.Disclosure;
import org.cunzhi.core.model.DisclosureTopic;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.MeetingBody;
import org.cunzhi.core.model.Occasion;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.Missed;
import org.cunzhi.core.rule.Outcome;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** WS-1 to WS-11 (DOMAIN §12), each on both sides of its boundary, from taizi with one change. */
class WorkSystemRulesTest {

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2025, month, day);
  }

  private static Meeting meeting(LocalDate date, MeetingBody body, boolean agenda) {
    return new Meeting(date, body, agenda, true, true, 10);
  }

  private static Activity activity(LocalDate date, ActivityBody body) {
    return new Activity(date, ActivityKind.EDUCATION, null, body);
  }

  /** Taizi with its meetings of {@code body} replaced by {@code replacement}. */
  private static Dossier meetings(MeetingBody body, List<Meeting> replacement) {
    Dossier t = Samples.taizi();
    List<Meeting> all = new ArrayList<>();
    for (Meeting m : t.meetings()) {
      if (m.body() != body) {
        all.add(m);
      }
    }
    all.addAll(replacement);
    return t.toBuilder().meetings(all).build();
  }

  private static Dossier with(UnaryOperator<Dossier.Builder> change) {
    return change.apply(Samples.taizi().toBuilder()).build();
  }

  private static List<String> missed(CriterionResult r) {
    return r.missed().stream().map(Missed::period).toList();
  }

  private static List<Meeting> quarterly(MeetingBody body, boolean agenda, int... quarters) {
    List<Meeting> all = new ArrayList<>();
    for (int q : quarters) {
      all.add(meeting(day(q * 3, 10), body, agenda));
    }
    return all;
  }

  // ------------------------------------------------------------------ WS-1

  @Test
  void ws1_twoCommitteesEachQuarter_passes() {
    CriterionResult r =
        ws(
            1,
            meetings(
                MeetingBody.TWO_COMMITTEES,
                quarterly(MeetingBody.TWO_COMMITTEES, true, 1, 2, 3, 4)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.missed()).isEmpty();
  }

  @Test
  void ws1_thirdQuarterMissing_failsNamingIt() {
    CriterionResult r =
        ws(
            1,
            meetings(
                MeetingBody.TWO_COMMITTEES, quarterly(MeetingBody.TWO_COMMITTEES, true, 1, 2, 4)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-Q3");
  }

  @Test
  void ws1_familyPlanningNotOnAgenda_doesNotCount() {
    List<Meeting> m = quarterly(MeetingBody.TWO_COMMITTEES, true, 1, 2, 4);
    m.add(meeting(day(8, 1), MeetingBody.TWO_COMMITTEES, false));
    CriterionResult r = ws(1, meetings(MeetingBody.TWO_COMMITTEES, m));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-Q3");
  }

  @Test
  void ws1_noMeetings_insufficientEvidence() {
    assertThat(ws(1, with(b -> b.without(Section.MEETINGS))).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  // ------------------------------------------------------------------ WS-2

  @Test
  void ws2_assemblyOnFirstDayOfQ4_passes() {
    CriterionResult r =
        ws(
            2,
            meetings(
                MeetingBody.VILLAGERS_ASSEMBLY,
                List.of(meeting(day(10, 1), MeetingBody.REPRESENTATIVES_ASSEMBLY, true))));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void ws2_assemblyOnLastDayOfQ3_failsMissingQ4() {
    CriterionResult r =
        ws(
            2,
            meetings(
                MeetingBody.VILLAGERS_ASSEMBLY,
                List.of(meeting(day(9, 30), MeetingBody.VILLAGERS_ASSEMBLY, true))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-Q4");
  }

  @Test
  void ws2_q4AssemblyWithoutFamilyPlanning_fails() {
    CriterionResult r =
        ws(
            2,
            meetings(
                MeetingBody.VILLAGERS_ASSEMBLY,
                List.of(meeting(day(12, 20), MeetingBody.VILLAGERS_ASSEMBLY, false))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void ws2_noMeetings_insufficientEvidence() {
    assertThat(ws(2, with(b -> b.without(Section.MEETINGS))).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  // ------------------------------------------------------------------ WS-3

  @Test
  void ws3_assemblyInEachHalf_passes() {
    CriterionResult r =
        ws(
            3,
            meetings(
                MeetingBody.VILLAGERS_ASSEMBLY,
                List.of(
                    meeting(day(6, 30), MeetingBody.VILLAGERS_ASSEMBLY, true),
                    meeting(day(7, 1), MeetingBody.REPRESENTATIVES_ASSEMBLY, true))));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.missed()).isEmpty();
  }

  @Test
  void ws3_onlyTheSecondHalf_failsMissingH1() {
    CriterionResult r =
        ws(
            3,
            meetings(
                MeetingBody.VILLAGERS_ASSEMBLY,
                List.of(meeting(day(7, 1), MeetingBody.VILLAGERS_ASSEMBLY, true))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-H1");
  }

  // ------------------------------------------------------------------ WS-4

  private static Dossier disclosed(EnumSet<DisclosureTopic> q2) {
    return with(
        b ->
            b.disclosures(
                List.of(
                    new Disclosure(day(3, 31), EnumSet.allOf(DisclosureTopic.class)),
                    new Disclosure(day(6, 30), q2),
                    new Disclosure(day(9, 30), EnumSet.allOf(DisclosureTopic.class)),
                    new Disclosure(day(12, 31), EnumSet.allOf(DisclosureTopic.class)))));
  }

  @Test
  void ws4_policyAndImplementationEachQuarter_passes() {
    assertThat(
            ws(4, disclosed(EnumSet.of(DisclosureTopic.POLICY, DisclosureTopic.IMPLEMENTATION)))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void ws4_secondQuarterPolicyOnly_failsMissingQ2() {
    CriterionResult r = ws(4, disclosed(EnumSet.of(DisclosureTopic.POLICY)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-Q2");
  }

  @Test
  void ws4_noDisclosures_insufficientEvidence() {
    assertThat(ws(4, with(b -> b.without(Section.DISCLOSURES))).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  // ------------------------------------------------------------------ WS-5

  private static Dossier complaint(
      String ref,
      LocalDate received,
      @Nullable LocalDate investigated,
      @Nullable LocalDate published) {
    Complaint base = Samples.taizi().complaints().get(0);
    return with(
        b ->
            b.complaints(
                List.of(
                    new Complaint(
                        ref, received, investigated, published, false, base.reporter()))));
  }

  @Test
  void ws5_investigatedOnDay3_passes() {
    CriterionResult r = ws(5, complaint("C-9", day(4, 2), day(4, 5), day(6, 1)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.missed()).isEmpty();
  }

  @Test
  void ws5_investigatedOnDay4_failsNamingTheRefOnly() {
    CriterionResult r = ws(5, complaint("C-9", day(4, 2), day(4, 6), day(6, 1)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("C-9");
    assertThat(r.missed().get(0).what().en()).contains("day 4").contains("3 days");
  }

  @Test
  void ws5_outcomeNotPublished_fails() {
    CriterionResult r = ws(5, complaint("C-9", day(4, 2), day(4, 3), null));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("C-9");
  }

  @Test
  void ws5_notInvestigated_fails() {
    CriterionResult r = ws(5, complaint("C-9", day(4, 2), null, day(6, 1)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("C-9");
  }

  @Test
  void ws5_complaintOfAnotherYear_isNotCounted() {
    CriterionResult r =
        ws(5, complaint("C-8", LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 20), null));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void ws5_noComplaint_passes() {
    assertThat(ws(5, with(b -> b.complaints(List.of()))).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void ws5_noComplaintsSection_insufficientEvidence() {
    assertThat(ws(5, with(b -> b.without(Section.COMPLAINTS))).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void ws5_reasonsGiveCountsOnly_theRefIsInMissedAlone_S_6() {
    CriterionResult r = ws(5, complaint("C-9", day(4, 2), null, null));
    for (var reason : r.reasons()) {
      assertThat(reason.text().zh() + reason.text().en()).doesNotContain("C-9");
    }
    assertThat(missed(r)).containsExactly("C-9", "C-9");
  }

  // ------------------------------------------------------------------ WS-6

  private static Dossier associationActivities(int n, ActivityBody body) {
    List<Activity> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(activity(day(i % 12 + 1, 3), body));
    }
    all.add(activity(day(6, 1), ActivityBody.COMMITTEE));
    return with(b -> b.activities(all));
  }

  @Test
  void ws6_twelveActivities_passes() {
    CriterionResult r = ws(6, associationActivities(12, ActivityBody.ASSOCIATION));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.missed()).isEmpty();
  }

  @Test
  void ws6_elevenActivities_failsMissingTheYear() {
    CriterionResult r = ws(6, associationActivities(11, ActivityBody.ASSOCIATION));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025");
    assertThat(r.remedies()).singleElement().satisfies(x -> assertThat(x.amount()).isEqualTo(1));
  }

  @Test
  void ws6_groupActivitiesCount_committeeOnesDoNot() {
    assertThat(ws(6, associationActivities(12, ActivityBody.GROUP)).outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(ws(6, associationActivities(12, ActivityBody.COMMITTEE)).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void ws6_noActivities_insufficientEvidence() {
    assertThat(ws(6, with(b -> b.without(Section.ACTIVITIES))).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  // ------------------------------------------------------------------ WS-7

  @Test
  void ws7_councilEachQuarter_passes() {
    assertThat(
            ws(
                    7,
                    meetings(
                        MeetingBody.ASSOCIATION_COUNCIL,
                        quarterly(MeetingBody.ASSOCIATION_COUNCIL, false, 1, 2, 3, 4)))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void ws7_standingCouncilInsteadInQ1_failsMissingQ1() {
    List<Meeting> m = quarterly(MeetingBody.ASSOCIATION_COUNCIL, true, 2, 3, 4);
    m.add(meeting(day(2, 1), MeetingBody.ASSOCIATION_STANDING_COUNCIL, true));
    CriterionResult r = ws(7, meetings(MeetingBody.ASSOCIATION_COUNCIL, m));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-Q1");
  }

  // ------------------------------------------------------------------ WS-8

  @Test
  void ws8_memberCongress_passesAndNotesThePlanAndSummaries() {
    CriterionResult r = ws(8, Samples.taizi());
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.reasons()).anySatisfy(x -> assertThat(x.key()).isEqualTo("note.not-in-format"));
  }

  @Test
  void ws8_noMemberCongress_failsMissingTheYear() {
    CriterionResult r = ws(8, meetings(MeetingBody.MEMBER_CONGRESS, List.of()));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025");
  }

  @Test
  void ws8_congressOfTheYearBefore_doesNotCount() {
    CriterionResult r =
        ws(
            8,
            meetings(
                MeetingBody.MEMBER_CONGRESS,
                List.of(meeting(LocalDate.of(2024, 12, 31), MeetingBody.MEMBER_CONGRESS, true))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
  }

  // ------------------------------------------------------------------ WS-9

  private static Dossier dayActivities(Activity... activities) {
    return with(b -> b.activities(List.of(activities)));
  }

  @Test
  void ws9_bothDaysByOccasion_passes() {
    CriterionResult r =
        ws(
            9,
            dayActivities(
                new Activity(
                    day(5, 28),
                    ActivityKind.SERVICE,
                    Occasion.MEMBER_DAY_0529,
                    ActivityBody.ASSOCIATION),
                new Activity(
                    day(7, 12),
                    ActivityKind.PUBLICITY,
                    Occasion.WORLD_POPULATION_DAY,
                    ActivityBody.COMMITTEE)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void ws9_bothDaysByDate_passes() {
    assertThat(
            ws(
                    9,
                    dayActivities(
                        activity(day(5, 29), ActivityBody.ASSOCIATION),
                        activity(day(7, 11), ActivityBody.GROUP)))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void ws9_noWorldPopulationDay_failsNamingTheDay() {
    CriterionResult r =
        ws(
            9,
            dayActivities(
                activity(day(5, 29), ActivityBody.ASSOCIATION),
                activity(day(7, 10), ActivityBody.ASSOCIATION)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-07-11");
  }

  @Test
  void ws9_neither_failsNamingBothDays() {
    CriterionResult r = ws(9, dayActivities(activity(day(3, 1), ActivityBody.ASSOCIATION)));
    assertThat(missed(r)).containsExactly("2025-05-29", "2025-07-11");
  }

  // ------------------------------------------------------------------ WS-10

  private static List<Meeting> groupLeadersMonthly(int skip) {
    List<Meeting> all = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      if (m != skip) {
        all.add(meeting(day(m, 5), MeetingBody.GROUP_LEADERS_MONTHLY, false));
      }
    }
    return all;
  }

  @Test
  void ws10_everyMonthWithMinutesAndSignIn_passes() {
    CriterionResult r = ws(10, meetings(MeetingBody.GROUP_LEADERS_MONTHLY, groupLeadersMonthly(0)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.missed()).isEmpty();
  }

  @ParameterizedTest(name = "month {0} missing")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void ws10_eachMonthMissingInTurn_failsNamingThatMonth(int month) {
    CriterionResult r =
        ws(10, meetings(MeetingBody.GROUP_LEADERS_MONTHLY, groupLeadersMonthly(month)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly(String.format("2025-%02d", month));
  }

  @Test
  void ws10_minutesButNoSignInSheet_missesThatMonth() {
    List<Meeting> m = groupLeadersMonthly(3);
    m.add(new Meeting(day(3, 5), MeetingBody.GROUP_LEADERS_MONTHLY, false, true, false, 8));
    CriterionResult r = ws(10, meetings(MeetingBody.GROUP_LEADERS_MONTHLY, m));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-03");
  }

  @Test
  void ws10_signInSheetButNoMinutes_missesThatMonth() {
    List<Meeting> m = groupLeadersMonthly(3);
    m.add(new Meeting(day(3, 5), MeetingBody.GROUP_LEADERS_MONTHLY, false, false, true, 8));
    assertThat(missed(ws(10, meetings(MeetingBody.GROUP_LEADERS_MONTHLY, m))))
        .containsExactly("2025-03");
  }

  @Test
  void ws10_oneCompleteMeetingInTheMonth_isEnough() {
    List<Meeting> m = groupLeadersMonthly(0);
    m.add(new Meeting(day(3, 20), MeetingBody.GROUP_LEADERS_MONTHLY, false, false, false, 8));
    assertThat(ws(10, meetings(MeetingBody.GROUP_LEADERS_MONTHLY, m)).outcome())
        .isEqualTo(Outcome.PASS);
  }

  // ------------------------------------------------------------------ WS-11

  @Test
  void ws11_groupMeetingsAndActivitiesCoverEveryMonth_passes() {
    List<Meeting> m = new ArrayList<>(Samples.taizi().meetings());
    List<Activity> a = new ArrayList<>(Samples.taizi().activities());
    for (int month = 1; month <= 12; month++) {
      if (month % 2 == 0) {
        m.add(meeting(day(month, 15), MeetingBody.GROUP, false));
      } else {
        a.add(activity(day(month, 15), ActivityBody.GROUP));
      }
    }
    CriterionResult r = ws(11, with(b -> b.meetings(m).activities(a)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.missed()).isEmpty();
  }

  @Test
  void ws11_decemberMissing_failsNamingIt() {
    List<Meeting> m = new ArrayList<>(Samples.taizi().meetings());
    for (int month = 1; month <= 11; month++) {
      m.add(meeting(day(month, 15), MeetingBody.GROUP, false));
    }
    CriterionResult r = ws(11, with(b -> b.meetings(m)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(missed(r)).containsExactly("2025-12");
  }

  @Test
  void ws11_meetingsAloneCoverEveryMonth_passesWithoutActivities_S_9() {
    List<Meeting> m = new ArrayList<>(Samples.taizi().meetings());
    for (int month = 1; month <= 12; month++) {
      m.add(meeting(day(month, 15), MeetingBody.GROUP, false));
    }
    assertThat(ws(11, with(b -> b.meetings(m).without(Section.ACTIVITIES))).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void ws11_neitherSection_insufficientEvidence() {
    assertThat(ws(11, with(b -> b.without(Section.MEETINGS).without(Section.ACTIVITIES))).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }
}
