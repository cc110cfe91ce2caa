package org.cunzhi.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cunzhi.core.model.Adoption;
import org.cunzhi.core.model.AdoptionBody;
import org.cunzhi.core.model.Charter;
import org.cunzhi.core.model.Contract;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Instrument;
import org.cunzhi.core.model.LegalReview;
import org.cunzhi.core.model.PublicNotice;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.Unit;

/**
 * The instrument checks of {@link Checks}: lawful adoption (D-CH-3) and sound contracts (D-CH-4).
 */
final class Adoptions {
  private Adoptions() {}

  static Check lawfullyAdopted(Set<AdoptionBody> bodies, Parameter<Integer> noticeDays) {
    checkArgument(!bodies.isEmpty(), "name at least one body that may adopt an instrument");
    Set<AdoptionBody> allowed = Sets.immutableEnumSet(bodies);
    requireNonNull(noticeDays, "noticeDays");
    Check explained =
        context -> {
          Messages core = context.coreMessages();
          int year = context.assessmentYear();
          LocalDate yearEnd = LocalDate.of(year, 12, 31);
          int minDays = context.parameter(noticeDays);
          List<Charter> inForce = new ArrayList<>();
          for (Instrument i : context.dossier().instruments()) {
            if (i instanceof Charter charter && charter.isInForceOn(yearEnd)) {
              inForce.add(charter);
            }
          }
          if (inForce.isEmpty()) {
            return noneInForce(core, "adoption.none-in-force", "remedy.adopt", year);
          }
          List<CheckResult> each = new ArrayList<>();
          for (Charter c : inForce) {
            each.add(assess(core, c, context.dossier().unit(), allowed, minDays, year));
          }
          return Checks.combineAll(each);
        };
    Function<CheckContext, Ruling> decided =
        context -> {
          int year = context.assessmentYear();
          LocalDate yearEnd = LocalDate.of(year, 12, 31);
          int minDays = context.parameter(noticeDays);
          Unit unit = context.dossier().unit();
          boolean any = false;
          boolean failed = false;
          boolean unknown = false;
          List<Instrument> instruments = context.dossier().instruments();
          for (int i = 0; i < instruments.size(); i++) {
            if (instruments.get(i) instanceof Charter c && c.isInForceOn(yearEnd)) {
              any = true;
              Outcome o = decide(c, unit, allowed, minDays);
              failed |= o == Outcome.FAIL;
              unknown |= o == Outcome.INSUFFICIENT_EVIDENCE;
            }
          }
          if (!any || failed) {
            return Ruling.FAIL;
          }
          return unknown ? Ruling.INSUFFICIENT_EVIDENCE : Ruling.PASS;
        };
    return Checks.requires(
        Requirements.none().needing(Section.INSTRUMENTS).reading(noticeDays),
        Section.INSTRUMENTS,
        Checks.described(explained, decided, Requirements.unknown()));
  }

  /** What {@link #assess} decides of a charter in force, without its text. */
  private static Outcome decide(Charter c, Unit unit, Set<AdoptionBody> allowed, int minDays) {
    Adoption a = c.adoption();
    boolean failed = !allowed.contains(a.body());
    long p = a.present();
    Quorum quorum = Quorum.of(a, unit);
    boolean unknown = quorum == Quorum.HOUSEHOLDS_UNKNOWN;
    failed |= !quorum.met && !unknown;
    failed |= (long) a.votesFor() * 2 <= p;
    PublicNotice notice = c.publicNotice();
    failed |= notice.daysPosted() < minDays;
    failed |= notice.from().isBefore(a.date());
    failed |= notice.objectionsUpheld() > 0;
    LocalDate effective = requireNonNull(c.effective(), "an instrument in force has a date");
    failed |= !effective.isAfter(notice.to());
    failed |= reviewFails(c.legalReview());
    return failed ? Outcome.FAIL : unknown ? Outcome.INSUFFICIENT_EVIDENCE : Outcome.PASS;
  }

  /**
   * Whether the meeting that adopted an instrument could decide, the one rule both {@link #decide}
   * and {@link #assess} follow: a villagers' assembly by more than half the eligible people
   * present, or else by two thirds of the households represented (undecidable when the unit's
   * households are not given); a representatives' meeting by two thirds of them present.
   */
  private enum Quorum {
    PEOPLE(true),
    HOUSEHOLDS(true),
    HOUSEHOLDS_UNKNOWN(false),
    NOT_MET(false),
    REPRESENTATIVES(true),
    REPRESENTATIVES_NOT_MET(false);

    final boolean met;

    Quorum(boolean met) {
      this.met = met;
    }

    static Quorum of(Adoption a, Unit unit) {
      long p = a.present();
      long e = a.eligible();
      if (a.body() != AdoptionBody.VILLAGERS_ASSEMBLY) {
        return p * 3 >= e * 2 ? REPRESENTATIVES : REPRESENTATIVES_NOT_MET;
      }
      Integer represented = a.householdsRepresented();
      Integer households = unit.households();
      if (p * 2 > e) {
        return PEOPLE;
      }
      if (represented != null
          && households != null
          && (long) represented * 3 >= (long) households * 2) {
        return HOUSEHOLDS;
      }
      return represented != null && households == null ? HOUSEHOLDS_UNKNOWN : NOT_MET;
    }
  }

  /** Whether {@link #review} fails the review. */
  private static boolean reviewFails(LegalReview review) {
    return !review.reviewed() || !review.hasNoConflict();
  }

  private static CheckResult assess(
      Messages core, Charter c, Unit unit, Set<AdoptionBody> allowed, int minDays, int year) {
    String id = c.id();
    Adoption a = c.adoption();
    List<Reason> reasons = new ArrayList<>();
    List<Remedy> remedies = new ArrayList<>();
    boolean failed = false;
    boolean unknown = false;
    String present = Numerals.of(a.present());
    String eligible = Numerals.of(a.eligible());
    LocalizedText body = Labels.of("body", a.body());

    if (!allowed.contains(a.body())) {
      failed = true;
      List<LocalizedText> names = new ArrayList<>();
      for (AdoptionBody b : allowed) {
        names.add(Labels.of("body", b));
      }
      reasons.add(core.reason("adoption.body-not-allowed", id, body, Labels.join(names)));
    }

    long p = a.present();
    long e = a.eligible();
    Integer represented = a.householdsRepresented();
    Integer households = unit.households();
    switch (Quorum.of(a, unit)) {
      case PEOPLE ->
          reasons.add(core.reason("adoption.quorum.people", id, body, present, eligible));
      case HOUSEHOLDS ->
          reasons.add(
              core.reason(
                  "adoption.quorum.households",
                  id,
                  body,
                  String.valueOf(represented),
                  String.valueOf(households)));
      case HOUSEHOLDS_UNKNOWN -> {
        unknown = true;
        reasons.add(
            core.reason(
                "adoption.quorum.households-unknown",
                id,
                present,
                eligible,
                String.valueOf(represented)));
        remedies.add(
            new Remedy(
                Remedy.Kind.SUPPLY_DATA,
                "unit/households",
                null,
                null,
                1,
                core.text("remedy.supply-households")));
      }
      case NOT_MET -> {
        failed = true;
        reasons.add(
            represented == null
                ? core.reason("adoption.quorum.not-met", id, body, present, eligible)
                : core.reason(
                    "adoption.quorum.not-met-households",
                    id,
                    body,
                    present,
                    eligible,
                    Numerals.of(represented),
                    String.valueOf(households)));
      }
      case REPRESENTATIVES ->
          reasons.add(core.reason("adoption.quorum.representatives", id, body, present, eligible));
      case REPRESENTATIVES_NOT_MET -> {
        failed = true;
        reasons.add(
            core.reason("adoption.quorum.representatives-not-met", id, body, present, eligible));
      }
    }

    Integer adults = unit.adultResidents();
    if (a.body() == AdoptionBody.VILLAGERS_ASSEMBLY
        && adults != null
        && e * 10 < (long) adults * 9) {
      // S-11: noted only; the quorum stays judged on the eligible recorded.
      reasons.add(core.reason("adoption.eligible-below-adults", id, a.eligible(), adults));
    }

    String votesFor = Numerals.of(a.votesFor());
    if ((long) a.votesFor() * 2 > p) {
      reasons.add(core.reason("adoption.majority", id, votesFor, present));
    } else {
      failed = true;
      reasons.add(core.reason("adoption.majority-not-met", id, votesFor, present));
    }

    PublicNotice notice = c.publicNotice();
    String from = Numerals.of(notice.from());
    String to = Numerals.of(notice.to());
    String days = Numerals.of(notice.daysPosted());
    String min = Numerals.of(minDays);
    if (notice.daysPosted() >= minDays) {
      reasons.add(core.reason("adoption.notice", id, from, to, days, min));
    } else {
      failed = true;
      reasons.add(core.reason("adoption.notice-short", id, from, to, days, min));
    }
    if (notice.from().isBefore(a.date())) {
      // S-11: voted, then posted, then effective.
      failed = true;
      reasons.add(core.reason("adoption.notice-before-vote", id, from, Numerals.of(a.date())));
    }
    if (notice.objectionsUpheld() > 0) {
      failed = true;
      reasons.add(core.reason("adoption.objections", id, Numerals.of(notice.objectionsUpheld())));
    }

    LocalDate effective = requireNonNull(c.effective(), "an instrument in force has a date");
    if (effective.isAfter(notice.to())) {
      reasons.add(core.reason("adoption.effective", id, Numerals.of(effective), to));
    } else {
      failed = true;
      reasons.add(core.reason("adoption.effective-early", id, Numerals.of(effective), to));
    }
    if (failed) {
      remedies.add(
          0,
          new Remedy(
              Remedy.Kind.ADD_EVENT,
              "instruments/" + id,
              year,
              null,
              1,
              core.text("remedy.readopt", id)));
    }

    boolean reviewFailed = review(core, id, c.legalReview(), reasons, remedies, year);
    Outcome outcome =
        failed || reviewFailed
            ? Outcome.FAIL
            : unknown ? Outcome.INSUFFICIENT_EVIDENCE : Outcome.PASS;
    return new CheckResult(outcome, reasons, ImmutableList.of(), remedies, false);
  }

  /** Adds the review's reasons; true when the review fails. */
  private static boolean review(
      Messages core,
      String id,
      LegalReview review,
      List<Reason> reasons,
      List<Remedy> remedies,
      int year) {
    if (!review.reviewed()) {
      reasons.add(core.reason("review.missing", id));
    } else if (!review.hasNoConflict()) {
      reasons.add(core.reason("review.conflict", id, Numerals.of(review.conflicts().size())));
    } else {
      reasons.add(core.reason("review.passed", id));
      return false;
    }
    remedies.add(
        new Remedy(
            Remedy.Kind.CORRECT_RECORD,
            "instruments/" + id + "/legalReview",
            year,
            null,
            1,
            core.text("remedy.review", id)));
    return true;
  }

  /**
   * Contracts sound where contract management is used. The rule is fed by two sections (DOMAIN
   * S-9): with {@code usesContractManagement} absent, contracts in force that are all sound settle
   * it (PASS whether or not contracts are used); no contract in force, or one that is not sound,
   * leaves it open between FAIL and NOT_APPLICABLE, so INSUFFICIENT_EVIDENCE.
   */
  static Check contractsSound() {
    Check check =
        context -> {
          Messages core = context.coreMessages();
          Dossier dossier = context.dossier();
          boolean useKnown = dossier.has(Section.USES_CONTRACT_MANAGEMENT);
          if (useKnown && !Boolean.TRUE.equals(dossier.usesContractManagement())) {
            return CheckResult.notApplicable(core.reason("contract.not-used"));
          }
          if (!dossier.has(Section.INSTRUMENTS)) {
            List<Section> absent = new ArrayList<>();
            if (!useKnown) {
              absent.add(Section.USES_CONTRACT_MANAGEMENT);
            }
            absent.add(Section.INSTRUMENTS);
            return Checks.missingSections(core, absent);
          }
          int year = context.assessmentYear();
          LocalDate yearEnd = LocalDate.of(year, 12, 31);
          List<CheckResult> each = new ArrayList<>();
          for (Instrument i : dossier.instruments()) {
            if (i instanceof Contract contract && contract.isInForceOn(yearEnd)) {
              each.add(assess(core, contract, year));
            }
          }
          if (useKnown) {
            return each.isEmpty()
                ? noneInForce(core, "contract.none", "remedy.contract", year)
                : Checks.combineAll(each);
          }
          if (each.isEmpty()) {
            return openUse(core, List.of(core.reason("contract.use-unknown.none", year)));
          }
          CheckResult combined = Checks.combineAll(each);
          if (combined.outcome() == Outcome.PASS) {
            return combined.withReason(core.reason("contract.use-unknown.sound"));
          }
          List<Reason> reasons = new ArrayList<>(combined.reasons());
          reasons.add(core.reason("contract.use-unknown.open"));
          return openUse(core, reasons);
        };
    Function<CheckContext, Ruling> decided =
        context -> {
          Dossier dossier = context.dossier();
          boolean useKnown = dossier.has(Section.USES_CONTRACT_MANAGEMENT);
          if (useKnown && !Boolean.TRUE.equals(dossier.usesContractManagement())) {
            return Ruling.NOT_APPLICABLE;
          }
          if (!dossier.has(Section.INSTRUMENTS)) {
            return Ruling.INSUFFICIENT_EVIDENCE;
          }
          LocalDate yearEnd = LocalDate.of(context.assessmentYear(), 12, 31);
          boolean any = false;
          boolean failed = false;
          List<Instrument> instruments = dossier.instruments();
          for (int i = 0; i < instruments.size(); i++) {
            if (instruments.get(i) instanceof Contract c && c.isInForceOn(yearEnd)) {
              any = true;
              failed |= !c.informedVoluntary() || !c.isMutual() || reviewFails(c.legalReview());
            }
          }
          if (useKnown) {
            return !any || failed ? Ruling.FAIL : Ruling.PASS;
          }
          return any && !failed ? Ruling.PASS : Ruling.INSUFFICIENT_EVIDENCE;
        };
    // The instruments are needed; whether contracts are used is read, but a sound set of contracts
    // settles the part without it (S-9).
    return Checks.described(
        check,
        decided,
        Requirements.none().needing(Section.INSTRUMENTS).reading(Section.USES_CONTRACT_MANAGEMENT));
  }

  /** INSUFFICIENT_EVIDENCE: whether contracts are used would decide; supply it. */
  private static CheckResult openUse(Messages core, List<Reason> reasons) {
    CheckResult missing =
        Checks.missingSections(core, ImmutableList.of(Section.USES_CONTRACT_MANAGEMENT));
    return new CheckResult(
        Outcome.INSUFFICIENT_EVIDENCE,
        ImmutableList.<Reason>builder().addAll(reasons).addAll(missing.reasons()).build(),
        ImmutableList.of(),
        missing.remedies(),
        false);
  }

  private static CheckResult assess(Messages core, Contract c, int year) {
    String id = c.id();
    List<Reason> reasons = new ArrayList<>();
    List<Remedy> remedies = new ArrayList<>();
    boolean failed = false;
    if (c.informedVoluntary()) {
      reasons.add(core.reason("contract.voluntary", id));
    } else {
      failed = true;
      reasons.add(core.reason("contract.not-voluntary", id));
    }
    String v = Numerals.of(c.villagerObligations());
    String m = Numerals.of(c.committeeObligations());
    if (c.isMutual()) {
      reasons.add(core.reason("contract.mutual", id, v, m));
    } else {
      failed = true;
      reasons.add(core.reason("contract.not-mutual", id, v, m));
    }
    if (failed) {
      remedies.add(
          new Remedy(
              Remedy.Kind.CORRECT_RECORD,
              "instruments/" + id,
              year,
              null,
              1,
              core.text("remedy.renegotiate", id)));
    }
    boolean reviewFailed = review(core, id, c.legalReview(), reasons, remedies, year);
    return new CheckResult(
        failed || reviewFailed ? Outcome.FAIL : Outcome.PASS,
        reasons,
        ImmutableList.of(),
        remedies,
        false);
  }

  /** A fail: no instrument of the kind is in force at the end of {@code year}; adopt one. */
  private static CheckResult noneInForce(
      Messages core, String reasonKey, String remedyKey, int year) {
    return new CheckResult(
        Outcome.FAIL,
        ImmutableList.of(core.reason(reasonKey, Numerals.of(year))),
        ImmutableList.of(),
        ImmutableList.of(
            new Remedy(Remedy.Kind.ADD_EVENT, "instruments", year, null, 1, core.text(remedyKey))),
        false);
  }
}
