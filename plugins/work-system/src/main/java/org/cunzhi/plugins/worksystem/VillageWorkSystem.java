package org.cunzhi.plugins.worksystem;

import static org.cunzhi.plugins.worksystem.WorkSystemParameters.ASSEMBLY_REPORT_CADENCE;
import static org.cunzhi.plugins.worksystem.WorkSystemParameters.ASSOCIATION_ACTIVITIES;
import static org.cunzhi.plugins.worksystem.WorkSystemParameters.COMPLAINT_DAYS;
import static org.cunzhi.plugins.worksystem.WorkSystemParameters.COUNCIL_CADENCE;
import static org.cunzhi.plugins.worksystem.WorkSystemParameters.DISCLOSURE_CADENCE;
import static org.cunzhi.plugins.worksystem.WorkSystemParameters.GROUP_CADENCE;
import static org.cunzhi.plugins.worksystem.WorkSystemParameters.GROUP_LEADERS_CADENCE;
import static org.cunzhi.plugins.worksystem.WorkSystemParameters.MEMBER_CONGRESS_CADENCE;
import static org.cunzhi.plugins.worksystem.WorkSystemParameters.TWO_COMMITTEES_CADENCE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.model.DisclosureTopic;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.MeetingBody;
import org.cunzhi.core.model.Occasion;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Cadence;
import org.cunzhi.core.rule.Checks;
import org.cunzhi.core.rule.Events;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.MeetingRecord;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Procedure;
import org.cunzhi.core.standard.Applicability;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.cunzhi.core.standard.Standard;

/**
 * The village work-system standard ({@code work-system.village}): the eleven procedures of DOMAIN
 * §12, WS-1 to WS-11, each a criterion decided for the assessment year. All must pass (S-4); none
 * is a veto. A section a rule needs but the dossier lacks makes it INSUFFICIENT_EVIDENCE; every
 * missed period is listed in the result as data.
 *
 * <p>It applies to villages and communities under every province-level code, and has its own
 * purpose, {@code work-system}, so that it is never chosen in place of a demonstration standard: a
 * caller asks for it by id ({@code --standard work-system.village}) or by its purpose. Its level is
 * TOWNSHIP: the township's leading group checks a village's work system (D-ORG-4).
 *
 * <p>The plan at the start of the year, the half-year summary and the year-end summary with
 * appraisal (D-PROC-5) are not in DOSSIER-v1: WS-8's result says so in a reason, and nothing is
 * guessed about them.
 */
final class VillageWorkSystem {
  /** The standard's id. */
  static final String ID = "work-system.village";

  /** Its purpose, distinct from the demonstration standards'. */
  static final String PURPOSE = "work-system";

  /**
   * The province-level division codes (D-ADM-2, digits 1-2), every one: the work system is the same
   * whatever the province, and the conformance kit asks a standard below national level to name its
   * prefixes rather than apply everywhere.
   */
  static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  private VillageWorkSystem() {}

  /** The standard. */
  static Standard standard() {
    return Standard.builder(ID)
        .version("2025")
        .title(
            WorkSystemText.text("standard.title").zh(), WorkSystemText.text("standard.title").en())
        .authority(WorkSystemText.text("standard.authority").zh())
        .documentNumber(WorkSystemReferences.WORK_SYSTEM)
        .effective(LocalDate.of(2025, 1, 1), null)
        .level(JurisdictionLevel.TOWNSHIP)
        .purpose(PURPOSE)
        .applicability(
            new Applicability(EnumSet.of(UnitKind.VILLAGE, UnitKind.COMMUNITY), PROVINCES))
        .parameters(WorkSystemParameters.ALL)
        .criteria(
            ImmutableList.of(
                ws1(), ws2(), ws3(), ws4(), ws5(), ws6(), ws7(), ws8(), ws9(), ws10(), ws11()))
        .build();
  }

  private static Criterion.Builder criterion(int n, LegalReference reference) {
    String id = "work-system.ws-" + n;
    return Criterion.builder(id).title(WorkSystemText.text("criterion." + id)).reference(reference);
  }

  private static Procedure meetingsEach(
      String name, Parameter<Cadence> cadence, Predicate<Meeting> counts, String label) {
    return Procedure.each(cadence)
        .of(name, Events.meetings(counts))
        .labelled(WorkSystemText.text("label." + label));
  }

  /**
   * Whether {@code m} is a meeting of the villagers' or representatives' assembly on family
   * planning.
   */
  static boolean isAssemblyReport(Meeting m) {
    return (m.body() == MeetingBody.VILLAGERS_ASSEMBLY
            || m.body() == MeetingBody.REPRESENTATIVES_ASSEMBLY)
        && m.familyPlanningOnAgenda();
  }

  /** WS-1: the two committees study family planning each quarter (D-PROC-1). */
  static Criterion ws1() {
    return criterion(1, WorkSystemReferences.workSystem("一、1"))
        .check(
            meetingsEach(
                "two-committees-meeting",
                TWO_COMMITTEES_CADENCE,
                m -> m.body() == MeetingBody.TWO_COMMITTEES && m.familyPlanningOnAgenda(),
                "two-committees-meeting"))
        .build();
  }

  /** WS-2: the yearly report to the assembly, in the fourth quarter (D-PROC-1). */
  static Criterion ws2() {
    return criterion(2, WorkSystemReferences.workSystem("一、1"))
        .check(
            Procedure.in(Cadence.QUARTERLY, 4)
                .of("assembly-report", Events.meetings(VillageWorkSystem::isAssemblyReport))
                .worded(WorkSystemText.messages(), "ws-2"))
        .build();
  }

  /** WS-3: the half-year report to the assembly (D-PROC-2). */
  static Criterion ws3() {
    return criterion(3, WorkSystemReferences.supervision("2"))
        .check(
            meetingsEach(
                "assembly-report",
                ASSEMBLY_REPORT_CADENCE,
                VillageWorkSystem::isAssemblyReport,
                "assembly-report"))
        .build();
  }

  /** WS-4: policy and its implementation disclosed each quarter (D-PROC-2). */
  static Criterion ws4() {
    return criterion(4, WorkSystemReferences.supervision("1"))
        .check(
            Procedure.each(DISCLOSURE_CADENCE)
                .of(
                    "disclosure",
                    Events.disclosures(
                        x ->
                            x.covers()
                                .containsAll(
                                    EnumSet.of(
                                        DisclosureTopic.POLICY, DisclosureTopic.IMPLEMENTATION))))
                .labelled(WorkSystemText.text("label.disclosure")))
        .build();
  }

  /** WS-5: every complaint investigated in time and its outcome published (D-PROC-3). */
  static Criterion ws5() {
    return criterion(5, WorkSystemReferences.supervision("3"))
        .check(
            Procedure.complaintsHandled(COMPLAINT_DAYS).worded(WorkSystemText.messages(), "ws-5"))
        .build();
  }

  /**
   * WS-6: at least 12 activities by the association (body ASSOCIATION or GROUP) in the year, "on
   * average monthly" (D-PROC-5): a count in the year, so a shortfall misses the year itself.
   */
  static Criterion ws6() {
    return criterion(6, WorkSystemReferences.association("二"))
        .check(
            Procedure.atLeastInYear(ASSOCIATION_ACTIVITIES)
                .of(
                    "association-activities",
                    Events.activities(
                        a ->
                            a.body() == ActivityBody.ASSOCIATION || a.body() == ActivityBody.GROUP))
                .labelled(WorkSystemText.text("label.association-activity")))
        .build();
  }

  /** WS-7: the association's council meets each quarter (D-PROC-5). */
  static Criterion ws7() {
    return criterion(7, WorkSystemReferences.association("三"))
        .check(
            meetingsEach(
                "council-meeting",
                COUNCIL_CADENCE,
                m -> m.body() == MeetingBody.ASSOCIATION_COUNCIL,
                "council-meeting"))
        .build();
  }

  /** WS-8: the member congress meets in the year (D-PROC-5); the plan and summaries are noted. */
  static Criterion ws8() {
    return criterion(8, WorkSystemReferences.workSystem("二、2"))
        .check(
            Checks.withReason(
                meetingsEach(
                    "member-congress",
                    MEMBER_CONGRESS_CADENCE,
                    m -> m.body() == MeetingBody.MEMBER_CONGRESS,
                    "member-congress"),
                WorkSystemText.reason("note.not-in-format")))
        .build();
  }

  /** WS-9: an activity on World Population Day and one on the 29 May member day (D-PROC-5). */
  static Criterion ws9() {
    return criterion(9, WorkSystemReferences.workSystem("二、5"))
        .check(
            Checks.allOf(
                day(MonthDay.of(5, 29), Occasion.MEMBER_DAY_0529),
                day(MonthDay.of(7, 11), Occasion.WORLD_POPULATION_DAY)))
        .build();
  }

  /** WS-10: the group leaders' monthly meeting, with minutes and a sign-in sheet (D-PROC-6). */
  static Criterion ws10() {
    return criterion(10, WorkSystemReferences.monthlyMeeting("一、二（五）"))
        .check(
            meetingsEach(
                    "group-leaders-meeting",
                    GROUP_LEADERS_CADENCE,
                    m -> m.body() == MeetingBody.GROUP_LEADERS_MONTHLY,
                    "group-leaders-meeting")
                .requiring(MeetingRecord.MINUTES, MeetingRecord.SIGN_IN_SHEET))
        .build();
  }

  /** WS-11: a group meeting or group activity each month (D-PROC-6). */
  static Criterion ws11() {
    return criterion(11, WorkSystemReferences.groupActivity("6"))
        .check(
            Procedure.each(GROUP_CADENCE)
                .of(
                    "group-work",
                    Events.meetings(m -> m.body() == MeetingBody.GROUP),
                    Events.activities(a -> a.body() == ActivityBody.GROUP))
                .labelled(WorkSystemText.text("label.group-work")))
        .build();
  }

  /**
   * An activity on {@code day} of the assessment year (WS-9), or one whose {@code occasion} names
   * it dated in the year, whoever held it (as CV-D8 reads the occasions); missed under its date.
   */
  private static Procedure day(MonthDay day, Occasion occasion) {
    return Procedure.on(day, occasion, WorkSystemText.text("occasion." + occasion.name()))
        .of("activities", Events.activities(a -> true))
        .worded(WorkSystemText.messages(), "ws-9");
  }
}
