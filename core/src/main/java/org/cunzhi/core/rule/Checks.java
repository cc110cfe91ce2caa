package org.cunzhi.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.cunzhi.core.model.AdoptionBody;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.Incident;
import org.cunzhi.core.model.IncidentKind;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.jspecify.annotations.Nullable;

/**
 * A library of small checks that compose into criteria, so that a standard is written as a list of
 * rules rather than as a program. Every check here takes its text from core's bundle, reads its
 * parameters through the context (so the result shows the values used), and never throws for a unit
 * that falls short.
 *
 * <p>How parts combine in {@link #allOf}: any FAIL gives FAIL (vetoed when a failing part is a
 * {@linkplain #veto veto part}); else any ERROR gives ERROR; else any INSUFFICIENT_EVIDENCE gives
 * INSUFFICIENT_EVIDENCE; else, when every part is NOT_APPLICABLE, NOT_APPLICABLE; else PASS.
 * Reasons, measures, remedies and missed periods are kept in the parts' order; a reason, remedy or
 * missed period that several parts give (e.g. "supply the statistics for 2023") appears once.
 *
 * <p>Every check here describes itself ({@link Check#requirements()}): the sections it reads and
 * needs, the parameters it reads, and whether part of it is a veto; a combination describes the sum
 * of its parts. A criterion learns these facts from its check, so a standard states them once.
 * Lambdas given to {@link #requires}, {@link #notApplicableWhen} and {@link #that} are not
 * described: the criterion declares what they read beyond what the tree says.
 *
 * <p>For example, TJ-V9, with the parameters its plugin defines:
 *
 * <pre>{@code
 * Checks.allOf(
 *     Checks.rateInEachYear("contraceptive-rate",
 *         y -> Rate.of(y.contraceptiveUsers(), y.marriedWomen15to49()),
 *         CONTRACEPTIVE_RATE, WINDOW_YEARS),
 *     Checks.rateInEachYear("policy-compliant-birth-rate",
 *         y -> Rate.of(y.births().policyCompliant(), y.births().total()),
 *         POLICY_COMPLIANT_BIRTH_RATE, WINDOW_YEARS),
 *     Checks.veto(Checks.noIncidents(WINDOW_YEARS,
 *         LATE_TERM_WEEKS, IncidentKind.NON_MEDICAL_SEX_DETERMINATION,
 *         IncidentKind.SEX_SELECTIVE_ABORTION, IncidentKind.FEMALE_INFANT_ABANDONMENT,
 *         IncidentKind.INDUCED_ABORTION)));
 * }</pre>
 */
public final class Checks {
  private Checks() {}

  // ---------------------------------------------------------------- combining parts

  /**
   * All of {@code parts} must hold; see the class description for how outcomes combine. Every part
   * is evaluated, so the result explains each.
   *
   * @throws IllegalArgumentException when there is no part
   */
  public static Check allOf(Check... parts) {
    return allOf(Arrays.asList(parts));
  }

  /** All of {@code parts} must hold; see {@link #allOf(Check...)}. */
  public static Check allOf(List<? extends Check> parts) {
    ImmutableList<Check> all = nonEmpty(parts);
    return described(
        context -> combineAll(evaluateAll(all, context)),
        context -> decideAll(all, context, false),
        Requirements.allOf(requirementsOf(all)));
  }

  /**
   * At least one of {@code parts} must hold: any PASS gives PASS; else, when every part is
   * NOT_APPLICABLE, NOT_APPLICABLE; else any ERROR gives ERROR; else any INSUFFICIENT_EVIDENCE
   * gives INSUFFICIENT_EVIDENCE (the missing data might have passed); else FAIL, vetoed when a
   * failing part is a veto part. Every part is evaluated.
   *
   * @throws IllegalArgumentException when there is no part
   */
  public static Check anyOf(Check... parts) {
    ImmutableList<Check> all = nonEmpty(Arrays.asList(parts));
    return described(
        anyOfParts(all),
        context -> decideAll(all, context, true),
        Requirements.anyOf(requirementsOf(all)));
  }

  private static Check anyOfParts(ImmutableList<Check> all) {
    return context -> {
      List<CheckResult> results = evaluateAll(all, context);
      Outcome outcome;
      if (any(results, Outcome.PASS)) {
        outcome = Outcome.PASS;
      } else if (all(results, Outcome.NOT_APPLICABLE)) {
        outcome = Outcome.NOT_APPLICABLE;
      } else if (any(results, Outcome.ERROR)) {
        outcome = Outcome.ERROR;
      } else if (any(results, Outcome.INSUFFICIENT_EVIDENCE)) {
        outcome = Outcome.INSUFFICIENT_EVIDENCE;
      } else {
        outcome = Outcome.FAIL;
      }
      return concatenate(outcome, results);
    };
  }

  /**
   * All of {@code parts} must hold, as in {@link #allOf(Check...)}, and a scoring standard gives
   * partial credit: the mean credit of the parts that pass or fail (parts that do not apply are
   * left out), so passing three parts of four earns 3/4 of the points.
   */
  public static Check creditByParts(Check... parts) {
    ImmutableList<Check> all = nonEmpty(Arrays.asList(parts));
    // the credit never changes the outcome: the parts decide as in allOf
    return described(
        creditOfParts(all),
        context -> decideAll(all, context, false),
        Requirements.allOf(requirementsOf(all)));
  }

  private static Check creditOfParts(ImmutableList<Check> all) {
    return context -> {
      List<CheckResult> results = evaluateAll(all, context);
      CheckResult combined = combineAll(results);
      if (combined.outcome() != Outcome.PASS && combined.outcome() != Outcome.FAIL) {
        return combined;
      }
      List<Credit> credits = new ArrayList<>();
      for (CheckResult r : results) {
        r.credit().ifPresent(credits::add);
      }
      return combined.withCredit(Credit.mean(credits));
    };
  }

  /** Marks {@code part} as the veto part of its criterion: a FAIL of it is vetoed (DOMAIN S-3). */
  public static Check veto(Check part) {
    requireNonNull(part, "part");
    return described(
        context -> part.check(context).asVeto(),
        context -> part.decide(context).asVeto(),
        part.requirements().withVeto());
  }

  /**
   * {@code check}, when the dossier has {@code section}; INSUFFICIENT_EVIDENCE naming the section,
   * with a SUPPLY_DATA remedy, when it lacks it (DOSSIER-v1: never silently a pass or a fail).
   */
  public static Check requires(Section section, Check check) {
    return requires(ImmutableSet.of(section), check);
  }

  /**
   * {@code check}, when the dossier has every one of {@code sections}; INSUFFICIENT_EVIDENCE naming
   * each one it lacks, with a SUPPLY_DATA remedy for each, otherwise. Only for a check that needs
   * them all: a rule that the sections present may settle alone decides for itself (DOMAIN S-9), as
   * {@link #inEachPeriod} does, and wrapping it here would hide that.
   */
  public static Check requires(Collection<Section> sections, Check check) {
    requireNonNull(check, "check");
    Set<Section> needed = Sets.immutableEnumSet(sections);
    return described(
        requiring(needed, check),
        deciding(needed, check),
        Requirements.none().needing(needed).and(check.requirements()));
  }

  /**
   * {@code check}, when the dossier has {@code section}, described as {@code description} says: for
   * this library's own checks, whose bodies read only what they describe.
   */
  static Check requires(Requirements description, Section section, Check check) {
    Set<Section> needed = ImmutableSet.of(section);
    return described(requiring(needed, check), deciding(needed, check), description);
  }

  private static Function<CheckContext, Ruling> deciding(Set<Section> needed, Check check) {
    Section[] sections = needed.toArray(new Section[0]);
    return context -> {
      Dossier dossier = context.dossier();
      for (Section s : sections) {
        if (!dossier.has(s)) {
          return Ruling.INSUFFICIENT_EVIDENCE;
        }
      }
      return check.decide(context);
    };
  }

  private static Check requiring(Set<Section> needed, Check check) {
    Section[] sections = needed.toArray(new Section[0]); // in the set's order
    return context -> {
      Dossier dossier = context.dossier();
      @Nullable List<Section> absent = null;
      for (Section s : sections) {
        if (!dossier.has(s)) {
          if (absent == null) {
            absent = new ArrayList<>(sections.length);
          }
          absent.add(s);
        }
      }
      return absent == null
          ? check.check(context)
          : missingSections(context.coreMessages(), absent);
    };
  }

  /**
   * NOT_APPLICABLE with {@code reason} when {@code condition} holds (e.g. no family in difficulty
   * is identified); {@code check} otherwise. The reason usually comes from the standard's own
   * bundle.
   */
  public static Check notApplicableWhen(
      Predicate<CheckContext> condition, Reason reason, Check check) {
    requireNonNull(reason, "reason");
    return notApplicableWhen(condition, context -> reason, true, check);
  }

  /**
   * NOT_APPLICABLE with the reason {@code reason} gives for the context when {@code condition}
   * holds; {@code check} otherwise.
   */
  public static Check notApplicableWhen(
      Predicate<CheckContext> condition, Function<CheckContext, Reason> reason, Check check) {
    return notApplicableWhen(condition, reason, false, check);
  }

  /** {@code fixed}: the reason is one given, so deciding need not make it. */
  private static Check notApplicableWhen(
      Predicate<CheckContext> condition,
      Function<CheckContext, Reason> reason,
      boolean fixed,
      Check check) {
    requireNonNull(condition, "condition");
    requireNonNull(reason, "reason");
    requireNonNull(check, "check");
    // the condition is a predicate: what it reads is unknown to the description
    return described(
        notApplicableWhenHolds(condition, reason, check),
        context -> {
          if (!condition.test(context)) {
            return check.decide(context);
          }
          if (!fixed) {
            // the reason is made as the check makes it, so it fails where that fails
            requireNonNull(reason.apply(context), "reason");
          }
          return Ruling.NOT_APPLICABLE;
        },
        Requirements.unknown().and(check.requirements()));
  }

  private static Check notApplicableWhenHolds(
      Predicate<CheckContext> condition, Function<CheckContext, Reason> reason, Check check) {
    return context ->
        condition.test(context)
            ? CheckResult.notApplicable(reason.apply(context))
            : check.check(context);
  }

  /**
   * {@code check}, with {@code reason} added after its own reasons: e.g. the basis of a rule in the
   * standard's words. The check's description is kept.
   */
  public static Check withReason(Check check, Reason reason) {
    requireNonNull(check, "check");
    requireNonNull(reason, "reason");
    return described(
        context -> check.check(context).withReason(reason), check::decide, check.requirements());
  }

  /**
   * {@code check}, deciding with {@code decision} when only the outcome is wanted ({@link
   * Check#decide}): for a plugin's check written as a lambda, so that it decides without building
   * its reasons and remedies. {@code decision} must give what {@code check}'s result says, {@code
   * Ruling.of(check.check(context))}, for every context, and throw where it throws; a property
   * comparing the two over generated dossiers is the way to hold it to that. The check's
   * description is kept.
   */
  public static Check withDecision(Check check, Function<CheckContext, Ruling> decision) {
    requireNonNull(check, "check");
    requireNonNull(decision, "decision");
    return described(check::check, decision, check.requirements());
  }

  /**
   * PASS with {@code met} when {@code condition} holds, else FAIL with {@code notMet} and {@code
   * remedies}: for the plain yes-or-no parts of a criterion (every cadre's duties are defined, the
   * appraisal is tied to pay). The reasons usually come from the standard's own bundle.
   */
  public static Check that(
      Predicate<CheckContext> condition, Reason met, Reason notMet, Remedy... remedies) {
    requireNonNull(condition, "condition");
    requireNonNull(met, "met");
    requireNonNull(notMet, "notMet");
    ImmutableList<Remedy> fixes = ImmutableList.copyOf(remedies);
    return described(
        context ->
            condition.test(context)
                ? CheckResult.pass(met)
                : new CheckResult(
                    Outcome.FAIL, ImmutableList.of(notMet), ImmutableList.of(), fixes, false),
        context -> condition.test(context) ? Ruling.PASS : Ruling.FAIL,
        Requirements.unknown());
  }

  // ---------------------------------------------------------------- rates

  /**
   * {@code rate} held to {@code threshold} in each year of the window: the assessment year and the
   * years before it, {@code windowYears} in all (DOMAIN S-1). A year missing from the dossier's
   * statistics is missing evidence; a year whose denominator is 0 has nothing to measure. See
   * {@link RateCheck}.
   *
   * @param name the measure's stable name, e.g. {@code contraceptive-rate}; core names the domain's
   *     rates in its text, and {@link RateCheck#labelled} names others
   */
  public static RateCheck rateInEachYear(
      String name,
      Function<YearStatistics, Rate> rate,
      Parameter<Threshold> threshold,
      Parameter<Integer> windowYears) {
    requireNonNull(rate, "rate");
    requireNonNull(windowYears, "windowYears");
    return new RateCheck(
        name,
        yearly(y -> Optional.of(rate.apply(y)), y -> requireNonNull(rate.apply(y), "rate")),
        threshold,
        windowYears,
        RateCheck.WhenUndefined.NOTHING_TO_MEASURE);
  }

  /**
   * A rate of the assessment year's statistics held to {@code threshold}, where the figures may be
   * absent (e.g. the awareness survey, D-RATE-3): absent figures, and a survey of nobody, are
   * missing evidence (DOMAIN S-1).
   */
  public static RateCheck rateInAssessmentYear(
      String name, Function<YearStatistics, Optional<Rate>> rate, Parameter<Threshold> threshold) {
    requireNonNull(rate, "rate");
    return new RateCheck(
        name,
        yearly(rate, y -> rate.apply(y).orElse(null)),
        threshold,
        null,
        RateCheck.WhenUndefined.MISSING_EVIDENCE);
  }

  /**
   * A rate read from anywhere in the dossier (e.g. the satisfaction survey of the assessment year,
   * TJ-R2) held to {@code threshold}: empty, and a denominator of 0, are missing evidence.
   */
  public static RateCheck rateOf(
      String name, Function<Dossier, Optional<Rate>> rate, Parameter<Threshold> threshold) {
    requireNonNull(rate, "rate");
    return new RateCheck(
        name,
        new RateCheck.Source() {
          @Override
          public boolean hasRecord(Dossier dossier, int year) {
            return true;
          }

          @Override
          public Optional<Rate> rate(Dossier dossier, int year) {
            return rate.apply(dossier);
          }
        },
        threshold,
        null,
        RateCheck.WhenUndefined.MISSING_EVIDENCE);
  }

  /**
   * The rate of each year's statistics: {@code rate} as the check reads it, {@code rateOrNull} the
   * same rate or null where that is empty, for deciding.
   */
  private static RateCheck.Source yearly(
      Function<YearStatistics, Optional<Rate>> rate,
      Function<YearStatistics, @Nullable Rate> rateOrNull) {
    requireNonNull(rate, "rate");
    return new RateCheck.Source() {
      @Override
      public @Nullable Rate rateOrNull(Dossier dossier, int year) {
        List<YearStatistics> years = dossier.years();
        for (int i = 0; i < years.size(); i++) {
          YearStatistics y = years.get(i);
          if (y.year() == year) {
            return rateOrNull.apply(y);
          }
        }
        return null;
      }

      @Override
      public boolean hasRecord(Dossier dossier, int year) {
        return statistics(dossier, year) != null;
      }

      @Override
      public Optional<Rate> rate(Dossier dossier, int year) {
        YearStatistics y = statistics(dossier, year);
        return y == null ? Optional.empty() : requireNonNull(rate.apply(y));
      }

      /** {@code dossier.year(year)}, or null: the first statistics of that year. */
      private @Nullable YearStatistics statistics(Dossier dossier, int year) {
        List<YearStatistics> years = dossier.years();
        for (int i = 0; i < years.size(); i++) {
          YearStatistics y = years.get(i);
          if (y.year() == year) {
            return y;
          }
        }
        return null;
      }

      @Override
      public Requirements requirements() {
        return Requirements.none().needing(Section.YEARS);
      }
    };
  }

  // ---------------------------------------------------------------- events in periods

  /**
   * An event in each period of the assessment year at {@code cadence} (each quarter for {@code
   * QUARTERLY}). {@code dates} gives the dates of the events that count, read from {@code
   * sections}; see {@link PeriodCheck}, and {@link Procedure#each} for events chosen by kind, with
   * records required.
   *
   * @param name the measure's stable name, e.g. {@code disclosure}
   */
  public static PeriodCheck inEachPeriod(
      String name,
      Cadence cadence,
      Function<Dossier, ? extends Collection<LocalDate>> dates,
      Section... sections) {
    return new PeriodCheck(
        name, requireNonNull(cadence, "cadence"), null, dates, Arrays.asList(sections), null);
  }

  /** As {@link #inEachPeriod(String, Cadence, Function, Section...)}, the cadence a parameter. */
  public static PeriodCheck inEachPeriod(
      String name,
      Parameter<Cadence> cadence,
      Function<Dossier, ? extends Collection<LocalDate>> dates,
      Section... sections) {
    return new PeriodCheck(
        name, null, requireNonNull(cadence, "cadence"), dates, Arrays.asList(sections), null);
  }

  /**
   * At least {@code minimum} events in the assessment year ("at least N in the year", e.g. member
   * activity "on average monthly", D-PROC-5), read only when the dossier has {@code section}:
   * {@code dates} gives the dates of the events that count, and only those in the assessment year
   * are counted. A shortfall FAILs with an ADD_EVENT remedy for the difference and misses the year
   * ({@link Missed}, period {@code 2025}). The measure is the count held to the minimum (capped at
   * it), so 11 of 12 shows a gap of 1. It is {@link Procedure#atLeastInYear} over {@link
   * Events#dated}.
   *
   * @param name the measure's stable name, e.g. {@code association-activities}
   * @param label the event in plain words, e.g. 协会活动 / association activity
   */
  public static Check atLeastInYear(
      String name,
      LocalizedText label,
      Parameter<Integer> minimum,
      Function<Dossier, ? extends Collection<LocalDate>> dates,
      Section section) {
    requireNonNull(label, "label");
    return Procedure.atLeastInYear(minimum).of(name, Events.dated(section, dates)).labelled(label);
  }

  // ---------------------------------------------------------------- counts

  /**
   * A count that must be 0 (e.g. privacy breaches), read only when the dossier has {@code section}
   * (so {@code d -> requireNonNull(d.benefits()).collectiveDistributionViolations()} is safe for
   * {@code BENEFITS}). See {@link CountCheck}.
   */
  public static CountCheck zero(String name, Section section, ToIntFunction<Dossier> count) {
    return CountCheck.zero(name, section, count);
  }

  /**
   * A count that must equal another (e.g. rewards granted = rewards eligible), read only when the
   * dossier has {@code section}; a shortfall gives a remedy with the difference.
   */
  public static CountCheck equal(
      String name,
      Section section,
      ToIntFunction<Dossier> actual,
      ToIntFunction<Dossier> required) {
    return CountCheck.equal(name, section, actual, required);
  }

  /** A count that must reach {@code minimum}, read only when the dossier has {@code section}. */
  public static CountCheck atLeast(
      String name, Section section, ToIntFunction<Dossier> count, int minimum) {
    return CountCheck.atLeast(name, section, count, minimum);
  }

  /** A count that must reach the value of {@code minimum}. */
  public static CountCheck atLeast(
      String name, Section section, ToIntFunction<Dossier> count, Parameter<Integer> minimum) {
    return CountCheck.atLeast(name, section, count, minimum);
  }

  /** No privacy breach in the assessment year (TJ-V4). */
  public static CountCheck noPrivacyBreaches() {
    return zero(
        "privacy-breaches",
        Section.PRIVACY_BREACHES,
        d -> requireNonNull(d.privacyBreaches(), "privacyBreaches"));
  }

  /** No unlawful fee or fine in the assessment year (TJ-V8). */
  public static CountCheck noUnlawfulFeesOrFines() {
    return zero(
        "unlawful-fees-or-fines",
        Section.UNLAWFUL_FEES_OR_FINES,
        d -> requireNonNull(d.unlawfulFeesOrFines(), "unlawfulFeesOrFines"));
  }

  // ---------------------------------------------------------------- incidents

  /**
   * No incident of {@code kinds} in the window of {@code windowYears} years (TJ-V8): FAIL naming
   * each year and kind found, by count only (an incident's details never appear). INCIDENTS absent
   * is missing evidence.
   *
   * @throws IllegalArgumentException when {@code kinds} is empty or holds {@code INDUCED_ABORTION},
   *     which only counts when late-term: use {@link #noIncidents(Parameter, Parameter,
   *     IncidentKind...)}
   */
  public static Check noIncidents(Parameter<Integer> windowYears, IncidentKind... kinds) {
    checkArgument(
        !Arrays.asList(kinds).contains(IncidentKind.INDUCED_ABORTION),
        "an induced abortion only counts when late-term: give the late-term weeks parameter");
    return incidents(windowYears, null, kinds);
  }

  /**
   * No incident of {@code kinds} in the window (TJ-V9), where {@code INDUCED_ABORTION} counts only
   * when late-term: at {@code lateTermWeeks} weeks or more without a medical reason (D-RATE-8).
   */
  public static Check noIncidents(
      Parameter<Integer> windowYears, Parameter<Integer> lateTermWeeks, IncidentKind... kinds) {
    return incidents(windowYears, requireNonNull(lateTermWeeks, "lateTermWeeks"), kinds);
  }

  private static Check incidents(
      Parameter<Integer> windowYears,
      @Nullable Parameter<Integer> lateTermWeeks,
      IncidentKind... kinds) {
    requireNonNull(windowYears, "windowYears");
    checkArgument(kinds.length > 0, "name at least one kind of incident");
    Set<IncidentKind> counted = Sets.immutableEnumSet(Arrays.asList(kinds));
    Requirements reads = Requirements.none().needing(Section.INCIDENTS).reading(windowYears);
    IncidentNames countedNames = new IncidentNames(counted);
    Check explained =
        context -> {
          Messages core = context.coreMessages();
          Window window = Window.of(context, windowYears);
          int weeks = lateTermWeeks == null ? 0 : context.parameter(lateTermWeeks);
          BiPredicate<Incident, Integer> counts =
              (i, w) ->
                  counted.contains(i.kind())
                      && (i.kind() != IncidentKind.INDUCED_ABORTION
                          || i.isLateTermInducedAbortion(w));
          // year -> kind -> count, both sorted, so the text is the same every time
          Map<Integer, Map<IncidentKind, Integer>> found = new TreeMap<>();
          for (Incident i : context.dossier().incidents()) {
            if (window.contains(i.date()) && counts.test(i, weeks)) {
              found
                  .computeIfAbsent(i.date().getYear(), y -> new TreeMap<>())
                  .merge(i.kind(), 1, Integer::sum);
            }
          }
          if (found.isEmpty()) {
            return CheckResult.pass(
                core.reason("incidents.none", window.text(), countedNames.of(weeks)));
          }
          List<Reason> reasons = new ArrayList<>();
          found.forEach(
              (year, byKind) ->
                  byKind.forEach(
                      (kind, n) ->
                          reasons.add(
                              core.reason(
                                  "incidents.found",
                                  Numerals.of(year),
                                  incidentLabel(kind, weeks),
                                  Numerals.of(n)))));
          return new CheckResult(
              Outcome.FAIL, reasons, ImmutableList.of(), ImmutableList.of(), false);
        };
    Function<CheckContext, Ruling> decided =
        context -> {
          Window window = Window.of(context, windowYears);
          int weeks = lateTermWeeks == null ? 0 : context.parameter(lateTermWeeks);
          boolean found = false;
          List<Incident> incidents = context.dossier().incidents();
          for (int i = 0; i < incidents.size(); i++) {
            Incident incident = incidents.get(i);
            found |=
                window.contains(incident.date())
                    && counted.contains(incident.kind())
                    && (incident.kind() != IncidentKind.INDUCED_ABORTION
                        || incident.isLateTermInducedAbortion(weeks));
          }
          return found ? Ruling.FAIL : Ruling.PASS;
        };
    return requires(
        lateTermWeeks == null ? reads : reads.reading(lateTermWeeks),
        Section.INCIDENTS,
        described(explained, decided, Requirements.unknown()));
  }

  /**
   * The counted kinds of incident named as a list, in the kinds' order, for the late-term weeks in
   * force: joined once and kept for the weeks last asked, which seldom change.
   */
  private static final class IncidentNames {
    private final Set<IncidentKind> counted;
    private volatile @Nullable Joined last;

    private record Joined(int weeks, LocalizedText text) {}

    IncidentNames(Set<IncidentKind> counted) {
      this.counted = counted;
    }

    LocalizedText of(int weeks) {
      Joined known = last;
      if (known != null && known.weeks() == weeks) {
        return known.text();
      }
      List<LocalizedText> names = new ArrayList<>();
      for (IncidentKind k : EnumSet.copyOf(counted)) {
        names.add(incidentLabel(k, weeks));
      }
      Joined joined = new Joined(weeks, Labels.join(names));
      last = joined;
      return joined.text();
    }
  }

  private static LocalizedText incidentLabel(IncidentKind kind, int lateTermWeeks) {
    return kind == IncidentKind.INDUCED_ABORTION
        ? Messages.core().text("incident.late-term", Numerals.of(lateTermWeeks))
        : Labels.of("incident", kind);
  }

  // ---------------------------------------------------------------- complaints

  /**
   * Every complaint received in the assessment year investigated within {@code days} days of
   * receipt ({@code investigated − received ≤ days}) and its outcome published (D-PROC-3, TJ-V8).
   * The text gives counts only: nothing about a complaint or its complainant (DOMAIN S-6). It is
   * {@link Procedure#complaintsHandled} listing no complaint in {@link CheckResult#missed()}; that
   * one lists each complaint that falls short by its {@code ref}.
   */
  public static Check complaintsHandled(Parameter<Integer> days) {
    return Deadline.complaints(days).countingOnly();
  }

  // ---------------------------------------------------------------- instruments

  /**
   * At least one charter or covenant in force at the end of the assessment year, and every one in
   * force lawfully adopted (D-CH-3, TJ-V2): by one of {@code bodies}, with quorum and majority,
   * posted for at least {@code noticeDays} days counting both ends with no objection upheld,
   * effective after the posting ends, and reviewed with no conflict. Exact integer arithmetic.
   */
  public static Check lawfullyAdopted(Set<AdoptionBody> bodies, Parameter<Integer> noticeDays) {
    return Adoptions.lawfullyAdopted(bodies, noticeDays);
  }

  /**
   * Where the dossier says household contracts are used, every contract in force at the end of the
   * assessment year (and at least one) entered knowingly and voluntarily, mutual (both parties
   * carry an obligation), and reviewed with no conflict (D-CH-4, TJ-V2); NOT_APPLICABLE where
   * contracts are not used.
   */
  public static Check contractsSound() {
    return Adoptions.contractsSound();
  }

  // ---------------------------------------------------------------- inspection

  /**
   * The inspectors' finding on the criterion, for parts that only an inspector can judge: PASS on
   * MET, FAIL on NOT_MET, INSUFFICIENT_EVIDENCE asking for a finding when none applies. The finding
   * is the one {@link CheckContext#inspectionFinding} gives, and the evaluator, which applies every
   * finding in one place (DOMAIN S-7), adds its reason (with the inspector's note) to the
   * criterion's result, so this part gives none of its own.
   */
  public static Check inspectorFinding() {
    return described(
        findingOnTheCriterion(),
        context -> {
          Optional<InspectionFinding> f = context.inspectionFinding();
          if (f.isEmpty()) {
            return Ruling.INSUFFICIENT_EVIDENCE;
          }
          return f.get().finding() == Finding.MET ? Ruling.PASS : Ruling.FAIL;
        },
        Requirements.none().needing(Section.INSPECTION));
  }

  private static Check findingOnTheCriterion() {
    return context -> {
      Optional<InspectionFinding> f = context.inspectionFinding();
      if (f.isEmpty()) {
        Messages core = context.coreMessages();
        return new CheckResult(
            Outcome.INSUFFICIENT_EVIDENCE,
            ImmutableList.of(core.reason("inspection.none", context.criterionId())),
            ImmutableList.of(),
            ImmutableList.of(
                new Remedy(
                    Remedy.Kind.SUPPLY_DATA,
                    "inspection",
                    context.assessmentYear(),
                    null,
                    1,
                    core.text("remedy.inspection", context.criterionId()))),
            false);
      }
      return new CheckResult(
          f.get().finding() == Finding.MET ? Outcome.PASS : Outcome.FAIL,
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          false);
    };
  }

  // ---------------------------------------------------------------- shared

  /** INSUFFICIENT_EVIDENCE naming each absent section, with a SUPPLY_DATA remedy for each. */
  static CheckResult missingSections(Messages core, Collection<Section> absent) {
    List<Reason> reasons = new ArrayList<>();
    List<Remedy> remedies = new ArrayList<>();
    for (Section s : absent) {
      LocalizedText name = Labels.of(s);
      reasons.add(core.reason("requires.missing", name, s.fieldName()));
      remedies.add(
          new Remedy(
              Remedy.Kind.SUPPLY_DATA,
              s.fieldName(),
              null,
              null,
              1,
              core.text("remedy.supply-section", name, s.fieldName())));
    }
    return new CheckResult(
        Outcome.INSUFFICIENT_EVIDENCE, reasons, ImmutableList.of(), remedies, false);
  }

  /** {@code check}, describing itself as {@code requirements} say. */
  static Check described(Check check, Requirements requirements) {
    return new Described(check, check::decide, requirements);
  }

  /**
   * {@code check}, deciding with {@code decision} (which must agree with it), describing itself as
   * {@code requirements} say.
   */
  static Check described(
      Check check, Function<CheckContext, Ruling> decision, Requirements requirements) {
    return new Described(check, decision, requirements);
  }

  private static List<Requirements> requirementsOf(List<Check> parts) {
    List<Requirements> all = new ArrayList<>(parts.size());
    for (Check part : parts) {
      all.add(part.requirements());
    }
    return all;
  }

  /** A check of this library, with its description. */
  private static final class Described implements Check {
    private final Check body;
    private final Function<CheckContext, Ruling> decision;
    private final Requirements requirements;

    Described(Check body, Function<CheckContext, Ruling> decision, Requirements requirements) {
      this.body = requireNonNull(body, "body");
      this.decision = requireNonNull(decision, "decision");
      this.requirements = requireNonNull(requirements, "requirements");
    }

    @Override
    public CheckResult check(CheckContext context) {
      return body.check(context);
    }

    @Override
    public Ruling decide(CheckContext context) {
      return decision.apply(context);
    }

    @Override
    public Requirements requirements() {
      return requirements;
    }

    @Override
    public String toString() {
      return "Check" + requirements;
    }
  }

  private static ImmutableList<Check> nonEmpty(List<? extends Check> parts) {
    ImmutableList<Check> all = ImmutableList.copyOf(parts);
    checkArgument(!all.isEmpty(), "combine at least one check");
    return all;
  }

  private static List<CheckResult> evaluateAll(List<Check> parts, CheckContext context) {
    List<CheckResult> results = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      results.add(requireNonNull(parts.get(i).check(context), "a check returned null"));
    }
    return results;
  }

  /**
   * What parts decide together, as {@link #combineAll} combines their results, or as {@link #anyOf}
   * does when {@code any}. Every part is decided, so a part that throws makes the whole throw, as
   * it does when explained.
   */
  static Ruling decideAll(List<Check> parts, CheckContext context, boolean any) {
    boolean pass = false;
    boolean fail = false;
    boolean vetoed = false;
    boolean error = false;
    boolean insufficient = false;
    boolean allNotApplicable = true;
    for (int i = 0; i < parts.size(); i++) {
      Ruling r = requireNonNull(parts.get(i).decide(context), "a check returned null");
      switch (r) {
        case PASS:
          pass = true;
          break;
        case VETOED:
          vetoed = true;
          fail = true;
          break;
        case FAIL:
          fail = true;
          break;
        case ERROR:
          error = true;
          break;
        case INSUFFICIENT_EVIDENCE:
          insufficient = true;
          break;
        default:
          break;
      }
      allNotApplicable &= r == Ruling.NOT_APPLICABLE;
    }
    Ruling failed = vetoed ? Ruling.VETOED : Ruling.FAIL;
    if (any) {
      if (pass) {
        return Ruling.PASS;
      }
      if (allNotApplicable) {
        return Ruling.NOT_APPLICABLE;
      }
      return error ? Ruling.ERROR : insufficient ? Ruling.INSUFFICIENT_EVIDENCE : failed;
    }
    if (fail) {
      return failed;
    }
    if (error) {
      return Ruling.ERROR;
    }
    if (insufficient) {
      return Ruling.INSUFFICIENT_EVIDENCE;
    }
    return allNotApplicable ? Ruling.NOT_APPLICABLE : Ruling.PASS;
  }

  private static boolean all(List<CheckResult> results, Outcome outcome) {
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).outcome() != outcome) {
        return false;
      }
    }
    return true;
  }

  private static boolean any(List<CheckResult> results, Outcome outcome) {
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).outcome() == outcome) {
        return true;
      }
    }
    return false;
  }

  /** The outcome of parts that must all hold; see the class description. */
  static CheckResult combineAll(List<CheckResult> results) {
    Outcome outcome;
    if (any(results, Outcome.FAIL)) {
      outcome = Outcome.FAIL;
    } else if (any(results, Outcome.ERROR)) {
      outcome = Outcome.ERROR;
    } else if (any(results, Outcome.INSUFFICIENT_EVIDENCE)) {
      outcome = Outcome.INSUFFICIENT_EVIDENCE;
    } else if (all(results, Outcome.NOT_APPLICABLE)) {
      outcome = Outcome.NOT_APPLICABLE;
    } else {
      outcome = Outcome.PASS;
    }
    return concatenate(outcome, results);
  }

  /** The parts' text and figures in order; a reason or remedy two parts share appears once. */
  private static CheckResult concatenate(Outcome outcome, List<CheckResult> results) {
    boolean vetoed = false;
    int measureCount = 0;
    List<Measure> onlyMeasures = ImmutableList.of();
    for (int i = 0; i < results.size(); i++) {
      CheckResult r = results.get(i);
      List<Measure> m = r.measures();
      if (!m.isEmpty()) {
        onlyMeasures = measureCount == 0 ? m : onlyMeasures;
        measureCount += m.size();
      }
      vetoed |= r.vetoed();
    }
    List<Measure> measures;
    if (measureCount == onlyMeasures.size()) {
      measures = onlyMeasures; // one part's measures, or none: already an immutable list
    } else {
      ImmutableList.Builder<Measure> all = ImmutableList.builderWithExpectedSize(measureCount);
      for (int i = 0; i < results.size(); i++) {
        all.addAll(results.get(i).measures());
      }
      measures = all.build();
    }
    return new CheckResult(
        outcome,
        Checks.<Reason>distinct(results, REASONS),
        measures,
        Checks.<Remedy>distinct(results, REMEDIES),
        outcome == Outcome.FAIL && vetoed,
        null,
        Checks.<Missed>distinct(results, MISSED));
  }

  /** Above this many elements, {@link #distinct} hashes instead of comparing each with each. */
  private static final int FEW = 16;

  /** Which of a result's lists {@link #distinct} reads: its reasons, remedies or missed periods. */
  private static final int REASONS = 0;

  private static final int REMEDIES = 1;
  private static final int MISSED = 2;

  /**
   * The list {@code kind} names of {@code result}: a static choice rather than a function passed
   * in, so that the call is direct wherever {@link #distinct} is compiled.
   */
  @SuppressWarnings("unchecked") // kind says which list, and the caller which type
  private static <T> List<T> part(CheckResult result, int kind) {
    switch (kind) {
      case REASONS:
        return (List<T>) result.reasons();
      case REMEDIES:
        return (List<T>) result.remedies();
      default:
        return (List<T>) result.missed();
    }
  }

  /** The sketch of an element of the list {@code kind} names; see {@link #distinct}. */
  private static int sketch(Object element, int kind) {
    switch (kind) {
      case REASONS:
        return reasonSketch((Reason) element);
      case REMEDIES:
        return remedySketch((Remedy) element);
      default:
        return missedSketch((Missed) element);
    }
  }

  /**
   * The parts' elements of the list {@code kind} names, in order, each once (the first of equal
   * ones kept), as an {@code ImmutableSet} would keep them. A few elements, the usual case, are
   * compared with {@code equals} one by one, and only those of equal sketch (a cheap hash that
   * equal elements share: a reason's key), which costs less than hashing reasons (a message's hash
   * walks all its arguments) and less than comparing every pair.
   */
  private static <T> ImmutableList<T> distinct(List<CheckResult> results, int kind) {
    int total = 0;
    List<T> only = ImmutableList.of();
    for (int i = 0; i < results.size(); i++) {
      List<T> elements = part(results.get(i), kind);
      if (!elements.isEmpty()) {
        only = total == 0 ? elements : only;
        total += elements.size();
      }
    }
    if (total == 0) {
      return ImmutableList.of();
    }
    if (total == 1) {
      return ImmutableList.copyOf(only);
    }
    if (total > FEW) {
      ImmutableSet.Builder<T> set = ImmutableSet.builderWithExpectedSize(total);
      for (int i = 0; i < results.size(); i++) {
        set.addAll(Checks.<T>part(results.get(i), kind));
      }
      return set.build().asList();
    }
    int[] sketches = new int[total];
    @SuppressWarnings("unchecked")
    T[] kept = (T[]) new Object[total];
    int size = 0;
    for (int i = 0; i < results.size(); i++) {
      List<T> elements = part(results.get(i), kind);
      for (int j = 0; j < elements.size(); j++) {
        T element = elements.get(j);
        int s = sketch(element, kind);
        if (!contains(kept, sketches, size, element, s)) {
          kept[size] = element;
          sketches[size] = s;
          size++;
        }
      }
    }
    if (size == total && only.size() == total) {
      return ImmutableList.copyOf(only); // one part's elements, all distinct: already immutable
    }
    return size == total
        ? ImmutableList.copyOf(kept)
        : ImmutableList.copyOf(Arrays.copyOf(kept, size));
  }

  private static <T> boolean contains(T[] kept, int[] sketches, int size, T element, int s) {
    for (int k = 0; k < size; k++) {
      if (sketches[k] == s && (kept[k] == element || kept[k].equals(element))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A hash that equal reasons share: the key's, with the hash of the text's first argument when it
   * is a string (a year, an instrument's id: strings that mostly have their hash cached) and the
   * lengths of the other string arguments (hashing each fresh string would cost more than the
   * comparisons saved), so that reasons of one key for different years or instruments are told
   * apart without comparing them.
   */
  private static int reasonSketch(Reason reason) {
    int h = reason.key().hashCode();
    if (reason.text() instanceof Message m) {
      h = h * 31 + argumentSketch(m);
    }
    return h;
  }

  /**
   * A hash of {@code message}'s arguments that equal messages share, of their cheap parts: the hash
   * of a string first argument and the lengths of the other strings, the key of a message argument
   * (a period's or a label's, whose hash the key string keeps), an integer's value. Reasons of one
   * key for different quarters, sections or labels are then told apart without comparing them.
   */
  private static int argumentSketch(Message message) {
    List<Object> args = message.args();
    int h = 0;
    for (int i = 0; i < args.size(); i++) {
      Object arg = args.get(i);
      if (arg instanceof String text) {
        h = h * 31 + (i == 0 ? text.hashCode() : text.length());
      } else if (arg instanceof Message inner) {
        h = h * 31 + inner.key().hashCode();
      } else if (arg instanceof Integer number) {
        h = h * 31 + number;
      }
    }
    return h;
  }

  /** A hash that equal remedies share, of their cheap parts. */
  private static int remedySketch(Remedy remedy) {
    return (remedy.kind().ordinal() * 31 + remedy.subject().hashCode()) * 31
        + Long.hashCode(remedy.amount());
  }

  /** A hash that equal missed periods share: the period's and the message key's. */
  private static int missedSketch(Missed missed) {
    return missed.period().hashCode() * 31 + missed.what().key().hashCode();
  }
}
