package org.cunzhi.plugins.integrity;

import static org.cunzhi.plugins.integrity.IntegrityParameters.AWARENESS_RATE;
import static org.cunzhi.plugins.integrity.IntegrityParameters.CONTRACEPTIVE_RATE;
import static org.cunzhi.plugins.integrity.IntegrityParameters.NOTICE_DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.model.ActivityBody;
import org.cunzhi.core.model.ActivityKind;
import org.cunzhi.core.model.AdoptionBody;
import org.cunzhi.core.model.Association;
import org.cunzhi.core.model.AuditKind;
import org.cunzhi.core.model.Benefits;
import org.cunzhi.core.model.Cadre;
import org.cunzhi.core.model.CadreSelection;
import org.cunzhi.core.model.Charter;
import org.cunzhi.core.model.Contract;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.GroupLeaders;
import org.cunzhi.core.model.Instrument;
import org.cunzhi.core.model.MeetingBody;
import org.cunzhi.core.model.Occasion;
import org.cunzhi.core.model.Organization;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Checks;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Remedy;

/**
 * The quantitative items of the five dimensions, as DOMAIN CV-D3 and CV-D8 read them. Each counts
 * only what is dated in the assessment year; a section an item reads but the dossier lacks makes it
 * earn anywhere from nothing to its share (CV-D5).
 */
final class Items {
  private Items() {}

  /** Meetings that are the association's work (S-10). */
  static final Set<MeetingBody> ASSOCIATION_MEETINGS =
      EnumSet.of(
          MeetingBody.ASSOCIATION_COUNCIL,
          MeetingBody.ASSOCIATION_STANDING_COUNCIL,
          MeetingBody.MEMBER_CONGRESS,
          MeetingBody.GROUP_LEADERS_MONTHLY,
          MeetingBody.GROUP);

  /** Activities that are the association's work (S-10). */
  static final Set<ActivityBody> ASSOCIATION_ACTIVITIES =
      EnumSet.of(ActivityBody.ASSOCIATION, ActivityBody.GROUP);

  /** Activities that count as publicity and service (CV-D3). */
  static final Set<ActivityKind> PUBLICITY_SERVICE =
      EnumSet.of(ActivityKind.PUBLICITY, ActivityKind.EDUCATION, ActivityKind.SERVICE);

  /** Lawful adoption as TJ-V2 decides it (CV-D8), by the villagers' assembly. */
  private static final Check LAWFUL =
      Checks.lawfullyAdopted(EnumSet.of(AdoptionBody.VILLAGERS_ASSEMBLY), NOTICE_DAYS);

  // ---------------------------------------------------------------- organisation

  static List<Item> organization() {
    return List.of(
        Item.of("cadres", EnumSet.of(Section.ORGANIZATION), List.of(), Items::cadres),
        Item.of("group-leaders", EnumSet.of(Section.ORGANIZATION), List.of(), Items::groupLeaders),
        Item.of("association", EnumSet.of(Section.ORGANIZATION), List.of(), Items::association),
        Item.of("five-elders", EnumSet.of(Section.ORGANIZATION), List.of(), Items::fiveElders),
        Item.of(
            "association-work",
            EnumSet.of(Section.MEETINGS, Section.ACTIVITIES),
            List.of(),
            Items::associationWork));
  }

  private static ItemCredit cadres(CheckContext c) {
    Optional<Organization> o = organization(c.dossier());
    if (o.isEmpty()) {
      return missingOrganization(c, "cadres.missing");
    }
    int n = o.get().cadres().size();
    long without = o.get().cadres().stream().filter(x -> !x.dutiesDefined()).count();
    if (n == 0) {
      return ItemCredit.allOrNothing(false, t("cadres.none"))
          .withRemedy(
              remedy(Remedy.Kind.CORRECT_RECORD, "organization.cadres", c, 1, "cadres.none"));
    }
    if (without > 0) {
      return ItemCredit.allOrNothing(false, t("cadres.some", n, without))
          .withRemedy(
              remedy(
                  Remedy.Kind.CORRECT_RECORD,
                  "organization.cadres",
                  c,
                  without,
                  "cadres.some",
                  without));
    }
    return ItemCredit.allOrNothing(true, t("cadres.ok", n));
  }

  private static ItemCredit groupLeaders(CheckContext c) {
    Optional<Organization> o = organization(c.dossier());
    if (o.isEmpty()) {
      return missingOrganization(c, "group-leaders.missing");
    }
    GroupLeaders g = o.get().groupLeaders();
    if (g.count() < 1) {
      return ItemCredit.allOrNothing(false, t("group-leaders.none"))
          .withRemedy(
              remedy(
                  Remedy.Kind.CORRECT_RECORD, "organization.groupLeaders", c, 1, "group-leaders"));
    }
    if (!g.dutiesDefined()) {
      return ItemCredit.allOrNothing(false, t("group-leaders.undefined", g.count()))
          .withRemedy(
              remedy(
                  Remedy.Kind.CORRECT_RECORD, "organization.groupLeaders", c, 1, "group-leaders"));
    }
    return ItemCredit.allOrNothing(true, t("group-leaders.ok", g.count()));
  }

  private static ItemCredit association(CheckContext c) {
    Optional<Organization> o = organization(c.dossier());
    if (o.isEmpty()) {
      return missingOrganization(c, "association.missing");
    }
    Association a = o.get().association();
    if (a == null) {
      return ItemCredit.allOrNothing(false, t("association.none"))
          .withRemedy(
              remedy(Remedy.Kind.CORRECT_RECORD, "organization.association", c, 1, "association"));
    }
    if (a.groups() < 1) {
      return ItemCredit.allOrNothing(false, t("association.no-group"))
          .withRemedy(
              remedy(Remedy.Kind.CORRECT_RECORD, "organization.association", c, 1, "association"));
    }
    return ItemCredit.allOrNothing(true, t("association.ok", a.groups()));
  }

  private static ItemCredit fiveElders(CheckContext c) {
    Optional<Organization> o = organization(c.dossier());
    if (o.isEmpty()) {
      return missingOrganization(c, "five-elders.missing");
    }
    Association a = o.get().association();
    if (a == null || !a.fiveEldersVicePresident()) {
      return ItemCredit.allOrNothing(
              false, t(a == null ? "five-elders.no-association" : "five-elders.no"))
          .withRemedy(
              remedy(Remedy.Kind.CORRECT_RECORD, "organization.association", c, 1, "five-elders"));
    }
    return ItemCredit.allOrNothing(true, t("five-elders.ok"));
  }

  /** S-10 and S-9: meetings of the association's bodies and its activities, each quarter. */
  private static ItemCredit associationWork(CheckContext c) {
    Dossier d = c.dossier();
    boolean meetings = d.has(Section.MEETINGS);
    boolean activities = d.has(Section.ACTIVITIES);
    if (!meetings && !activities) {
      return ItemCredit.missing(
          t("association-work.missing"), supply("meetings", c, "association-work"));
    }
    List<LocalDate> dates = new ArrayList<>();
    d.meetings().stream()
        .filter(m -> ASSOCIATION_MEETINGS.contains(m.body()))
        .forEach(m -> dates.add(m.date()));
    d.activities().stream()
        .filter(a -> ASSOCIATION_ACTIVITIES.contains(a.body()))
        .forEach(a -> dates.add(a.date()));
    return quarters(c, dates, meetings && activities, "association-work", "meetings");
  }

  // ---------------------------------------------------------------- institutions

  static List<Item> institutions() {
    return List.of(
        Item.of(
            "instruments-lawful",
            EnumSet.of(Section.INSTRUMENTS),
            List.of(NOTICE_DAYS),
            Items::instrumentsLawful),
        Item.of("eight-rights", EnumSet.of(Section.INSTRUMENTS), List.of(), Items::eightRights),
        Item.of(
            "cadres-elected", EnumSet.of(Section.ORGANIZATION), List.of(), Items::cadresElected),
        Item.of("appraisal", EnumSet.of(Section.APPRAISALS), List.of(), Items::appraisal),
        Item.of("audit", EnumSet.of(Section.AUDITS), List.of(), Items::audit),
        Item.of("disclosure", EnumSet.of(Section.DISCLOSURES), List.of(), Items::disclosure));
  }

  /** CV-D8: every charter or covenant in force lawfully adopted as TJ-V2, and at least one. */
  private static ItemCredit instrumentsLawful(CheckContext c) {
    CheckResult r = LAWFUL.check(c);
    switch (r.outcome()) {
      case PASS:
        return ItemCredit.allOrNothing(true, t("instruments-lawful.ok"));
      case FAIL:
        return ItemCredit.allOrNothing(false, t("instruments-lawful.not"))
            .withNotes(r.reasons())
            .withRemedies(r.remedies());
      default:
        ItemCredit open =
            new ItemCredit(
                true,
                Fraction.ZERO,
                Fraction.of(1, 1),
                t("instruments-lawful.open"),
                r.remedies(),
                c.dossier().has(Section.INSTRUMENTS) ? r.reasons() : List.of(),
                List.of());
        return r.remedies().stream().anyMatch(x -> x.kind() == Remedy.Kind.SUPPLY_DATA)
            ? open
            : open.withRemedy(supply("instruments", c, "adoption"));
    }
  }

  /** CV-D8: the charter or covenant in force that states the most of the eight rights. */
  private static ItemCredit eightRights(CheckContext c) {
    Dossier d = c.dossier();
    if (!d.has(Section.INSTRUMENTS)) {
      return ItemCredit.missing(t("eight-rights.missing"), supply("instruments", c, "instruments"));
    }
    LocalDate yearEnd = LocalDate.of(c.assessmentYear(), 12, 31);
    int best = -1;
    String bestId = "";
    for (Instrument i : d.instruments()) {
      if (i instanceof Charter ch
          && ch.isInForceOn(yearEnd)
          && ch.guaranteedRights().size() > best) {
        best = ch.guaranteedRights().size();
        bestId = ch.id();
      }
    }
    int total = org.cunzhi.core.model.EightRights.values().length;
    if (best < 0) {
      return ItemCredit.proportional(0, total, t("eight-rights.none", c.assessmentYear()))
          .withRemedy(remedy(Remedy.Kind.ADD_EVENT, "instruments", c, 1, "eight-rights.none"));
    }
    ItemCredit credit =
        ItemCredit.proportional(best, total, t("eight-rights", bestId, best, total));
    return best < total
        ? credit.withRemedy(
            remedy(
                Remedy.Kind.CORRECT_RECORD,
                "instruments.guaranteedRights",
                c,
                total - best,
                "eight-rights",
                bestId,
                total - best))
        : credit;
  }

  /** CV-D3, CV-D8: cadres who came to office by election; none gives 0; unstated is missing. */
  private static ItemCredit cadresElected(CheckContext c) {
    Optional<Organization> o = organization(c.dossier());
    if (o.isEmpty()) {
      return missingOrganization(c, "cadres-elected.missing");
    }
    List<Cadre> cadres = o.get().cadres();
    int n = cadres.size();
    if (n == 0) {
      return ItemCredit.proportional(0, 1, t("cadres-elected.none"));
    }
    long elected = cadres.stream().filter(x -> x.selectedBy() == CadreSelection.ELECTION).count();
    long unknown = cadres.stream().filter(x -> x.selectedBy() == null).count();
    if (unknown > 0) {
      return ItemCredit.between(
          Fraction.of(elected, n),
          Fraction.of(elected + unknown, n),
          t("cadres-elected.open", elected, n, unknown),
          new Remedy(
              Remedy.Kind.SUPPLY_DATA,
              "organization.cadres.selectedBy",
              c.assessmentYear(),
              null,
              unknown,
              t("missing.selected-by")));
    }
    ItemCredit credit = ItemCredit.proportional(elected, n, t("cadres-elected", elected, n));
    return elected < n
        ? credit.withRemedy(
            remedy(
                Remedy.Kind.CORRECT_RECORD,
                "organization.cadres.selectedBy",
                c,
                n - elected,
                "cadres-elected",
                n - elected))
        : credit;
  }

  /** CV-D8: any appraisal in the year, TJ-V7's conditions aside. */
  private static ItemCredit appraisal(CheckContext c) {
    Dossier d = c.dossier();
    int year = c.assessmentYear();
    if (!d.has(Section.APPRAISALS)) {
      return ItemCredit.missing(
          t("appraisal.missing", year), supply("appraisals", c, "appraisals"));
    }
    boolean held = d.appraisals().stream().anyMatch(a -> a.date().getYear() == year);
    ItemCredit credit =
        ItemCredit.allOrNothing(held, t(held ? "appraisal.ok" : "appraisal.none", year));
    return held
        ? credit
        : credit.withRemedy(remedy(Remedy.Kind.ADD_EVENT, "appraisals", c, 1, "appraisal", year));
  }

  /** CV-D3: a FINANCIAL audit in the year. */
  private static ItemCredit audit(CheckContext c) {
    Dossier d = c.dossier();
    int year = c.assessmentYear();
    if (!d.has(Section.AUDITS)) {
      return ItemCredit.missing(t("audit.missing", year), supply("audits", c, "audits"));
    }
    boolean held =
        d.audits().stream()
            .anyMatch(a -> a.kind() == AuditKind.FINANCIAL && a.date().getYear() == year);
    ItemCredit credit = ItemCredit.allOrNothing(held, t(held ? "audit.ok" : "audit.none", year));
    return held
        ? credit
        : credit.withRemedy(remedy(Remedy.Kind.ADD_EVENT, "audits", c, 1, "audit", year));
  }

  /** CV-D8: any disclosure in each quarter, TJ-V6's topics aside. */
  private static ItemCredit disclosure(CheckContext c) {
    Dossier d = c.dossier();
    if (!d.has(Section.DISCLOSURES)) {
      return ItemCredit.missing(t("disclosure.missing"), supply("disclosures", c, "disclosures"));
    }
    return quarters(
        c, d.disclosures().stream().map(x -> x.date()).toList(), true, "disclosure", "disclosures");
  }

  // ---------------------------------------------------------------- publicity and service

  static List<Item> publicityService() {
    return List.of(
        Item.of("activities", EnumSet.of(Section.ACTIVITIES), List.of(), Items::activities),
        Item.of("awareness", EnumSet.of(Section.YEARS), List.of(AWARENESS_RATE), Items::awareness),
        Item.of("days", EnumSet.of(Section.ACTIVITIES), List.of(), Items::days));
  }

  private static ItemCredit activities(CheckContext c) {
    Dossier d = c.dossier();
    if (!d.has(Section.ACTIVITIES)) {
      return ItemCredit.missing(t("activities.missing"), supply("activities", c, "activities"));
    }
    return quarters(
        c,
        d.activities().stream()
            .filter(a -> PUBLICITY_SERVICE.contains(a.kind()))
            .map(a -> a.date())
            .toList(),
        true,
        "activities",
        "activities");
  }

  /** CV-D3, S-1: the awareness rate of the year; a survey of nobody is missing evidence. */
  private static ItemCredit awareness(CheckContext c) {
    int year = c.assessmentYear();
    Optional<YearStatistics> y = yearOf(c);
    if (y.isEmpty() || y.get().awareness() == null || y.get().awareness().surveyed() == 0) {
      return ItemCredit.missing(
          t("awareness.missing", year), supply("years", c, "awareness", year));
    }
    Threshold threshold = c.parameter(AWARENESS_RATE);
    Rate rate = Rate.of(y.get().awareness().aware(), y.get().awareness().surveyed());
    boolean met = rate.meets(threshold);
    ItemCredit credit =
        ItemCredit.allOrNothing(
                met,
                t(
                    "awareness",
                    year,
                    rate.numerator(),
                    rate.denominator(),
                    percent(rate),
                    threshold))
            .withMeasure(
                new Measure("awareness-rate", t("label.awareness-rate"), year, rate, threshold));
    return met ? credit : credit.withRemedy(gapRemedy(c, rate, threshold, "awareness"));
  }

  /** CV-D8: the two days, recognised by an activity's occasion whoever held it; half each. */
  private static ItemCredit days(CheckContext c) {
    Dossier d = c.dossier();
    int year = c.assessmentYear();
    if (!d.has(Section.ACTIVITIES)) {
      return ItemCredit.missing(t("days.missing", year), supply("activities", c, "activities"));
    }
    boolean wpd = held(d, year, Occasion.WORLD_POPULATION_DAY);
    boolean memberDay = held(d, year, Occasion.MEMBER_DAY_0529);
    ItemCredit credit =
        ItemCredit.proportional(
            (wpd ? 1 : 0) + (memberDay ? 1 : 0),
            2,
            t(
                "days",
                year,
                t(wpd ? "days.held" : "days.not-held"),
                t(memberDay ? "days.held" : "days.not-held")));
    if (!wpd) {
      credit =
          credit.withRemedy(
              remedy(Remedy.Kind.ADD_EVENT, "activities", c, 1, "days.world-population-day", year));
    }
    if (!memberDay) {
      credit =
          credit.withRemedy(
              remedy(Remedy.Kind.ADD_EVENT, "activities", c, 1, "days.member-day", year));
    }
    return credit;
  }

  private static boolean held(Dossier d, int year, Occasion occasion) {
    return d.activities().stream()
        .anyMatch(a -> a.occasion() == occasion && a.date().getYear() == year);
  }

  // ---------------------------------------------------------------- integrity

  static List<Item> integrity() {
    return List.of(
        Item.of("births", EnumSet.of(Section.YEARS), List.of(), Items::births),
        Item.of(
            "contraception",
            EnumSet.of(Section.YEARS),
            List.of(CONTRACEPTIVE_RATE),
            Items::contraception),
        new Item(
            "contracts",
            EnumSet.of(Section.USES_CONTRACT_MANAGEMENT, Section.INSTRUMENTS),
            List.of(),
            Items::contracts),
        Item.of("fees", EnumSet.of(Section.UNLAWFUL_FEES_OR_FINES), List.of(), Items::fees));
  }

  /** CV-D3: every birth of the year policy-compliant; a year without births earns it (S-1). */
  private static ItemCredit births(CheckContext c) {
    int year = c.assessmentYear();
    Optional<YearStatistics> y = yearOf(c);
    if (y.isEmpty()) {
      return ItemCredit.missing(t("births.missing", year), supply("years", c, "year", year));
    }
    int total = y.get().births().total();
    int compliant = y.get().births().policyCompliant();
    if (total == 0) {
      return ItemCredit.allOrNothing(true, t("births.none", year));
    }
    ItemCredit credit =
        ItemCredit.allOrNothing(compliant == total, t("births", year, compliant, total));
    return compliant == total
        ? credit
        : credit.withRemedy(
            remedy(
                Remedy.Kind.DECREASE_COUNT,
                "years.births",
                c,
                total - compliant,
                "births",
                year,
                total - compliant));
  }

  /** CV-D3, CV-D8: the contraceptive rate of the year; no married women earns it (S-1). */
  private static ItemCredit contraception(CheckContext c) {
    int year = c.assessmentYear();
    Optional<YearStatistics> y = yearOf(c);
    if (y.isEmpty()) {
      return ItemCredit.missing(t("contraception.missing", year), supply("years", c, "year", year));
    }
    Threshold threshold = c.parameter(CONTRACEPTIVE_RATE);
    if (y.get().marriedWomen15to49() == 0) {
      return ItemCredit.allOrNothing(true, t("contraception.none", year));
    }
    Rate rate = Rate.of(y.get().contraceptiveUsers(), y.get().marriedWomen15to49());
    boolean met = rate.meets(threshold);
    ItemCredit credit =
        ItemCredit.allOrNothing(
                met,
                t(
                    "contraception",
                    year,
                    rate.numerator(),
                    rate.denominator(),
                    percent(rate),
                    threshold))
            .withMeasure(
                new Measure(
                    "contraceptive-rate", t("label.contraceptive-rate"), year, rate, threshold));
    return met ? credit : credit.withRemedy(gapRemedy(c, rate, threshold, "contraception"));
  }

  /**
   * CV-D8: signed households over households, summed over the contracts in force at the year's end;
   * not applicable when contract management is not used; both readings when unknown.
   */
  private static List<ItemCredit> contracts(CheckContext c) {
    Dossier d = c.dossier();
    Boolean used = d.has(Section.USES_CONTRACT_MANAGEMENT) ? d.usesContractManagement() : null;
    if (Boolean.FALSE.equals(used)) {
      return List.of(ItemCredit.notApplicable(t("contracts.not-used")));
    }
    ItemCredit scored = contractsUsed(c);
    if (used == null) {
      return List.of(
          scored.withRemedy(
              new Remedy(
                  Remedy.Kind.SUPPLY_DATA,
                  "usesContractManagement",
                  null,
                  null,
                  1,
                  t("missing.uses-contract-management"))),
          ItemCredit.notApplicable(t("contracts.use-unknown")));
    }
    return List.of(scored);
  }

  private static ItemCredit contractsUsed(CheckContext c) {
    Dossier d = c.dossier();
    int year = c.assessmentYear();
    if (!d.has(Section.INSTRUMENTS)) {
      return ItemCredit.missing(t("contracts.missing"), supply("instruments", c, "instruments"));
    }
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    long households = 0;
    long signed = 0;
    int inForce = 0;
    for (Instrument i : d.instruments()) {
      if (i instanceof Contract k && k.isInForceOn(yearEnd)) {
        inForce++;
        households += k.households();
        signed += k.signedHouseholds();
      }
    }
    if (inForce == 0) {
      return ItemCredit.proportional(0, 1, t("contracts.none-in-force", year))
          .withRemedy(
              remedy(Remedy.Kind.ADD_EVENT, "instruments", c, 1, "contracts.none-in-force"));
    }
    if (households == 0) {
      return ItemCredit.allOrNothing(true, t("contracts.no-households", inForce));
    }
    Rate rate = Rate.of(signed, households);
    ItemCredit credit =
        ItemCredit.proportional(signed, households, t("contracts", signed, households))
            .withMeasure(
                new Measure(
                    "contracts-signed",
                    t("label.contracts-signed"),
                    year,
                    rate,
                    null,
                    Measure.Kind.COVERAGE));
    return signed < households
        ? credit.withRemedy(
            remedy(
                Remedy.Kind.INCREASE_COUNT,
                "instruments.signedHouseholds",
                c,
                households - signed,
                "contracts",
                households - signed))
        : credit;
  }

  private static ItemCredit fees(CheckContext c) {
    Dossier d = c.dossier();
    Integer fees = d.has(Section.UNLAWFUL_FEES_OR_FINES) ? d.unlawfulFeesOrFines() : null;
    if (fees == null) {
      return ItemCredit.missing(t("fees.missing"), supply("unlawfulFeesOrFines", c, "fees"));
    }
    ItemCredit credit =
        ItemCredit.allOrNothing(fees == 0, t(fees == 0 ? "fees.none" : "fees", fees));
    return fees == 0
        ? credit
        : credit.withRemedy(
            remedy(Remedy.Kind.DECREASE_COUNT, "unlawfulFeesOrFines", c, fees, "fees", fees));
  }

  // ---------------------------------------------------------------- rewards and assistance

  static List<Item> rewardsAssistance() {
    return List.of(
        Item.of("rewards", EnumSet.of(Section.BENEFITS), List.of(), Items::rewards),
        Item.of(
            "difficult-families",
            EnumSet.of(Section.BENEFITS),
            List.of(),
            Items::difficultFamilies),
        Item.of("distribution", EnumSet.of(Section.BENEFITS), List.of(), Items::distribution));
  }

  private static ItemCredit rewards(CheckContext c) {
    Optional<Benefits> b = benefits(c.dossier());
    if (b.isEmpty()) {
      return ItemCredit.missing(t("rewards.missing"), supply("benefits", c, "benefits"));
    }
    int eligible = b.get().rewardsEligible();
    int granted = b.get().rewardsGranted();
    if (eligible == 0) {
      return ItemCredit.notApplicable(t("rewards.none"));
    }
    ItemCredit credit = ItemCredit.proportional(granted, eligible, t("rewards", granted, eligible));
    return granted < eligible
        ? credit.withRemedy(
            remedy(
                Remedy.Kind.INCREASE_COUNT,
                "benefits.rewardsGranted",
                c,
                eligible - granted,
                "rewards",
                eligible - granted))
        : credit;
  }

  private static ItemCredit difficultFamilies(CheckContext c) {
    Optional<Benefits> b = benefits(c.dossier());
    if (b.isEmpty()) {
      return ItemCredit.missing(t("difficult-families.missing"), supply("benefits", c, "benefits"));
    }
    int identified = b.get().difficultFamilies().identified();
    int assisted = b.get().difficultFamilies().assisted();
    if (identified == 0) {
      return ItemCredit.notApplicable(t("difficult-families.none"));
    }
    ItemCredit credit =
        ItemCredit.proportional(
            assisted, identified, t("difficult-families", assisted, identified));
    return assisted < identified
        ? credit.withRemedy(
            remedy(
                Remedy.Kind.INCREASE_COUNT,
                "benefits.difficultFamilies.assisted",
                c,
                identified - assisted,
                "difficult-families",
                identified - assisted))
        : credit;
  }

  private static ItemCredit distribution(CheckContext c) {
    Optional<Benefits> b = benefits(c.dossier());
    if (b.isEmpty()) {
      return ItemCredit.missing(t("distribution.missing"), supply("benefits", c, "benefits"));
    }
    int v = b.get().collectiveDistributionViolations();
    ItemCredit credit =
        ItemCredit.allOrNothing(v == 0, t(v == 0 ? "distribution.none" : "distribution", v));
    return v == 0
        ? credit
        : credit.withRemedy(
            remedy(
                Remedy.Kind.DECREASE_COUNT,
                "benefits.collectiveDistributionViolations",
                c,
                v,
                "distribution",
                v));
  }

  // ---------------------------------------------------------------- shared

  /**
   * Quarters of the assessment year with one of {@code dates}: the fraction of the four. When
   * {@code complete} is false a section that could add quarters is missing (S-9), so the item earns
   * from what is shown to all of its share.
   */
  private static ItemCredit quarters(
      CheckContext c, List<LocalDate> dates, boolean complete, String key, String missingSection) {
    int year = c.assessmentYear();
    Set<Integer> covered = new TreeSet<>();
    for (LocalDate date : dates) {
      if (date.getYear() == year) {
        covered.add((date.getMonthValue() - 1) / 3 + 1);
      }
    }
    int n = covered.size();
    String missingQuarters =
        Stream.of(1, 2, 3, 4)
            .filter(q -> !covered.contains(q))
            .map(q -> year + "-Q" + q)
            .collect(Collectors.joining(", "));
    LocalizedText detail = t(key, year, n);
    if (!complete && n < 4) {
      Remedy supply =
          supply(
              c.dossier().has(Section.MEETINGS) ? "activities" : missingSection,
              c,
              c.dossier().has(Section.MEETINGS) ? "activities" : "meetings");
      return ItemCredit.between(Fraction.of(n, 4), Fraction.of(1, 1), detail, supply);
    }
    ItemCredit credit = ItemCredit.proportional(n, 4, detail);
    return n < 4
        ? credit.withRemedy(
            remedy(Remedy.Kind.ADD_EVENT, missingSection, c, 4 - n, key, missingQuarters))
        : credit;
  }

  private static Optional<Organization> organization(Dossier d) {
    return d.has(Section.ORGANIZATION) ? Optional.ofNullable(d.organization()) : Optional.empty();
  }

  private static Optional<Benefits> benefits(Dossier d) {
    return d.has(Section.BENEFITS) ? Optional.ofNullable(d.benefits()) : Optional.empty();
  }

  private static Optional<YearStatistics> yearOf(CheckContext c) {
    Dossier d = c.dossier();
    return d.has(Section.YEARS) ? d.year(c.assessmentYear()) : Optional.empty();
  }

  private static ItemCredit missingOrganization(CheckContext c, String key) {
    return ItemCredit.missing(t(key), supply("organization", c, "organization"));
  }

  private static String percent(Rate rate) {
    return rate.formatPercent(2, java.math.RoundingMode.HALF_UP);
  }

  private static Remedy gapRemedy(CheckContext c, Rate rate, Threshold threshold, String key) {
    long gap = rate.gapTo(threshold).orElse(1);
    return remedy(Remedy.Kind.INCREASE_COUNT, "years", c, gap, key, gap, threshold);
  }

  /** A remedy with the text {@code remedy.<key>}. */
  private static Remedy remedy(
      Remedy.Kind kind, String subject, CheckContext c, long amount, String key, Object... args) {
    return new Remedy(kind, subject, c.assessmentYear(), null, amount, t("remedy." + key, args));
  }

  /** A SUPPLY_DATA remedy with the text {@code missing.<key>}: what is missing, in a few words. */
  private static Remedy supply(String subject, CheckContext c, String key, Object... args) {
    return new Remedy(
        Remedy.Kind.SUPPLY_DATA, subject, c.assessmentYear(), null, 1, t("missing." + key, args));
  }

  private static LocalizedText t(String key, Object... args) {
    return IntegrityText.text(key, args);
  }
}
