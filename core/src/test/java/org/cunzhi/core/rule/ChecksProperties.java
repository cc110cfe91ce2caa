package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.model.Disclosure;
import org.cunzhi.core.model.DisclosureTopic;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rate.Rate;

class ChecksProperties {
  private static final RateCheck CONTRACEPTIVE =
      Checks.rateInEachYear(
          "contraceptive-rate",
          y -> Rate.of(y.contraceptiveUsers(), y.marriedWomen15to49()),
          TestParameters.CONTRACEPTIVE_RATE,
          TestParameters.WINDOW_YEARS);

  private static Dossier oneYear(int users, int married) {
    return Dossiers.complete().toBuilder()
        .years(List.of(Dossiers.year(2025, users, married)))
        .build();
  }

  @Provide
  Arbitrary<int[]> usersOfMarried() {
    return Arbitraries.integers()
        .between(1, 5000)
        .flatMap(m -> Arbitraries.integers().between(0, m).map(u -> new int[] {u, m}));
  }

  @Property
  void rateInEachYear_passesExactlyWhenTenTimesUsersReachNineTimesMarried(
      @ForAll("usersOfMarried") int[] um) {
    ParameterValues oneYear = ParameterValues.none().with(TestParameters.WINDOW_YEARS, 1);
    CheckResult r =
        TestContext.checked(CONTRACEPTIVE, TestContext.of(oneYear(um[0], um[1]), oneYear));
    boolean meets = 10L * um[0] >= 9L * um[1];
    assertThat(r.outcome()).isEqualTo(meets ? Outcome.PASS : Outcome.FAIL);
  }

  @Property
  void rateInEachYear_remedyGap_isTheLeastThatMeets(@ForAll("usersOfMarried") int[] um) {
    ParameterValues oneYear = ParameterValues.none().with(TestParameters.WINDOW_YEARS, 1);
    CheckResult r =
        TestContext.checked(CONTRACEPTIVE, TestContext.of(oneYear(um[0], um[1]), oneYear));
    if (r.outcome() == Outcome.FAIL) {
      long k = r.remedies().get(0).amount();
      assertThat(10L * (um[0] + k)).isGreaterThanOrEqualTo(9L * um[1]);
      assertThat(10L * (um[0] + k - 1)).isLessThan(9L * um[1]);
    } else {
      assertThat(r.remedies()).isEmpty();
    }
  }

  @Provide
  Arbitrary<LocalDate> daysOf2025() {
    return Arbitraries.integers().between(0, 364).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
  }

  @Property
  void inEachPeriod_passesExactlyWhenEveryQuarterHasADate(
      @ForAll @Size(max = 6) List<@From("daysOf2025") LocalDate> dates) {
    Dossier d =
        Dossiers.complete().toBuilder()
            .disclosures(
                dates.stream().map(x -> new Disclosure(x, Set.of(DisclosureTopic.POLICY))).toList())
            .build();
    CheckResult r =
        Checks.inEachPeriod(
                "disclosure",
                Cadence.QUARTERLY,
                x -> x.disclosures().stream().map(Disclosure::date).toList())
            .check(TestContext.of(d));
    long quarters = dates.stream().map(x -> (x.getMonthValue() - 1) / 3).distinct().count();
    assertThat(r.outcome()).isEqualTo(quarters == 4 ? Outcome.PASS : Outcome.FAIL);
    assertThat(r.remedies()).hasSize((int) (4 - quarters));
  }

  @Property
  void credit_mean_liesBetweenTheLeastAndTheMost(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 12) Integer> parts) {
    List<Credit> credits = parts.stream().map(n -> Credit.of(n, 12)).toList();
    Credit mean = Credit.mean(credits);
    Credit least = credits.stream().min(Credit::compareTo).orElseThrow();
    Credit most = credits.stream().max(Credit::compareTo).orElseThrow();
    assertThat(mean).isBetween(least, most);
    long sum = parts.stream().mapToLong(Integer::longValue).sum();
    assertThat(mean).isEqualTo(Credit.of(sum, 12L * parts.size()));
  }
}
