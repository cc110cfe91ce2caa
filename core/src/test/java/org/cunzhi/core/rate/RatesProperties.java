package org.cunzhi.core.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.cunzhi.core.model.Awareness;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Population;
import org.cunzhi.core.model.YearStatistics;

class RatesProperties {

  /** Valid years of a village: zero counts included, surveys sometimes absent. */
  @Provide
  Arbitrary<YearStatistics> years() {
    Arbitrary<Population> population =
        Combinators.combine(
                Arbitraries.integers().between(0, 20_000),
                Arbitraries.integers().between(0, 20_000))
            .as(Population::new);
    Arbitrary<int[]> contraception =
        Arbitraries.integers()
            .between(0, 5_000)
            .flatMap(m -> Arbitraries.integers().between(0, m).map(u -> new int[] {m, u}));
    Arbitrary<Births> births =
        Arbitraries.integers()
            .between(0, 300)
            .flatMap(
                total ->
                    Combinators.combine(
                            Arbitraries.integers().between(0, total),
                            Arbitraries.integers().between(0, total))
                        .as((compliant, male) -> new Births(total, compliant, male, total - male)));
    Arbitrary<Awareness> surveyed =
        Arbitraries.integers()
            .between(0, 500)
            .flatMap(s -> Arbitraries.integers().between(0, s).map(a -> new Awareness(s, a)));
    Arbitrary<Optional<Awareness>> awareness =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.<Awareness>empty())),
            net.jqwik.api.Tuple.of(3, surveyed.map(Optional::of)));
    return Combinators.combine(population, contraception, births, awareness)
        .as((p, c, b, a) -> new YearStatistics(2024, p, c[0], c[1], b, a.orElse(null), null));
  }

  @Property
  void rates_ofAValidYear_areDefinedExactlyWhenTheirDenominatorIsNot(
      @ForAll("years") YearStatistics year) {
    assertThat(Rates.contraceptive(year).isDefined()).isEqualTo(year.marriedWomen15to49() > 0);
    assertThat(Rates.policyCompliantBirths(year).isDefined()).isEqualTo(year.births().total() > 0);
    assertThat(Rates.awareness(year).isPresent()).isEqualTo(year.awareness() != null);
    assertThat(Rates.crudeBirthRate(year).isDefined())
        .isEqualTo(year.population().start() + year.population().end() > 0);
    assertThat(Rates.sexRatioAtBirth(year).isDefined()).isEqualTo(year.births().female() > 0);
  }

  @Property
  void pooledRates_arePoolsOfTheYearlyRates(
      @ForAll @Size(max = 6) List<@From("years") YearStatistics> years) {
    assertThat(Rates.pooledContraceptive(years))
        .isEqualTo(Rate.pool(years.stream().map(Rates::contraceptive).toList()));
    assertThat(Rates.pooledPolicyCompliantBirths(years))
        .isEqualTo(Rate.pool(years.stream().map(Rates::policyCompliantBirths).toList()));
    List<Rate> surveys = years.stream().flatMap(y -> Rates.awareness(y).stream()).toList();
    assertThat(Rates.pooledAwareness(years))
        .isEqualTo(surveys.isEmpty() ? Optional.empty() : Optional.of(Rate.pool(surveys)));
  }

  /**
   * A pooled crude birth rate lies between the smallest and largest yearly one, when no year
   * reports births in a population of nobody (such a year has no rate but adds to the pool).
   */
  @Property
  void pooledCrudeBirthRate_liesBetweenTheYearlyRates(
      @ForAll @Size(min = 1, max = 6) List<@From("years") YearStatistics> years) {
    Assume.that(
        years.stream()
            .allMatch(y -> Rates.crudeBirthRate(y).isDefined() || y.births().total() == 0));
    List<BigDecimal> yearly =
        years.stream()
            .map(Rates::crudeBirthRate)
            .filter(Ratio::isDefined)
            .map(r -> r.value(30, RoundingMode.HALF_EVEN))
            .toList();
    Ratio pooled = Rates.pooledCrudeBirthRate(years);
    assertThat(pooled.isDefined()).isEqualTo(!yearly.isEmpty());
    if (pooled.isDefined()) {
      BigDecimal value = pooled.value(30, RoundingMode.HALF_EVEN);
      BigDecimal ulp = new BigDecimal("1e-30");
      assertThat(value)
          .isBetween(
              yearly.stream().min(BigDecimal::compareTo).orElseThrow().subtract(ulp),
              yearly.stream().max(BigDecimal::compareTo).orElseThrow().add(ulp));
    }
  }
}
