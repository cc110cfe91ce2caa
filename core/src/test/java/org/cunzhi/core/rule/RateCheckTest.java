package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cunzhi.core.fixtures.Dossiers;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.model.Awareness;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Population;
import org.cunzhi.core.model.Satisfaction;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.model.Surveys;
import org.cunzhi.core.model.YearStatistics;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RateCheckTest {
  private static final RateCheck CONTRACEPTIVE =
      Checks.rateInEachYear(
          "contraceptive-rate",
          y -> Rate.of(y.contraceptiveUsers(), y.marriedWomen15to49()),
          TestParameters.CONTRACEPTIVE_RATE,
          TestParameters.WINDOW_YEARS);

  private static final RateCheck COMPLIANT =
      Checks.rateInEachYear(
          "policy-compliant-birth-rate",
          y -> Rate.of(y.births().policyCompliant(), y.births().total()),
          TestParameters.POLICY_COMPLIANT_BIRTH_RATE,
          TestParameters.WINDOW_YEARS);

  private static final RateCheck AWARENESS =
      Checks.rateInAssessmentYear(
          "awareness-rate",
          y -> Optional.ofNullable(y.awareness()).map(a -> Rate.of(a.aware(), a.surveyed())),
          TestParameters.AWARENESS_RATE);

  private static Dossier withYears(YearStatistics... years) {
    return Dossiers.complete().toBuilder().years(List.of(years)).build();
  }

  private static YearStatistics births(int year, int total, int compliant) {
    return new YearStatistics(
        year, new Population(100, 100), 10, 10, new Births(total, compliant, total, 0), null, null);
  }

  private static YearStatistics awareness(int year, @Nullable Awareness a) {
    return new YearStatistics(
        year, new Population(100, 100), 10, 10, new Births(0, 0, 0, 0), a, null);
  }

  @Test
  void rateInEachYear_exactlyNinetyPercentEachYear_passes() {
    CheckResult r =
        TestContext.checked(
            CONTRACEPTIVE,
            TestContext.of(
                withYears(
                    Dossiers.year(2023, 9, 10),
                    Dossiers.year(2024, 324, 360),
                    Dossiers.year(2025, 90, 100))));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.measures()).extracting(Measure::year).containsExactly(2023, 2024, 2025);
    assertThat(r.measures())
        .allSatisfy(m -> assertThat(m.threshold()).isEqualTo(Threshold.atLeastPercent(90)));
    assertThat(r.reasons().get(1).text().zh()).contains("2024", "90.00%", "324/360", ">= 90%");
  }

  @Test
  void rateInEachYear_oneUserShortInOneYear_failsWithExactGap() {
    CheckResult r =
        TestContext.checked(
            CONTRACEPTIVE,
            TestContext.of(
                withYears(
                    Dossiers.year(2023, 9, 10),
                    Dossiers.year(2024, 318, 356),
                    Dossiers.year(2025, 90, 100))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies()).hasSize(1);
    Remedy fix = r.remedies().get(0);
    assertThat(fix.kind()).isEqualTo(Remedy.Kind.INCREASE_COUNT);
    assertThat(fix.year()).isEqualTo(2024);
    assertThat(fix.amount()).isEqualTo(3); // 321/356 >= 90% > 320/356
    assertThat(fix.text().en()).contains("3 more married women using contraception", "2024");
    assertThat(fix.text().zh()).contains("2024年再有 3 名采取避孕措施的已婚育龄妇女");
  }

  @Test
  void rateInEachYear_justUnderNinety_fails() {
    CheckResult r =
        TestContext.checked(
            CONTRACEPTIVE,
            TestContext.of(
                withYears(
                    Dossiers.year(2023, 9, 10),
                    Dossiers.year(2024, 323, 360),
                    Dossiers.year(2025, 9, 10))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies()).singleElement().extracting(Remedy::amount).isEqualTo(1L);
  }

  @Test
  void rateInEachYear_missingYear_isInsufficientAskingForThatYear() {
    CheckResult r =
        TestContext.checked(
            CONTRACEPTIVE,
            TestContext.of(withYears(Dossiers.year(2024, 9, 10), Dossiers.year(2025, 9, 10))));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(Remedy.Kind.SUPPLY_DATA);
              assertThat(m.year()).isEqualTo(2023);
              assertThat(m.text().en()).isEqualTo("Supply the statistics for 2023.");
            });
  }

  @Test
  void rateInEachYear_missingYearAndFailingYear_fails() {
    CheckResult r =
        TestContext.checked(
            CONTRACEPTIVE,
            TestContext.of(withYears(Dossiers.year(2024, 8, 10), Dossiers.year(2025, 9, 10))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies())
        .extracting(Remedy::kind)
        .containsExactly(Remedy.Kind.INCREASE_COUNT, Remedy.Kind.SUPPLY_DATA);
  }

  @Test
  void rateInEachYear_yearsSectionAbsent_isInsufficientForEveryYear() {
    Dossier d = Dossiers.complete().toBuilder().without(Section.YEARS).build();
    CheckResult r = TestContext.checked(CONTRACEPTIVE, TestContext.of(d));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.remedies()).extracting(Remedy::year).containsExactly(2023, 2024, 2025);
  }

  @Test
  void rateInEachYear_yearOutsideWindow_isIgnored() {
    CheckResult r =
        TestContext.checked(
            CONTRACEPTIVE,
            TestContext.of(
                withYears(
                    Dossiers.year(2022, 1, 10),
                    Dossiers.year(2023, 9, 10),
                    Dossiers.year(2024, 9, 10),
                    Dossiers.year(2025, 9, 10))));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.measures()).hasSize(3);
  }

  @Test
  void rateInEachYear_windowParameterTwo_looksBackTwoYearsAndIsRecorded() {
    TestContext context =
        TestContext.of(
            withYears(Dossiers.year(2024, 9, 10), Dossiers.year(2025, 9, 10)),
            ParameterValues.none().with(TestParameters.WINDOW_YEARS, 2));
    assertThat(TestContext.checked(CONTRACEPTIVE, context).outcome()).isEqualTo(Outcome.PASS);
    assertThat(context.read)
        .containsExactlyEntriesOf(
            new java.util.TreeMap<>(Map.of("contraceptive-rate", ">= 90%", "window-years", "2")));
  }

  @Test
  void rateInEachYear_noBirthsInAYear_breaksNothingAndSaysSo() {
    CheckResult r =
        TestContext.checked(
            COMPLIANT,
            TestContext.of(withYears(births(2023, 0, 0), births(2024, 5, 5), births(2025, 3, 3))));
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.reasons().get(0).key()).isEqualTo("rate.nothing-to-measure");
    assertThat(r.measures().get(0).rate().isDefined()).isFalse();
  }

  @Test
  void rateInEachYear_oneNonCompliantBirth_failsAgainstAll() {
    CheckResult r =
        TestContext.checked(
            COMPLIANT,
            TestContext.of(withYears(births(2023, 4, 4), births(2024, 5, 4), births(2025, 3, 3))));
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.remedies()).singleElement().extracting(Remedy::amount).isEqualTo(1L);
  }

  @Test
  void rateInAssessmentYear_ninetyPercentAware_passes_justUnder_fails() {
    assertThat(
            AWARENESS
                .check(TestContext.of(withYears(awareness(2025, new Awareness(200, 180)))))
                .outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(
            AWARENESS
                .check(TestContext.of(withYears(awareness(2025, new Awareness(200, 179)))))
                .outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void rateInAssessmentYear_surveyAbsent_isInsufficient() {
    CheckResult r =
        TestContext.checked(AWARENESS, TestContext.of(withYears(awareness(2025, null))));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.reasons().get(0).key()).isEqualTo("rate.missing-figure");
  }

  @Test
  void rateInAssessmentYear_nobodySurveyed_isMissingEvidence() {
    CheckResult r =
        TestContext.checked(
            AWARENESS, TestContext.of(withYears(awareness(2025, new Awareness(0, 0)))));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.reasons().get(0).key()).isEqualTo("rate.empty");
  }

  @Test
  void rateInAssessmentYear_onlyEarlierYears_isInsufficient() {
    CheckResult r =
        TestContext.checked(
            AWARENESS, TestContext.of(withYears(awareness(2024, new Awareness(10, 10)))));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    assertThat(r.reasons().get(0).key()).isEqualTo("rate.missing-year");
  }

  @Test
  void whenUndefined_missingEvidence_turnsEmptyYearsInsufficient() {
    CheckResult r =
        COMPLIANT
            .whenUndefined(RateCheck.WhenUndefined.MISSING_EVIDENCE)
            .check(
                TestContext.of(
                    withYears(births(2023, 0, 0), births(2024, 5, 5), births(2025, 3, 3))));
    assertThat(r.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void rateOf_satisfactionSurvey_readsTheAssessmentYear() {
    RateCheck satisfaction =
        Checks.rateOf(
            "satisfaction-rate",
            d ->
                d.surveysOf(d.assessmentYear())
                    .map(Surveys::satisfaction)
                    .map(s -> Rate.of(s.satisfied(), s.surveyed())),
            TestParameters.AWARENESS_RATE);
    Dossier base = Dossiers.complete();
    assertThat(TestContext.checked(satisfaction, TestContext.of(base)).outcome())
        .isEqualTo(Outcome.PASS);
    Dossier low =
        base.toBuilder()
            .surveys(Map.of(2025, new Surveys(new Satisfaction(100, 89), null)))
            .build();
    assertThat(TestContext.checked(satisfaction, TestContext.of(low)).outcome())
        .isEqualTo(Outcome.FAIL);
    Dossier none = base.toBuilder().surveys(Map.of()).build();
    assertThat(TestContext.checked(satisfaction, TestContext.of(none)).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
    Dossier nobody =
        base.toBuilder().surveys(Map.of(2025, new Surveys(new Satisfaction(0, 0), null))).build();
    assertThat(TestContext.checked(satisfaction, TestContext.of(nobody)).outcome())
        .isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void atMostThreshold_overTheLimit_failsWithDecreaseRemedy() {
    Parameter<Threshold> atMost =
        new Parameter<>(
            "late-rate",
            ParameterType.THRESHOLD,
            Threshold.parse("<= 10%"),
            "%",
            LegalReference.of("test", "1", "1"),
            LocalizedText.of("测试", "test"));
    RateCheck check =
        Checks.rateInAssessmentYear(
                "late-rate",
                y -> Optional.of(Rate.of(y.contraceptiveUsers(), y.marriedWomen15to49())),
                atMost)
            .labelled(LocalizedText.of("迟报率", "the late rate"), LocalizedText.of("迟报", "late"));
    CheckResult ok =
        TestContext.checked(check, TestContext.of(withYears(Dossiers.year(2025, 10, 100))));
    assertThat(ok.outcome()).isEqualTo(Outcome.PASS);
    CheckResult over =
        TestContext.checked(check, TestContext.of(withYears(Dossiers.year(2025, 13, 100))));
    assertThat(over.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(over.remedies())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(Remedy.Kind.DECREASE_COUNT);
              assertThat(m.amount()).isEqualTo(3);
              assertThat(m.text().en()).contains("3 fewer late", "the late rate");
            });
  }
}
