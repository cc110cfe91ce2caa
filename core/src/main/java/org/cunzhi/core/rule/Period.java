package org.cunzhi.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One period of a year at a cadence: a month, a quarter, a half-year or the whole year.
 *
 * @param year the calendar year
 * @param cadence the cadence that divides the year
 * @param index the period's number in the year, from 1 to {@code cadence.periodsPerYear()}
 */
public record Period(int year, Cadence cadence, int index) {
  public Period {
    requireNonNull(cadence, "cadence");
    checkArgument(
        index >= 1 && index <= cadence.periodsPerYear(),
        "a %s period of a year is numbered 1 to %s, was %s",
        cadence,
        cadence.periodsPerYear(),
        index);
  }

  /** The message keys of the quarters and half-years, built once rather than for every text. */
  private static final String[] QUARTER_KEYS = {
    "period.quarter.1", "period.quarter.2", "period.quarter.3", "period.quarter.4"
  };

  private static final String[] HALF_KEYS = {"period.half.1", "period.half.2"};

  /** Period {@code index} of {@code year} at {@code cadence}. */
  public static Period of(int year, Cadence cadence, int index) {
    return new Period(year, cadence, index);
  }

  /** The period of {@code cadence} that holds {@code date}. */
  public static Period containing(LocalDate date, Cadence cadence) {
    return new Period(date.getYear(), cadence, cadence.periodOfMonth(date.getMonthValue()));
  }

  /** Every period of {@code year} at {@code cadence}, in order. */
  public static List<Period> allOf(int year, Cadence cadence) {
    return IntStream.rangeClosed(1, cadence.periodsPerYear())
        .mapToObj(i -> new Period(year, cadence, i))
        .collect(ImmutableList.toImmutableList());
  }

  private int monthsLong() {
    return 12 / cadence.periodsPerYear();
  }

  /** Its first day. */
  public LocalDate first() {
    return LocalDate.of(year, (index - 1) * monthsLong() + 1, 1);
  }

  /** Its last day. */
  public LocalDate last() {
    return first().plusMonths(monthsLong()).minusDays(1);
  }

  /** Whether {@code date} falls in it. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(first()) && !date.isAfter(last());
  }

  /**
   * The quarter (1-4) it lies in, for a month or a quarter; null for a half-year or a year, which
   * span several quarters.
   */
  public @Nullable Integer quarter() {
    switch (cadence) {
      case MONTHLY:
        return (index - 1) / 3 + 1;
      case QUARTERLY:
        return index;
      default:
        return null;
    }
  }

  /** The period in plain words, e.g. 2025年第三季度 or Q3 2025. */
  public LocalizedText text() {
    String y = Numerals.of(year);
    String i = Numerals.of(index);
    switch (cadence) {
      case MONTHLY:
        return Messages.core().text("period.month", y, i);
      case QUARTERLY:
        return Messages.core().text(QUARTER_KEYS[index - 1], y);
      case HALF_YEARLY:
        return Messages.core().text(HALF_KEYS[index - 1], y);
      default:
        return Messages.core().text("period.year", y);
    }
  }

  /**
   * Its name in reports (CLI-v1 {@code "missed"}): {@code 2025-03} for a month, {@code 2025-Q2} for
   * a quarter, {@code 2025-H1} for a half-year, {@code 2025} for a year.
   */
  public String code() {
    return cadence == Cadence.MONTHLY ? year + "-" + (index < 10 ? "0" : "") + index : toString();
  }

  /** As {@code 2025-Q3}, {@code 2025-M07}, {@code 2025-H2} or {@code 2025}. */
  @Override
  public String toString() {
    switch (cadence) {
      case MONTHLY:
        return year + "-M" + (index < 10 ? "0" : "") + index;
      case QUARTERLY:
        return year + "-Q" + index;
      case HALF_YEARLY:
        return year + "-H" + index;
      default:
        return Numerals.of(year);
    }
  }
}
