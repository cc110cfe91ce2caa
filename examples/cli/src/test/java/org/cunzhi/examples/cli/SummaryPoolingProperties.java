package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Population;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Rates;

/**
 * The summary's rates pool villages by adding numerators and denominators (D-RATE-6): the pooled
 * rate is Σ numerators ÷ Σ denominators exactly, which averaging the villages' percentages is not.
 */
class SummaryPoolingProperties {

  /** One village's year: married women and users, births and compliant births. */
  private static YearStatistics village(int women, int users, int births, int compliant) {
    int male = births / 2;
    return new YearStatistics(
        2025,
        new Population(1000, 1000),
        women,
        users,
        new Births(births, compliant, male, births - male),
        null,
        null);
  }

  @Provide
  Arbitrary<List<YearStatistics>> villages() {
    Arbitrary<YearStatistics> one =
        Combinators.combine(
                Arbitraries.integers().between(0, 5000),
                Arbitraries.integers().between(0, 5000),
                Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 300))
            .as(
                (women, u, births, c) ->
                    village(
                        women,
                        women == 0 ? 0 : u % (women + 1),
                        births,
                        births == 0 ? 0 : c % (births + 1)));
    return one.list().ofMinSize(1).ofMaxSize(30);
  }

  @Property
  void pooledContraceptiveRate_isTheSumOfNumeratorsOverTheSumOfDenominators(
      @ForAll("villages") List<YearStatistics> years) {
    long users = years.stream().mapToLong(YearStatistics::contraceptiveUsers).sum();
    long women = years.stream().mapToLong(YearStatistics::marriedWomen15to49).sum();
    Rate pooled = Rates.pooledContraceptive(years);
    assertThat(pooled.numerator()).isEqualTo(users);
    assertThat(pooled.denominator()).isEqualTo(women);
    assertThat(pooled.isDefined()).isEqualTo(women > 0);
    if (women > 0) {
      assertThat(pooled.percent(10, RoundingMode.HALF_UP))
          .isEqualByComparingTo(
              BigDecimal.valueOf(users * 100)
                  .divide(BigDecimal.valueOf(women), 10, RoundingMode.HALF_UP));
    }
  }

  @Property
  void pooledPolicyCompliantBirthRate_isTheSumOfNumeratorsOverTheSumOfDenominators(
      @ForAll("villages") List<YearStatistics> years) {
    Rate pooled = Rates.pooledPolicyCompliantBirths(years);
    assertThat(pooled.numerator())
        .isEqualTo(years.stream().mapToLong(y -> y.births().policyCompliant()).sum());
    assertThat(pooled.denominator())
        .isEqualTo(years.stream().mapToLong(y -> y.births().total()).sum());
  }

  @Property
  void pooledRate_equalsTheAverageOfPercentagesWhenEveryVillageHasTheSameDenominator(
      @ForAll("villages") List<YearStatistics> years) {
    int women = 400;
    List<YearStatistics> same = new ArrayList<>();
    for (YearStatistics y : years) {
      same.add(village(women, y.contraceptiveUsers() % (women + 1), 0, 0));
    }
    BigDecimal averaged = averageOfPercentages(same);
    assertThat(Rates.pooledContraceptive(same).percent(10, RoundingMode.HALF_UP))
        .isEqualByComparingTo(averaged);
  }

  @Example
  void averagingPercentages_differsFromPooling() {
    // a large village at 90% (900/1000) and a small one at 10% (1/10)
    List<YearStatistics> years = List.of(village(1000, 900, 0, 0), village(10, 1, 0, 0));
    Rate pooled = Rates.pooledContraceptive(years);
    assertThat(pooled).isEqualTo(Rate.of(901, 1010));
    assertThat(pooled.formatPercent(2, RoundingMode.HALF_UP)).isEqualTo("89.21");
    assertThat(averageOfPercentages(years)).isEqualByComparingTo("50");
  }

  /** What D-RATE-6 forbids: the mean of each village's percentage. */
  private static BigDecimal averageOfPercentages(List<YearStatistics> years) {
    BigDecimal sum = BigDecimal.ZERO;
    for (YearStatistics y : years) {
      sum = sum.add(Rates.contraceptive(y).percent(10, RoundingMode.HALF_UP));
    }
    return sum.divide(BigDecimal.valueOf(years.size()), 10, RoundingMode.HALF_UP);
  }
}
