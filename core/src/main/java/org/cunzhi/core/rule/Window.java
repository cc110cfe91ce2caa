package org.cunzhi.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A run of whole calendar years, such as "the last three years": the assessment year and the two
 * before it (DOMAIN S-1).
 *
 * @param firstYear the first year of the window
 * @param lastYear the last year of the window, usually the assessment year
 */
public record Window(int firstYear, int lastYear) {
  public Window {
    checkArgument(
        firstYear <= lastYear,
        "a window must not end (%s) before it starts (%s)",
        lastYear,
        firstYear);
  }

  /**
   * The {@code years} years that end with {@code lastYear}: {@code lastYear − years + 1} to {@code
   * lastYear}.
   *
   * @throws IllegalArgumentException when {@code years} is less than 1
   */
  public static Window ending(int lastYear, int years) {
    checkArgument(years >= 1, "a window must span at least 1 year, was %s", years);
    return new Window(lastYear - years + 1, lastYear);
  }

  /**
   * The window of {@code context}'s assessment year and the years before it, as many as the
   * parameter {@code years} says; reading the parameter records it.
   */
  public static Window of(CheckContext context, Parameter<Integer> years) {
    return ending(context.assessmentYear(), context.parameter(years));
  }

  /** How many years it spans. */
  public int size() {
    return lastYear - firstYear + 1;
  }

  /** Its years, from the first. */
  public List<Integer> years() {
    return IntStream.rangeClosed(firstYear, lastYear)
        .boxed()
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether {@code year} lies in the window. */
  public boolean contains(int year) {
    return year >= firstYear && year <= lastYear;
  }

  /** Whether {@code date} lies in the window. */
  public boolean contains(LocalDate date) {
    return contains(date.getYear());
  }

  /** The window in plain words, e.g. 2023—2025年 or 2023–2025. */
  public LocalizedText text() {
    return size() == 1
        ? Messages.core().text("window.one-year", Numerals.of(lastYear))
        : Messages.core().text("window.years", Numerals.of(firstYear), Numerals.of(lastYear));
  }

  /** As {@code 2023..2025}. */
  @Override
  public String toString() {
    return firstYear + ".." + lastYear;
  }
}
