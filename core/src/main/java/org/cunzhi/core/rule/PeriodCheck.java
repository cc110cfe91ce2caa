package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.jspecify.annotations.Nullable;

/**
 * An event in each period of the assessment year: a disclosure each quarter, a meeting each month.
 * Made by {@link Checks#inEachPeriod}; immutable.
 *
 * <p>Only events dated in the assessment year count. A period without one FAILs the check, with an
 * ADD_EVENT remedy naming the period, and each such period is listed in {@link
 * CheckResult#missed()}. When the events come from sections the dossier lacks, the check is
 * INSUFFICIENT_EVIDENCE unless the sections it has already cover every period. The check gives one
 * {@link Measure}: periods covered out of periods, held to "all".
 */
public final class PeriodCheck implements Check {
  private final String name;
  private final @Nullable Cadence cadence;
  private final @Nullable Parameter<Cadence> cadenceParameter;
  private final Function<Dossier, ? extends Collection<LocalDate>> dates;
  private final ImmutableList<Section> sections;
  private final LocalizedText label;

  PeriodCheck(
      String name,
      @Nullable Cadence cadence,
      @Nullable Parameter<Cadence> cadenceParameter,
      Function<Dossier, ? extends Collection<LocalDate>> dates,
      List<Section> sections,
      @Nullable LocalizedText label) {
    this.name = requireNonNull(name, "name");
    if ((cadence == null) == (cadenceParameter == null)) {
      throw new IllegalArgumentException("give either a cadence or a cadence parameter");
    }
    this.cadence = cadence;
    this.cadenceParameter = cadenceParameter;
    this.dates = requireNonNull(dates, "dates");
    this.sections = ImmutableList.copyOf(sections);
    this.label = label == null ? Labels.of(name) : label;
  }

  /** The measure's stable name, e.g. {@code disclosure}. */
  public String name() {
    return name;
  }

  /** This check, naming the event {@code event} (e.g. 政策公开 / policy disclosure) in its text. */
  public PeriodCheck labelled(LocalizedText event) {
    return new PeriodCheck(name, cadence, cadenceParameter, dates, sections, event);
  }

  /**
   * Its sections, any one of which may cover every period (S-9), and its cadence parameter if it
   * has one. Without sections, where the dates come from is unknown.
   */
  @Override
  public Requirements requirements() {
    Requirements r = sections.isEmpty() ? Requirements.unknown() : Requirements.none();
    r = r.needingAnyOf(sections);
    return cadenceParameter == null ? r : r.reading(cadenceParameter);
  }

  @Override
  public CheckResult check(CheckContext context) {
    Messages core = context.coreMessages();
    Cadence c = cadence != null ? cadence : context.parameter(requireNonNull(cadenceParameter));
    Dossier dossier = context.dossier();
    int year = context.assessmentYear();
    List<Section> absent = new ArrayList<>();
    for (Section s : sections) {
      if (!dossier.has(s)) {
        absent.add(s);
      }
    }
    List<Reason> reasons = new ArrayList<>();
    List<Remedy> remedies = new ArrayList<>();
    List<Missed> missed = new ArrayList<>();
    if (!sections.isEmpty() && absent.size() == sections.size()) {
      return Checks.missingSections(core, absent);
    }
    Collection<LocalDate> all = dates.apply(dossier);
    List<Period> periods = Period.allOf(year, c);
    int covered = 0;
    for (Period p : periods) {
      if (all.stream().anyMatch(p::contains)) {
        covered++;
      } else {
        reasons.add(core.reason("event.missing", p.text(), label));
        missed.add(Missed.of(p, core.text("event.missing", p.text(), label)));
        remedies.add(
            new Remedy(
                Remedy.Kind.ADD_EVENT,
                name,
                year,
                p.quarter(),
                1,
                core.text("remedy.add-event", p.text(), label)));
      }
    }
    LocalizedText every = Labels.of("cadence", c);
    Measure measure =
        new Measure(
            name,
            core.text("measure.periods", every, label),
            year,
            Rate.of(covered, periods.size()),
            Threshold.all(),
            Measure.Kind.COVERAGE);
    if (covered == periods.size()) {
      return new CheckResult(
          Outcome.PASS,
          ImmutableList.of(
              core.reason(
                  "event.every-period",
                  String.valueOf(year),
                  label,
                  every,
                  String.valueOf(covered),
                  String.valueOf(periods.size()))),
          ImmutableList.of(measure),
          ImmutableList.of(),
          false);
    }
    if (!absent.isEmpty()) {
      CheckResult missing = Checks.missingSections(core, absent);
      reasons.addAll(missing.reasons());
      return new CheckResult(
          Outcome.INSUFFICIENT_EVIDENCE,
          reasons,
          ImmutableList.of(measure),
          missing.remedies(),
          false,
          null,
          missed);
    }
    return new CheckResult(
        Outcome.FAIL, reasons, ImmutableList.of(measure), remedies, false, null, missed);
  }

  @Override
  public String toString() {
    return "PeriodCheck[" + name + "]";
  }
}
