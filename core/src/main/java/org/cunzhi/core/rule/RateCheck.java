package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rate.Comparison;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.jspecify.annotations.Nullable;

/**
 * A rate held to a threshold in each year of a window, each year on its own (not pooled, DOMAIN
 * S-1). Made by {@link Checks#rateInEachYear}, {@link Checks#rateInAssessmentYear} and {@link
 * Checks#rateOf}; immutable.
 *
 * <p>Every year with a defined rate gives a {@link Measure}. A year that falls short fails the
 * check and gives a remedy with the exact gap. A missing year (or missing figure) makes the check
 * INSUFFICIENT_EVIDENCE, unless another year fails, when it FAILs. A year whose denominator is 0
 * either has nothing to measure and breaks nothing ({@link WhenUndefined#NOTHING_TO_MEASURE}, for
 * counts such as births), or is missing evidence ({@link WhenUndefined#MISSING_EVIDENCE}, for
 * surveys: a survey of nobody is no survey).
 */
public final class RateCheck implements Check {

  /** What a year whose rate is undefined (denominator 0) means. */
  public enum WhenUndefined {
    /** Nothing to measure: the year breaks no rule, and the reason says so. */
    NOTHING_TO_MEASURE,
    /** Missing evidence: the year makes the check INSUFFICIENT_EVIDENCE. */
    MISSING_EVIDENCE
  }

  /** Where a year's rate comes from. */
  interface Source {
    /** Whether the dossier has the record the year's rate is read from. */
    boolean hasRecord(Dossier dossier, int year);

    /** The year's rate; empty when the record lacks the figures. */
    Optional<Rate> rate(Dossier dossier, int year);

    /** The sections the records are read from; unknown unless said. */
    default Requirements requirements() {
      return Requirements.unknown();
    }

    /**
     * The year's rate for deciding alone: null where {@link #hasRecord} is false or {@link #rate}
     * empty, read as they read it.
     */
    default @Nullable Rate rateOrNull(Dossier dossier, int year) {
      return hasRecord(dossier, year) ? rate(dossier, year).orElse(null) : null;
    }
  }

  private final String name;
  private final Source source;
  private final Parameter<Threshold> threshold;
  private final @Nullable Parameter<Integer> windowYears;
  private final WhenUndefined whenUndefined;
  private final LocalizedText label;
  private final LocalizedText counted;

  RateCheck(
      String name,
      Source source,
      Parameter<Threshold> threshold,
      @Nullable Parameter<Integer> windowYears,
      WhenUndefined whenUndefined) {
    this(
        name,
        source,
        threshold,
        windowYears,
        whenUndefined,
        Labels.of(name),
        Labels.countedOf(name));
  }

  private RateCheck(
      String name,
      Source source,
      Parameter<Threshold> threshold,
      @Nullable Parameter<Integer> windowYears,
      WhenUndefined whenUndefined,
      LocalizedText label,
      LocalizedText counted) {
    this.name = requireNonNull(name, "name");
    this.source = requireNonNull(source, "source");
    this.threshold = requireNonNull(threshold, "threshold");
    this.windowYears = windowYears;
    this.whenUndefined = requireNonNull(whenUndefined, "whenUndefined");
    this.label = requireNonNull(label, "label");
    this.counted = requireNonNull(counted, "counted");
  }

  /** The measure's stable name, e.g. {@code contraceptive-rate}. */
  public String name() {
    return name;
  }

  /** This check, with a year of denominator 0 read as {@code meaning}. */
  public RateCheck whenUndefined(WhenUndefined meaning) {
    return new RateCheck(name, source, threshold, windowYears, meaning, label, counted);
  }

  /**
   * This check, naming the rate {@code rate} (e.g. 综合避孕率 / contraceptive rate) and what its
   * numerator counts {@code counted} (e.g. 采取避孕措施的已婚育龄妇女 / married women using contraception) in
   * its reasons and remedies. Core names the domain's own rates already.
   */
  public RateCheck labelled(LocalizedText rate, LocalizedText counted) {
    return new RateCheck(name, source, threshold, windowYears, whenUndefined, rate, counted);
  }

  /** The source's sections, the threshold and, for a window, the window's length. */
  @Override
  public Requirements requirements() {
    Requirements r = source.requirements().reading(threshold);
    return windowYears == null ? r : r.reading(windowYears);
  }

  @Override
  public CheckResult check(CheckContext context) {
    Messages core = context.coreMessages();
    Threshold t = context.parameter(threshold);
    Window window =
        windowYears == null
            ? Window.ending(context.assessmentYear(), 1)
            : Window.of(context, windowYears);
    List<Reason> reasons = new ArrayList<>();
    List<Measure> measures = new ArrayList<>();
    List<Remedy> failRemedies = new ArrayList<>();
    List<Remedy> missingRemedies = new ArrayList<>();
    boolean failed = false;
    for (int year = window.firstYear(); year <= window.lastYear(); year++) {
      String y = Numerals.of(year);
      if (!source.hasRecord(context.dossier(), year)) {
        reasons.add(core.reason("rate.missing-year", y, label));
        missingRemedies.add(
            new Remedy(
                Remedy.Kind.SUPPLY_DATA,
                "years",
                year,
                null,
                1,
                core.text("remedy.supply-year", y)));
        continue;
      }
      Optional<Rate> found = source.rate(context.dossier(), year);
      if (found.isEmpty()) {
        reasons.add(core.reason("rate.missing-figure", y, label));
        missingRemedies.add(
            new Remedy(
                Remedy.Kind.SUPPLY_DATA,
                name,
                year,
                null,
                1,
                core.text("remedy.supply-figure", y, label)));
        continue;
      }
      Rate rate = found.get();
      measures.add(new Measure(name, label, year, rate, t));
      if (!rate.isDefined()) {
        if (whenUndefined == WhenUndefined.NOTHING_TO_MEASURE) {
          reasons.add(core.reason("rate.nothing-to-measure", y, label));
        } else {
          reasons.add(core.reason("rate.empty", y, label));
          missingRemedies.add(
              new Remedy(
                  Remedy.Kind.SUPPLY_DATA,
                  name,
                  year,
                  null,
                  1,
                  core.text("remedy.supply-figure", y, label)));
        }
        continue;
      }
      String num = Numerals.of(rate.numerator());
      String den = Numerals.of(rate.denominator());
      String percent = percent(rate);
      if (rate.meets(t)) {
        reasons.add(core.reason("rate.met", y, label, percent, num, den, Percents.threshold(t)));
        continue;
      }
      failed = true;
      reasons.add(core.reason("rate.not-met", y, label, percent, num, den, Percents.threshold(t)));
      remedy(core, year, rate, t).ifPresent(failRemedies::add);
    }
    if (failed) {
      return new CheckResult(
          Outcome.FAIL,
          reasons,
          measures,
          ImmutableList.<Remedy>builder().addAll(failRemedies).addAll(missingRemedies).build(),
          false);
    }
    if (!missingRemedies.isEmpty()) {
      return new CheckResult(
          Outcome.INSUFFICIENT_EVIDENCE, reasons, measures, missingRemedies, false);
    }
    return new CheckResult(Outcome.PASS, reasons, measures, ImmutableList.of(), false);
  }

  /**
   * What {@link #check} decides, without text, measures or remedies: each year of the window read
   * and held to the threshold as there.
   */
  @Override
  public Ruling decide(CheckContext context) {
    Threshold t = context.parameter(threshold);
    Window window =
        windowYears == null
            ? Window.ending(context.assessmentYear(), 1)
            : Window.of(context, windowYears);
    Dossier dossier = context.dossier();
    boolean failed = false;
    boolean missing = false;
    for (int year = window.firstYear(); year <= window.lastYear(); year++) {
      Rate rate = source.rateOrNull(dossier, year);
      if (rate == null) {
        missing = true;
      } else if (!rate.isDefined()) {
        missing |= whenUndefined == WhenUndefined.MISSING_EVIDENCE;
      } else if (!meets(rate, t)) {
        failed = true;
      }
    }
    if (failed) {
      return Ruling.FAIL;
    }
    return missing ? Ruling.INSUFFICIENT_EVIDENCE : Ruling.PASS;
  }

  /**
   * The smallest change of the numerator that would meet {@code t}, as a remedy, if there is one.
   */
  private Optional<Remedy> remedy(Messages core, int year, Rate rate, Threshold t) {
    String y = Numerals.of(year);
    String den = Numerals.of(rate.denominator());
    if (t.comparison() == Comparison.AT_MOST) {
      // largest n with n / den <= t: n = floor(t.num * den / t.den)
      long most =
          BigInteger.valueOf(t.numerator())
              .multiply(BigInteger.valueOf(rate.denominator()))
              .divide(BigInteger.valueOf(t.denominator()))
              .longValueExact();
      long k = rate.numerator() - most;
      return Optional.of(
          new Remedy(
              Remedy.Kind.DECREASE_COUNT,
              name,
              year,
              null,
              k,
              core.text(
                  "remedy.rate-decrease",
                  y,
                  label,
                  Numerals.of(k),
                  counted,
                  Numerals.of(most),
                  den,
                  Percents.threshold(t))));
    }
    OptionalLong gap = rate.gapTo(t);
    if (gap.isEmpty()) {
      return Optional.empty();
    }
    long k = gap.getAsLong();
    return Optional.of(
        new Remedy(
            Remedy.Kind.INCREASE_COUNT,
            name,
            year,
            null,
            k,
            core.text(
                "remedy.rate-increase",
                y,
                label,
                Numerals.of(k),
                counted,
                Numerals.of(rate.numerator() + k),
                den,
                Percents.threshold(t))));
  }

  /**
   * Whether the defined {@code rate} meets {@code t}, as {@link Rate#meets} decides it: the cross
   * products compared exactly in 128 bits (both counts are never negative), with no {@code
   * BigInteger}.
   */
  static boolean meets(Rate rate, Threshold t) {
    long a = rate.numerator();
    long b = t.denominator();
    long c = t.numerator();
    long d = rate.denominator();
    long high = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
    int sign = high != 0 ? (int) high : Long.compareUnsigned(a * b, c * d);
    switch (t.comparison()) {
      case AT_LEAST:
        return sign >= 0;
      case AT_MOST:
        return sign <= 0;
      default:
        return sign == 0;
    }
  }

  /** The rate in percent to two places, half up (display only; never decides anything). */
  static String percent(Rate rate) {
    return Percents.percent(rate.numerator(), rate.denominator());
  }

  @Override
  public String toString() {
    return "RateCheck[" + name + "]";
  }
}
