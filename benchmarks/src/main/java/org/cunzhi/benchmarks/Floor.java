package org.cunzhi.benchmarks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The floor: the nine Tianjin village criteria (DOMAIN TJ-D, §10) checked by hand over {@link
 * Plain} records, with integer arithmetic and no explanations, as a programmer would write them for
 * one standard with nothing configurable. It decides each criterion's outcome and the verdict (S-4)
 * and nothing else: no reasons, measures, remedies or notes. What Cunzhi is compared with.
 */
final class Floor {
  /** A criterion's outcome, as small as it gets. */
  enum Outcome {
    PASS,
    FAIL,
    INSUFFICIENT_EVIDENCE,
    NOT_APPLICABLE
  }

  /** The unit's verdict under S-4. */
  enum Verdict {
    MEETS,
    DOES_NOT_MEET,
    INCONCLUSIVE
  }

  /** The nine outcomes (index 0 is TJ-V1) and the verdict. */
  record Result(Outcome[] outcomes, Verdict verdict) {}

  private static final Set<String> ASSOCIATION_BODIES =
      Set.of(
          "ASSOCIATION_COUNCIL",
          "ASSOCIATION_STANDING_COUNCIL",
          "MEMBER_CONGRESS",
          "GROUP_LEADERS_MONTHLY",
          "GROUP");
  private static final Set<String> ASSOCIATION_ACTIVITY_BODIES = Set.of("ASSOCIATION", "GROUP");
  private static final Set<String> PUBLICITY_KINDS = Set.of("PUBLICITY", "EDUCATION", "SERVICE");
  private static final Set<String> V8_VETO =
      Set.of("COLLECTIVE_PETITION", "SERIOUS_UNLAWFUL_INCIDENT");
  private static final Set<String> V9_VETO =
      Set.of(
          "NON_MEDICAL_SEX_DETERMINATION", "SEX_SELECTIVE_ABORTION", "FEMALE_INFANT_ABANDONMENT");

  private Floor() {}

  /** Checks {@code d} against the nine criteria. */
  static Result check(Plain.Dossier d) {
    int year = d.assessmentYear();
    Outcome[] o = new Outcome[9];
    o[0] = v1(d, year);
    o[1] = v2(d, year);
    o[2] = v3(d);
    o[3] = v4(d, year);
    o[4] = v5(d);
    o[5] = v6(d, year);
    o[6] = v7(d, year);
    o[7] = v8(d, year);
    o[8] = v9(d, year);
    if (d.inspection() != null) {
      for (Plain.Finding f : d.inspection()) {
        if (f.finding().equals("NOT_MET") && f.date().getYear() >= year) {
          String prefix = "tianjin.village.";
          if (f.criterion().startsWith(prefix)) {
            String n = f.criterion().substring(prefix.length());
            if (n.length() == 1 && n.charAt(0) >= '1' && n.charAt(0) <= '9') {
              o[n.charAt(0) - '1'] = Outcome.FAIL;
            }
          }
        }
      }
    }
    boolean insufficient = false;
    for (Outcome outcome : o) {
      if (outcome == Outcome.FAIL) {
        return new Result(o, Verdict.DOES_NOT_MEET);
      }
      insufficient |= outcome == Outcome.INSUFFICIENT_EVIDENCE;
    }
    return new Result(o, insufficient ? Verdict.INCONCLUSIVE : Verdict.MEETS);
  }

  /** Combines parts as "all of": a failure wins, then missing evidence. */
  private static Outcome and(Outcome a, Outcome b) {
    if (a == Outcome.FAIL || b == Outcome.FAIL) {
      return Outcome.FAIL;
    }
    if (a == Outcome.INSUFFICIENT_EVIDENCE || b == Outcome.INSUFFICIENT_EVIDENCE) {
      return Outcome.INSUFFICIENT_EVIDENCE;
    }
    if (a == Outcome.NOT_APPLICABLE) {
      return b;
    }
    return a;
  }

  private static Outcome of(boolean pass) {
    return pass ? Outcome.PASS : Outcome.FAIL;
  }

  private static int quarter(LocalDate date) {
    return (date.getMonthValue() - 1) / 3;
  }

  private static Outcome v1(Plain.Dossier d, int year) {
    Outcome organisation;
    Plain.Organization org = d.organization();
    if (org == null) {
      organisation = Outcome.INSUFFICIENT_EVIDENCE;
    } else {
      boolean cadres = !org.cadres().isEmpty();
      for (Plain.Cadre c : org.cadres()) {
        cadres &= c.dutiesDefined();
      }
      boolean leaders = org.groupLeaders().count() >= 1 && org.groupLeaders().dutiesDefined();
      Plain.Association a = org.association();
      boolean association = a != null && a.groups() >= 1;
      organisation = of(cadres && leaders && association);
    }
    if (d.meetings() == null && d.activities() == null) {
      return and(organisation, Outcome.INSUFFICIENT_EVIDENCE);
    }
    int quarters = 0;
    if (d.meetings() != null) {
      for (Plain.Meeting m : d.meetings()) {
        if (m.date().getYear() == year && ASSOCIATION_BODIES.contains(m.body())) {
          quarters |= 1 << quarter(m.date());
        }
      }
    }
    if (d.activities() != null) {
      for (Plain.Activity a : d.activities()) {
        if (a.date().getYear() == year && ASSOCIATION_ACTIVITY_BODIES.contains(a.body())) {
          quarters |= 1 << quarter(a.date());
        }
      }
    }
    // decided from the sections present when they settle it (S-9): a quarter left open by them
    // may be covered by the missing one
    boolean oneMissing = d.meetings() == null || d.activities() == null;
    Outcome working =
        quarters == 0b1111
            ? Outcome.PASS
            : oneMissing ? Outcome.INSUFFICIENT_EVIDENCE : Outcome.FAIL;
    return and(organisation, working);
  }

  private static Outcome v2(Plain.Dossier d, int year) {
    List<Plain.Instrument> instruments = d.instruments();
    if (instruments == null) {
      return Outcome.INSUFFICIENT_EVIDENCE;
    }
    LocalDate end = LocalDate.of(year, 12, 31);
    boolean charters = false;
    boolean sound = true;
    boolean contractsSound = true;
    boolean contracts = false;
    for (Plain.Instrument i : instruments) {
      LocalDate effective = i.effective();
      boolean inForce = effective != null && !effective.isAfter(end);
      boolean reviewed = i.legalReview().reviewed() && i.legalReview().conflicts().isEmpty();
      if (i.kind().equals("FAMILY_PLANNING_CONTRACT")) {
        if (inForce) {
          contracts = true;
          contractsSound &=
              Boolean.TRUE.equals(i.informedVoluntary())
                  && nonNull(i.villagerObligations()) >= 1
                  && nonNull(i.committeeObligations()) >= 1
                  && reviewed;
        }
        continue;
      }
      if (effective == null || !inForce) {
        continue;
      }
      charters = true;
      Plain.Adoption a = i.adoption();
      Plain.PublicNotice n = i.publicNotice();
      if (a == null || n == null) {
        sound = false;
        continue;
      }
      Integer represented = a.householdsRepresented();
      Integer households = d.unit().households();
      boolean quorum =
          (long) a.present() * 2 > a.eligible()
              || (represented != null
                  && households != null
                  && (long) represented * 3 >= (long) households * 2);
      boolean majority = (long) a.votesFor() * 2 > a.present();
      boolean posted =
          ChronoUnit.DAYS.between(n.from(), n.to()) + 1 >= 7 && n.objectionsUpheld() == 0;
      sound &=
          a.body().equals("VILLAGERS_ASSEMBLY")
              && quorum
              && majority
              && posted
              && effective.isAfter(n.to())
              && reviewed;
    }
    Outcome own = of(charters && sound);
    Boolean uses = d.usesContractManagement();
    if (uses == null) {
      return and(own, Outcome.INSUFFICIENT_EVIDENCE);
    }
    if (!uses) {
      return own;
    }
    return and(own, of(contracts && contractsSound));
  }

  private static int nonNull(@Nullable Integer i) {
    return i == null ? 0 : i;
  }

  private static Outcome v3(Plain.Dossier d) {
    Plain.Benefits b = d.benefits();
    if (b == null) {
      return Outcome.INSUFFICIENT_EVIDENCE;
    }
    return of(
        b.rewardsGranted() == b.rewardsEligible() && b.collectiveDistributionViolations() == 0);
  }

  private static Outcome v4(Plain.Dossier d, int year) {
    Outcome activities;
    if (d.activities() == null) {
      activities = Outcome.INSUFFICIENT_EVIDENCE;
    } else {
      int quarters = 0;
      for (Plain.Activity a : d.activities()) {
        if (a.date().getYear() == year && PUBLICITY_KINDS.contains(a.kind())) {
          quarters |= 1 << quarter(a.date());
        }
      }
      activities = of(quarters == 0b1111);
    }
    Outcome awareness = Outcome.INSUFFICIENT_EVIDENCE;
    if (d.years() != null) {
      for (Plain.Year y : d.years()) {
        Plain.Awareness a = y.awareness();
        if (y.year() == year && a != null && a.surveyed() > 0) {
          awareness = of((long) a.aware() * 10 >= (long) a.surveyed() * 9);
        }
      }
    }
    Integer breaches = d.privacyBreaches();
    Outcome privacy = breaches == null ? Outcome.INSUFFICIENT_EVIDENCE : of(breaches == 0);
    return and(and(activities, awareness), privacy);
  }

  private static Outcome v5(Plain.Dossier d) {
    Plain.Benefits b = d.benefits();
    if (b == null) {
      return Outcome.INSUFFICIENT_EVIDENCE;
    }
    Plain.DifficultFamilies f = b.difficultFamilies();
    if (f.identified() == 0) {
      return Outcome.NOT_APPLICABLE;
    }
    return of(f.assisted() == f.identified() && f.improved() >= 1);
  }

  private static Outcome v6(Plain.Dossier d, int year) {
    if (d.disclosures() == null) {
      return Outcome.INSUFFICIENT_EVIDENCE;
    }
    int quarters = 0;
    for (Plain.Disclosure disclosure : d.disclosures()) {
      if (disclosure.date().getYear() == year
          && disclosure.covers().contains("POLICY")
          && disclosure.covers().contains("IMPLEMENTATION")) {
        quarters |= 1 << quarter(disclosure.date());
      }
    }
    return of(quarters == 0b1111);
  }

  private static Outcome v7(Plain.Dossier d, int year) {
    if (d.appraisals() == null) {
      return Outcome.INSUFFICIENT_EVIDENCE;
    }
    for (Plain.Appraisal a : d.appraisals()) {
      if (a.date().getYear() == year && a.participantsOfChildbearingAge() >= 1 && a.linkedToPay()) {
        return Outcome.PASS;
      }
    }
    return Outcome.FAIL;
  }

  private static Outcome v8(Plain.Dossier d, int year) {
    Outcome complaints;
    if (d.complaints() == null) {
      complaints = Outcome.INSUFFICIENT_EVIDENCE;
    } else {
      boolean handled = true;
      for (Plain.Complaint c : d.complaints()) {
        if (c.received().getYear() == year) {
          LocalDate investigated = c.investigated();
          handled &=
              investigated != null
                  && ChronoUnit.DAYS.between(c.received(), investigated) <= 3
                  && c.outcomePublished() != null;
        }
      }
      complaints = of(handled);
    }
    Integer fees = d.unlawfulFeesOrFines();
    Outcome unlawful = fees == null ? Outcome.INSUFFICIENT_EVIDENCE : of(fees == 0);
    Outcome veto = incidents(d, year, V8_VETO, false);
    return and(and(complaints, unlawful), veto);
  }

  private static Outcome v9(Plain.Dossier d, int year) {
    Outcome rates;
    if (d.years() == null) {
      rates = Outcome.INSUFFICIENT_EVIDENCE;
    } else {
      int seen = 0;
      boolean pass = true;
      for (Plain.Year y : d.years()) {
        int back = year - y.year();
        if (back >= 0 && back <= 2) {
          seen |= 1 << back;
          pass &=
              // a rate of nothing (0/0) has nothing to fall short of
              (long) y.contraceptiveUsers() * 10 >= (long) y.marriedWomen15to49() * 9
                  && y.births().policyCompliant() == y.births().total();
        }
      }
      rates = !pass ? Outcome.FAIL : seen == 0b111 ? Outcome.PASS : Outcome.INSUFFICIENT_EVIDENCE;
    }
    return and(rates, incidents(d, year, V9_VETO, true));
  }

  /** FAIL when an incident of {@code kinds} (or a late-term abortion) falls in the window. */
  private static Outcome incidents(
      Plain.Dossier d, int year, Set<String> kinds, boolean lateTermAbortions) {
    if (d.incidents() == null) {
      return Outcome.INSUFFICIENT_EVIDENCE;
    }
    for (Plain.Incident i : d.incidents()) {
      int back = year - i.date().getYear();
      if (back < 0 || back > 2) {
        continue;
      }
      if (kinds.contains(i.kind())) {
        return Outcome.FAIL;
      }
      if (lateTermAbortions
          && i.kind().equals("INDUCED_ABORTION")
          && i.gestationWeeks() != null
          && i.gestationWeeks() >= 14
          && !Boolean.TRUE.equals(i.medicalReason())) {
        return Outcome.FAIL;
      }
    }
    return Outcome.PASS;
  }
}
