package org.cunzhi.plugins.tianjin;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.model.ActivityKind;
import org.cunzhi.core.model.Appraisal;
import org.cunzhi.core.model.Association;
import org.cunzhi.core.model.Cadre;
import org.cunzhi.core.model.Disclosure;
import org.cunzhi.core.model.DisclosureTopic;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.GroupLeaders;
import org.cunzhi.core.model.MeetingBody;
import org.cunzhi.core.model.Organization;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Checks;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.rule.Ruling;

/**
 * The parts of the Tianjin rules that core's shared checks do not cover: the organisation of TJ-V1
 * and the appraisal of TJ-V7, and which events TJ-V1, TJ-V4 and TJ-V6 count (core's {@code
 * Procedure} checks them in each quarter). Text comes from the plugin's bundle; counts only, never
 * a person.
 */
final class VillageRules {
  private VillageRules() {}

  /**
   * The bodies of the association whose meetings show it working (TJ-V1): the association's work
   * includes its groups (DOMAIN S-10, D-ORG-3, D-PROC-6).
   */
  static final Set<MeetingBody> ASSOCIATION_BODIES =
      EnumSet.of(
          MeetingBody.ASSOCIATION_COUNCIL,
          MeetingBody.ASSOCIATION_STANDING_COUNCIL,
          MeetingBody.MEMBER_CONGRESS,
          MeetingBody.GROUP_LEADERS_MONTHLY,
          MeetingBody.GROUP);

  /** Who holds the activities that show the association working (TJ-V1, DOMAIN S-10). */
  static final Set<ActivityBody> ASSOCIATION_ACTIVITY_BODIES =
      EnumSet.of(ActivityBody.ASSOCIATION, ActivityBody.GROUP);

  /** The activities that count as publicity, education or service (TJ-V4). */
  static final Set<ActivityKind> PUBLICITY_KINDS =
      EnumSet.of(ActivityKind.PUBLICITY, ActivityKind.EDUCATION, ActivityKind.SERVICE);

  /** Whether {@code x} covers both policy and its implementation (TJ-V6, TJ-R1). */
  static boolean isFullDisclosure(Disclosure x) {
    return x.covers().contains(DisclosureTopic.POLICY)
        && x.covers().contains(DisclosureTopic.IMPLEMENTATION);
  }

  /** The awareness survey's rate (D-RATE-3), when the year has one. */
  static Optional<Rate> awareness(org.cunzhi.core.model.YearStatistics y) {
    return Optional.ofNullable(y.awareness()).map(a -> Rate.of(a.aware(), a.surveyed()));
  }

  /** At least one cadre, every cadre with duties defined (TJ-V1). */
  static Check cadres() {
    return Checks.withDecision(cadresExplained(), VillageRules::cadresDecided);
  }

  /** What {@link #cadres} decides. */
  private static Ruling cadresDecided(CheckContext context) {
    List<Cadre> cadres = organization(context.dossier()).cadres();
    if (cadres.isEmpty()) {
      return Ruling.FAIL;
    }
    for (int i = 0; i < cadres.size(); i++) {
      if (!cadres.get(i).dutiesDefined()) {
        return Ruling.FAIL;
      }
    }
    return Ruling.PASS;
  }

  private static Check cadresExplained() {
    return context -> {
      Organization o = organization(context.dossier());
      List<Cadre> cadres = o.cadres();
      if (cadres.isEmpty()) {
        return CheckResult.fail(TianjinText.reason("v1.cadres.none"))
            .withRemedy(
                new Remedy(
                    Remedy.Kind.INCREASE_COUNT,
                    "organization/cadres",
                    context.assessmentYear(),
                    null,
                    1,
                    TianjinText.text("remedy.v1.cadre")));
      }
      long undefined = 0;
      for (int i = 0; i < cadres.size(); i++) {
        undefined += cadres.get(i).dutiesDefined() ? 0 : 1;
      }
      if (undefined > 0) {
        return CheckResult.fail(
                TianjinText.reason("v1.cadres.duties-undefined", undefined, cadres.size()))
            .withRemedy(
                new Remedy(
                    Remedy.Kind.CORRECT_RECORD,
                    "organization/cadres",
                    context.assessmentYear(),
                    null,
                    undefined,
                    TianjinText.text("remedy.v1.cadre-duties", undefined)));
      }
      return CheckResult.pass(TianjinText.reason("v1.cadres.ok", cadres.size()));
    };
  }

  /** At least one central household head or group leader, with duties defined (TJ-V1). */
  static Check groupLeaders() {
    return Checks.withDecision(
        groupLeadersExplained(),
        context -> {
          GroupLeaders g = organization(context.dossier()).groupLeaders();
          return g.count() >= 1 && g.dutiesDefined() ? Ruling.PASS : Ruling.FAIL;
        });
  }

  private static Check groupLeadersExplained() {
    return context -> {
      GroupLeaders g = organization(context.dossier()).groupLeaders();
      if (g.count() < 1) {
        return CheckResult.fail(TianjinText.reason("v1.group-leaders.none"))
            .withRemedy(
                new Remedy(
                    Remedy.Kind.INCREASE_COUNT,
                    "organization/groupLeaders/count",
                    context.assessmentYear(),
                    null,
                    1,
                    TianjinText.text("remedy.v1.group-leader")));
      }
      if (!g.dutiesDefined()) {
        return CheckResult.fail(TianjinText.reason("v1.group-leaders.duties-undefined", g.count()))
            .withRemedy(
                new Remedy(
                    Remedy.Kind.CORRECT_RECORD,
                    "organization/groupLeaders/dutiesDefined",
                    context.assessmentYear(),
                    null,
                    1,
                    TianjinText.text("remedy.v1.group-leader-duties")));
      }
      return CheckResult.pass(TianjinText.reason("v1.group-leaders.ok", g.count()));
    };
  }

  /** An association with a president, a secretary-general and at least one group (TJ-V1). */
  static Check association() {
    return Checks.withDecision(
        associationExplained(),
        context -> {
          Association a = organization(context.dossier()).association();
          return a != null && a.groups() >= 1 ? Ruling.PASS : Ruling.FAIL;
        });
  }

  private static Check associationExplained() {
    return context -> {
      Association a = organization(context.dossier()).association();
      if (a == null) {
        return CheckResult.fail(TianjinText.reason("v1.association.none"))
            .withRemedy(
                new Remedy(
                    Remedy.Kind.ADD_EVENT,
                    "organization/association",
                    context.assessmentYear(),
                    null,
                    1,
                    TianjinText.text("remedy.v1.association")));
      }
      if (a.groups() < 1) {
        return CheckResult.fail(TianjinText.reason("v1.association.no-groups"))
            .withRemedy(
                new Remedy(
                    Remedy.Kind.INCREASE_COUNT,
                    "organization/association/groups",
                    context.assessmentYear(),
                    null,
                    1,
                    TianjinText.text("remedy.v1.association-group")));
      }
      return CheckResult.pass(TianjinText.reason("v1.association.ok", a.groups()));
    };
  }

  /**
   * An appraisal in the assessment year with at least one participant of childbearing age and its
   * results tied to pay (TJ-V7).
   */
  static Check appraisal() {
    return Checks.withDecision(appraisalExplained(), VillageRules::appraisalDecided);
  }

  /** What {@link #appraisal} decides: one appraisal of the year that has both is enough. */
  private static Ruling appraisalDecided(CheckContext context) {
    int year = context.assessmentYear();
    List<Appraisal> appraisals = context.dossier().appraisals();
    for (int i = 0; i < appraisals.size(); i++) {
      Appraisal a = appraisals.get(i);
      if (a.date().getYear() == year && a.participantsOfChildbearingAge() >= 1 && a.linkedToPay()) {
        return Ruling.PASS;
      }
    }
    return Ruling.FAIL;
  }

  private static Check appraisalExplained() {
    return context -> {
      int year = context.assessmentYear();
      List<Appraisal> inYear = new ArrayList<>();
      for (Appraisal a : context.dossier().appraisals()) {
        if (a.date().getYear() == year) {
          inYear.add(a);
        }
      }
      if (inYear.isEmpty()) {
        return CheckResult.fail(TianjinText.reason("v7.none", year))
            .withRemedy(
                new Remedy(
                    Remedy.Kind.ADD_EVENT,
                    "appraisals",
                    year,
                    null,
                    1,
                    TianjinText.text("remedy.v7.appraisal", year)));
      }
      for (Appraisal a : inYear) {
        if (a.participantsOfChildbearingAge() >= 1 && a.linkedToPay()) {
          return CheckResult.pass(
              TianjinText.reason("v7.ok", a.date(), a.participantsOfChildbearingAge()));
        }
      }
      boolean anyParticipants =
          inYear.stream().anyMatch(a -> a.participantsOfChildbearingAge() >= 1);
      boolean anyLinked = inYear.stream().anyMatch(Appraisal::linkedToPay);
      ImmutableList.Builder<org.cunzhi.core.rule.Reason> reasons = ImmutableList.builder();
      ImmutableList.Builder<Remedy> remedies = ImmutableList.builder();
      if (!anyParticipants) {
        reasons.add(TianjinText.reason("v7.no-participants", year, inYear.size()));
      } else if (!anyLinked) {
        reasons.add(TianjinText.reason("v7.not-linked", year, inYear.size()));
      } else {
        reasons.add(TianjinText.reason("v7.not-both", year, inYear.size()));
      }
      remedies.add(
          new Remedy(
              Remedy.Kind.CORRECT_RECORD,
              "appraisals",
              year,
              null,
              1,
              TianjinText.text("remedy.v7.fix", year)));
      return new CheckResult(
          Outcome.FAIL, reasons.build(), ImmutableList.of(), remedies.build(), false);
    };
  }

  private static Organization organization(Dossier d) {
    Organization o = d.organization();
    if (o == null) {
      // Only reached when a caller forgot Checks.requires(ORGANIZATION, ...): a plugin bug.
      throw new IllegalStateException(
          "the organization section is absent: " + Section.ORGANIZATION);
    }
    return o;
  }
}
