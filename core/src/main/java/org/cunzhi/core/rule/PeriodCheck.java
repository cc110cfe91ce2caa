package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Section;
import org.jspecify.annotations.Nullable;

/**
 * An event in each period of the assessment year: a disclosure each quarter, a meeting each month.
 * Made by {@link Checks#inEachPeriod}; immutable. It is {@link Procedure#each} over events known by
 * their dates, and behaves as that procedure does.
 *
 * <p>Only events dated in the assessment year count. A period without one FAILs the check, with an
 * ADD_EVENT remedy naming the period, and each such period is listed in {@link
 * CheckResult#missed()}. When the events come from sections the dossier lacks, the check is
 * INSUFFICIENT_EVIDENCE unless the sections it has already cover every period. The check gives one
 * {@link Measure}: periods covered out of periods, held to "all".
 */
public final class PeriodCheck implements Check {
  private final Procedure procedure;

  PeriodCheck(
      String name,
      @Nullable Cadence cadence,
      @Nullable Parameter<Cadence> cadenceParameter,
      Function<Dossier, ? extends Collection<LocalDate>> dates,
      List<Section> sections,
      @Nullable LocalizedText label) {
    requireNonNull(name, "name");
    requireNonNull(dates, "dates");
    if ((cadence == null) == (cadenceParameter == null)) {
      throw new IllegalArgumentException("give either a cadence or a cadence parameter");
    }
    Procedure.When when =
        cadence != null
            ? Procedure.each(cadence)
            : Procedure.each(requireNonNull(cadenceParameter));
    Procedure p = when.of(name, ImmutableList.copyOf(sections), dates);
    this.procedure = label == null ? p : p.labelled(label);
  }

  private PeriodCheck(Procedure procedure) {
    this.procedure = procedure;
  }

  /** The measure's stable name, e.g. {@code disclosure}. */
  public String name() {
    return procedure.name();
  }

  /** This check, naming the event {@code event} (e.g. 政策公开 / policy disclosure) in its text. */
  public PeriodCheck labelled(LocalizedText event) {
    return new PeriodCheck(procedure.labelled(event));
  }

  /**
   * Its sections, any one of which may cover every period (S-9), and its cadence parameter if it
   * has one. Without sections, where the dates come from is unknown.
   */
  @Override
  public Requirements requirements() {
    return procedure.requirements();
  }

  @Override
  public CheckResult check(CheckContext context) {
    return procedure.check(context);
  }

  @Override
  public Ruling decide(CheckContext context) {
    return procedure.decide(context);
  }

  @Override
  public String toString() {
    return "PeriodCheck[" + procedure.name() + "]";
  }
}
