package org.cunzhi.core.rate;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Awareness;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.YearStatistics;

/**
 * The rates of D-RATE as functions of a year's statistics, and their pools over several years or
 * units. A pool adds numerators and denominators (D-RATE-6); it never averages percentages.
 *
 * <p>Statistics whose numerator exceeds its denominator are bad input: the functions throw {@link
 * InvalidInputException} with a JSON Pointer relative to the year (for a pool, to the collection,
 * indexed in iteration order).
 */
public final class Rates {
  private Rates() {}

  /**
   * The comprehensive contraceptive rate (D-RATE-1): contraceptive users among married women aged
   * 15-49. Undefined when there are no such women.
   *
   * @throws InvalidInputException when users outnumber the women
   */
  public static Rate contraceptive(YearStatistics year) {
    return proportion(
        year.contraceptiveUsers(),
        "/contraceptiveUsers",
        year.marriedWomen15to49(),
        "marriedWomen15to49");
  }

  /**
   * The policy-compliant birth rate (D-RATE-2): compliant births among all births. Undefined in a
   * year with no births, which breaks no "100%" rule.
   *
   * @throws InvalidInputException when compliant births outnumber all births
   */
  public static Rate policyCompliantBirths(YearStatistics year) {
    Births births = year.births();
    return proportion(
        births.policyCompliant(), "/births/policyCompliant", births.total(), "births.total");
  }

  /**
   * The awareness rate (D-RATE-3): people aware among people surveyed. Empty when the year reports
   * no survey; a survey of nobody gives the undefined rate {@code 0/0}.
   *
   * @throws InvalidInputException when the aware outnumber the surveyed
   */
  public static Optional<Rate> awareness(YearStatistics year) {
    Awareness awareness = year.awareness();
    if (awareness == null) {
      return Optional.empty();
    }
    return Optional.of(
        proportion(
            awareness.aware(), "/awareness/aware", awareness.surveyed(), "awareness.surveyed"));
  }

  /**
   * The crude birth rate in per mille (D-RATE-4): births per 1000 of the mean of the start and end
   * populations. Undefined when both populations are 0.
   */
  public static Ratio crudeBirthRate(YearStatistics year) {
    return Ratio.crudeBirthRate(
        year.births().total(), year.population().start(), year.population().end());
  }

  /**
   * The sex ratio at birth (D-RATE-5): male births per 100 female births. Undefined when there are
   * no female births.
   */
  public static Ratio sexRatioAtBirth(YearStatistics year) {
    return Ratio.sexRatioAtBirth(year.births().male(), year.births().female());
  }

  /**
   * The contraceptive rate pooled over {@code years} (years of one unit, or one year of several
   * units). Undefined when empty.
   *
   * @throws InvalidInputException when a year's users outnumber its women
   */
  public static Rate pooledContraceptive(Collection<YearStatistics> years) {
    return Rate.pool(each(years, Rates::contraceptive));
  }

  /**
   * The policy-compliant birth rate pooled over {@code years}. Undefined when there are no births.
   *
   * @throws InvalidInputException when a year's compliant births outnumber its births
   */
  public static Rate pooledPolicyCompliantBirths(Collection<YearStatistics> years) {
    return Rate.pool(each(years, Rates::policyCompliantBirths));
  }

  /**
   * The awareness rate pooled over the years of {@code years} that report a survey. Empty when none
   * does.
   *
   * @throws InvalidInputException when a year's aware outnumber its surveyed
   */
  public static Optional<Rate> pooledAwareness(Collection<YearStatistics> years) {
    ImmutableList<Rate> surveyed =
        each(years, Rates::awareness).stream()
            .flatMap(Optional::stream)
            .collect(ImmutableList.toImmutableList());
    return surveyed.isEmpty() ? Optional.empty() : Optional.of(Rate.pool(surveyed));
  }

  /**
   * The crude birth rate pooled over {@code years}: all births × 2000 / the sum of all start and
   * end populations. Undefined when every population is 0.
   */
  public static Ratio pooledCrudeBirthRate(Collection<YearStatistics> years) {
    long births = 0;
    long starts = 0;
    long ends = 0;
    for (YearStatistics year : years) {
      births = Math.addExact(births, year.births().total());
      starts = Math.addExact(starts, year.population().start());
      ends = Math.addExact(ends, year.population().end());
    }
    return Ratio.crudeBirthRate(births, starts, ends);
  }

  /**
   * The sex ratio at birth pooled over {@code years}: all male births per 100 female births.
   * Undefined when there are no female births.
   */
  public static Ratio pooledSexRatioAtBirth(Collection<YearStatistics> years) {
    long male = 0;
    long female = 0;
    for (YearStatistics year : years) {
      male = Math.addExact(male, year.births().male());
      female = Math.addExact(female, year.births().female());
    }
    return Ratio.sexRatioAtBirth(male, female);
  }

  private static Rate proportion(
      int numerator, String numeratorPointer, int denominator, String denominatorName) {
    if (numerator > denominator) {
      throw new InvalidInputException(
          List.of(
              new Violation(
                  numeratorPointer,
                  "was "
                      + numerator
                      + ", expected at most "
                      + denominatorName
                      + " ("
                      + denominator
                      + ")")));
    }
    return Rate.of(numerator, denominator);
  }

  private static <T> ImmutableList<T> each(
      Collection<YearStatistics> years, Function<YearStatistics, T> rate) {
    ImmutableList.Builder<T> rates = ImmutableList.builderWithExpectedSize(years.size());
    int index = 0;
    for (YearStatistics year : years) {
      try {
        rates.add(rate.apply(year));
      } catch (InvalidInputException e) {
        String prefix = Violation.child("", index);
        throw new InvalidInputException(
            e.violations().stream()
                .map(v -> v.under(prefix))
                .collect(ImmutableList.toImmutableList()));
      }
      index++;
    }
    return rates.build();
  }
}
