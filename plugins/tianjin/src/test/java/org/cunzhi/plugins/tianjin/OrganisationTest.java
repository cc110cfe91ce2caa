package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunzhi.plugins.tianjin.Evaluations.taiziWith;
import static org.cunzhi.plugins.tianjin.TaiziDossier.d;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.model.ActivityKind;
import org.cunzhi.core.model.Association;
import org.cunzhi.core.model.Cadre;
import org.cunzhi.core.model.CadreRole;
import org.cunzhi.core.model.GroupLeaders;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.MeetingBody;
import org.cunzhi.core.model.Organization;
import org.cunzhi.core.model.PresidentKind;
import org.cunzhi.core.model.SecretaryGeneralKind;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Remedy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** TJ-V1: organisation sound and working. */
class OrganisationTest {

  private static Organization org(
      List<Cadre> cadres, GroupLeaders leaders, @Nullable Association a) {
    return new Organization(true, true, cadres, leaders, a);
  }

  private static Association association(int groups) {
    return new Association(
        d(2023, 3, 1),
        PresidentKind.PARTY_SECRETARY,
        true,
        SecretaryGeneralKind.FP_CADRE,
        7,
        groups,
        180);
  }

  private static final List<Cadre> ONE_CADRE = List.of(new Cadre(CadreRole.PART_TIME, true, null));

  private static CriterionResult with(Organization o) {
    return taiziWith(1, b -> b.organization(o));
  }

  /** Taizi's meetings without the association's fourth-quarter meetings. */
  private static List<Meeting> meetingsWithoutAssociationInQ4() {
    List<Meeting> kept = new ArrayList<>();
    for (Meeting m : TaiziDossier.meetings()) {
      boolean association = VillageRules.ASSOCIATION_BODIES.contains(m.body());
      if (!(association && m.date().getMonthValue() >= 10)) {
        kept.add(m);
      }
    }
    return kept;
  }

  @Test
  void TJ_V1_oneCadreOneLeaderOneGroup_passes() {
    assertThat(with(org(ONE_CADRE, new GroupLeaders(1, true), association(1))).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V1_noCadre_fails() {
    CriterionResult r = with(org(List.of(), new GroupLeaders(9, true), association(9)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.vetoed()).isFalse();
    assertThat(r.remedies()).extracting(Remedy::kind).contains(Remedy.Kind.INCREASE_COUNT);
  }

  @Test
  void TJ_V1_oneCadreWithoutDuties_fails() {
    List<Cadre> cadres =
        List.of(
            new Cadre(CadreRole.FULL_TIME, true, null),
            new Cadre(CadreRole.PART_TIME, false, null));
    CriterionResult r = with(org(cadres, new GroupLeaders(9, true), association(9)));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reasons()).anySatisfy(x -> assertThat(x.text().en()).contains("1 of the 2"));
  }

  @Test
  void TJ_V1_noGroupLeader_fails() {
    assertThat(with(org(ONE_CADRE, new GroupLeaders(0, true), association(1))).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V1_groupLeadersWithoutDuties_fails() {
    assertThat(with(org(ONE_CADRE, new GroupLeaders(9, false), association(1))).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V1_noAssociation_fails() {
    assertThat(with(org(ONE_CADRE, new GroupLeaders(9, true), null)).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V1_associationWithoutGroups_fails() {
    assertThat(with(org(ONE_CADRE, new GroupLeaders(9, true), association(0))).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V1_associationSilentInAQuarter_failsNamingTheQuarter() {
    CriterionResult r = taiziWith(1, b -> b.meetings(meetingsWithoutAssociationInQ4()));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies())
        .anySatisfy(
            x -> {
              assertThat(x.kind()).isEqualTo(Remedy.Kind.ADD_EVENT);
              assertThat(x.quarter()).isEqualTo(4);
            });
  }

  @Test
  void TJ_V1_committeeMeetingsDoNotShowTheAssociationWorking() {
    List<Meeting> meetings = new ArrayList<>(meetingsWithoutAssociationInQ4());
    meetings.add(new Meeting(d(2025, 11, 1), MeetingBody.TWO_COMMITTEES, true, true, true, 7));
    meetings.add(
        new Meeting(d(2025, 11, 2), MeetingBody.VILLAGERS_ASSEMBLY, true, true, true, 600));
    assertThat(taiziWith(1, b -> b.meetings(meetings)).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V1_associationActivityOn31December_fillsTheQuarter() {
    List<Activity> activities = new ArrayList<>(TaiziDossier.activities());
    activities.add(
        new Activity(
            d(2025, 12, 31), ActivityKind.MEMBER_ACTIVITY, null, ActivityBody.ASSOCIATION));
    assertThat(
            taiziWith(1, b -> b.meetings(meetingsWithoutAssociationInQ4()).activities(activities))
                .outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V1_associationActivityOn1JanuaryNextYear_doesNotCount() {
    List<Activity> activities = new ArrayList<>(TaiziDossier.activities());
    activities.add(
        new Activity(d(2026, 1, 1), ActivityKind.MEMBER_ACTIVITY, null, ActivityBody.ASSOCIATION));
    assertThat(
            taiziWith(1, b -> b.meetings(meetingsWithoutAssociationInQ4()).activities(activities))
                .outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void TJ_V1_groupMeetingCounts() {
    List<Meeting> meetings = new ArrayList<>(meetingsWithoutAssociationInQ4());
    meetings.add(new Meeting(d(2025, 10, 1), MeetingBody.GROUP, true, false, false, 12));
    assertThat(taiziWith(1, b -> b.meetings(meetings)).outcome()).isEqualTo(Outcome.PASS);
  }

  /** The bodies S-10 names, written out here so the test does not read the rule it checks. */
  private static final Set<MeetingBody> S_10_MEETINGS =
      EnumSet.of(
          MeetingBody.ASSOCIATION_COUNCIL,
          MeetingBody.ASSOCIATION_STANDING_COUNCIL,
          MeetingBody.MEMBER_CONGRESS,
          MeetingBody.GROUP_LEADERS_MONTHLY,
          MeetingBody.GROUP);

  @ParameterizedTest(name = "a {0} meeting in the silent quarter")
  @EnumSource(MeetingBody.class)
  void TJ_V1_S_10_meetingOfTheAssociationOrItsGroups_fillsTheQuarter_otherBodiesDoNot(
      MeetingBody body) {
    List<Meeting> meetings = new ArrayList<>(meetingsWithoutAssociationInQ4());
    meetings.add(new Meeting(d(2025, 11, 15), body, true, true, true, 9));
    assertThat(taiziWith(1, b -> b.meetings(meetings)).outcome())
        .isEqualTo(S_10_MEETINGS.contains(body) ? Outcome.PASS : Outcome.FAIL);
  }

  @ParameterizedTest(name = "an activity by the {0} in the silent quarter")
  @EnumSource(ActivityBody.class)
  void TJ_V1_S_10_activityOfTheAssociationOrAGroup_fillsTheQuarter_theCommitteesDoesNot(
      ActivityBody body) {
    List<Activity> activities = new ArrayList<>(TaiziDossier.activities());
    activities.add(new Activity(d(2025, 11, 15), ActivityKind.MEMBER_ACTIVITY, null, body));
    assertThat(
            taiziWith(1, b -> b.meetings(meetingsWithoutAssociationInQ4()).activities(activities))
                .outcome())
        .isEqualTo(body == ActivityBody.COMMITTEE ? Outcome.FAIL : Outcome.PASS);
  }

  /** An activity by {@code body} in each quarter of 2025. */
  private static List<Activity> quarterlyActivities(ActivityBody body) {
    List<Activity> activities = new ArrayList<>();
    for (int month : new int[] {2, 5, 8, 11}) {
      activities.add(new Activity(d(2025, month, 15), ActivityKind.MEMBER_ACTIVITY, null, body));
    }
    return activities;
  }

  // S-9's own example: association work in every quarter shown by activities alone passes with
  // `meetings` absent.
  @Test
  void TJ_V1_S_9_meetingsAbsent_activitiesInEveryQuarter_passes() {
    CriterionResult r =
        taiziWith(
            1,
            b -> b.without(Section.MEETINGS).activities(quarterlyActivities(ActivityBody.GROUP)));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V1_S_9_meetingsAbsent_activitiesLeaveAQuarterOpen_insufficientNamingMeetings() {
    List<Activity> threeQuarters = quarterlyActivities(ActivityBody.ASSOCIATION).subList(0, 3);
    CriterionResult r = taiziWith(1, b -> b.without(Section.MEETINGS).activities(threeQuarters));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.kind()).isEqualTo(Remedy.Kind.SUPPLY_DATA);
              assertThat(x.subject()).isEqualTo("meetings");
            });
  }

  @Test
  void TJ_V1_S_9_activitiesAbsent_councilMeetsEveryQuarter_passes() {
    assertThat(taiziWith(1, b -> b.without(Section.ACTIVITIES)).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void TJ_V1_S_9_activitiesAbsent_meetingsLeaveAQuarterOpen_insufficientNotFail() {
    CriterionResult r =
        taiziWith(1, b -> b.without(Section.ACTIVITIES).meetings(meetingsWithoutAssociationInQ4()));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void TJ_V1_S_9_meetingsAndActivitiesAbsent_insufficientNamingBoth() {
    CriterionResult r = taiziWith(1, b -> b.without(Section.MEETINGS).without(Section.ACTIVITIES));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies())
        .extracting(Remedy::subject)
        .containsExactlyInAnyOrder("meetings", "activities");
  }

  @Test
  void TJ_V1_failingOrganisationWithMeetingsMissing_failsRatherThanInsufficient() {
    CriterionResult r =
        taiziWith(
            1,
            b ->
                b.organization(org(List.of(), new GroupLeaders(9, true), association(9)))
                    .without(Section.MEETINGS));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
  }
}
