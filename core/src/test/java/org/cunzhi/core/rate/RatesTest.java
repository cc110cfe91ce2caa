package org.cunzhi.core.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Awareness;
import org.cunzhi.core.model.Births;
import org.cunzhi.core.model.Population;
import org.cunzhi.core.model.YearStatistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RatesTest {

  private static YearStatistics year(
      int married, int users, Births births, @Nullable Awareness awareness) {
    return new YearStatistics(
        2024, new Population(1210, 1226), married, users, births, awareness, null);
  }

  private static YearStatistics contraception(int married, int users) {
    return year(married, users, new Births(12, 12, 7, 5), null);
  }

  private static YearStatistics births(int total, int compliant, int male, int female) {
    return year(356, 334, new Births(total, compliant, male, female), null);
  }

  private static YearStatistics awareness(@Nullable Awareness awareness) {
    return year(356, 334, new Births(12, 12, 7, 5), awareness);
  }

  private static YearStatistics population(int start, int end, int births) {
    return new YearStatistics(
        2024, new Population(start, end), 0, 0, new Births(births, births, births, 0), null, null);
  }

  @Test
  void contraceptive_334of356_isThatRate() {
    Rate rate = Rates.contraceptive(contraception(356, 334));
    assertThat(rate).isEqualTo(Rate.of(334, 356));
    assertThat(rate.meets(Threshold.atLeastPercent(90))).isTrue();
  }

  @Test
  void contraceptive_noMarriedWomen_isUndefined() {
    assertThat(Rates.contraceptive(contraception(0, 0)).isDefined()).isFalse();
  }

  @Test
  void contraceptive_moreUsersThanWomen_isInvalidInputWithPointer() {
    assertThatThrownBy(() -> Rates.contraceptive(contraception(356, 357)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation(
                            "/contraceptiveUsers",
                            "was 357, expected at most marriedWomen15to49 (356)")));
  }

  @Test
  void policyCompliantBirths_allCompliant_meetsAll() {
    Rate rate = Rates.policyCompliantBirths(births(12, 12, 7, 5));
    assertThat(rate).isEqualTo(Rate.of(12, 12));
    assertThat(rate.meets(Threshold.all())).isTrue();
    assertThat(Rates.policyCompliantBirths(births(12, 11, 7, 5)).meets(Threshold.all())).isFalse();
  }

  @Test
  void policyCompliantBirths_noBirths_isUndefined() {
    Rate rate = Rates.policyCompliantBirths(births(0, 0, 0, 0));
    assertThat(rate.isDefined()).isFalse();
    assertThat(rate.gapTo(Threshold.all())).isEmpty();
  }

  @Test
  void policyCompliantBirths_moreCompliantThanBirths_isInvalidInput() {
    assertThatThrownBy(() -> Rates.policyCompliantBirths(births(3, 4, 2, 1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).pointer()).isEqualTo("/births/policyCompliant"));
  }

  @Test
  void awareness_absentSurvey_isEmpty() {
    assertThat(Rates.awareness(awareness(null))).isEmpty();
  }

  @Test
  void awareness_surveyOfNobody_isUndefinedRate() {
    assertThat(Rates.awareness(awareness(new Awareness(0, 0))))
        .hasValueSatisfying(r -> assertThat(r.isDefined()).isFalse());
  }

  @Test
  void awareness_45of50_meetsNinetyAnd44DoesNot() {
    Threshold ninety = Threshold.atLeastPercent(90);
    assertThat(Rates.awareness(awareness(new Awareness(50, 45))))
        .hasValueSatisfying(r -> assertThat(r.meets(ninety)).isTrue());
    assertThat(Rates.awareness(awareness(new Awareness(50, 44))))
        .hasValueSatisfying(r -> assertThat(r.meets(ninety)).isFalse());
  }

  @Test
  void awareness_moreAwareThanSurveyed_isInvalidInput() {
    assertThatThrownBy(() -> Rates.awareness(awareness(new Awareness(50, 51))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).pointer()).isEqualTo("/awareness/aware"));
  }

  @Test
  void crudeBirthRate_fiveBirthsInMeanPopulation406_is12point32PerMille() {
    Ratio rate = Rates.crudeBirthRate(population(400, 412, 5));
    assertThat(rate.value(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("12.32"));
  }

  @Test
  void crudeBirthRate_halfIntegerMean_isExact() {
    // mean of 1 and 2 is 1.5: one birth is 666.67 per mille
    assertThat(Rates.crudeBirthRate(population(1, 2, 1)).value(2, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("666.67"));
  }

  @Test
  void crudeBirthRate_noPopulation_isUndefined() {
    assertThat(Rates.crudeBirthRate(population(0, 0, 0)).isDefined()).isFalse();
    assertThat(Rates.crudeBirthRate(population(0, 1, 0)).isDefined()).isTrue();
  }

  @Test
  void sexRatioAtBirth_sevenBoysFiveGirls_is140() {
    assertThat(Rates.sexRatioAtBirth(births(12, 12, 7, 5)).value(1, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("140.0"));
  }

  @Test
  void sexRatioAtBirth_noGirls_isUndefinedAndNoBoysIsZero() {
    assertThat(Rates.sexRatioAtBirth(births(3, 3, 3, 0)).isDefined()).isFalse();
    assertThat(Rates.sexRatioAtBirth(births(3, 3, 0, 3)).value(0, RoundingMode.HALF_UP)).isZero();
  }

  @Test
  void pooledContraceptive_addsNotAverages() {
    Rate pooled = Rates.pooledContraceptive(List.of(contraception(10, 9), contraception(100, 80)));
    assertThat(pooled).isEqualTo(Rate.of(89, 110));
    // the average of 90% and 80% would meet 85%; the pool does not
    assertThat(pooled.meets(Threshold.atLeastPercent(85))).isFalse();
  }

  @Test
  void pooledContraceptive_empty_isUndefined() {
    assertThat(Rates.pooledContraceptive(List.of()).isDefined()).isFalse();
  }

  @Test
  void pooledContraceptive_badSecondYear_pointsIntoTheCollection() {
    List<YearStatistics> years = List.of(contraception(10, 9), contraception(10, 11));
    assertThatThrownBy(() -> Rates.pooledContraceptive(years))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).pointer()).isEqualTo("/1/contraceptiveUsers"));
  }

  @Test
  void pooledPolicyCompliantBirths_yearWithoutBirths_addsNothing() {
    Rate pooled =
        Rates.pooledPolicyCompliantBirths(List.of(births(0, 0, 0, 0), births(4, 3, 2, 2)));
    assertThat(pooled).isEqualTo(Rate.of(3, 4));
  }

  @Test
  void pooledAwareness_skipsYearsWithoutSurvey() {
    assertThat(
            Rates.pooledAwareness(
                List.of(
                    awareness(new Awareness(10, 9)),
                    awareness(null),
                    awareness(new Awareness(20, 18)))))
        .hasValue(Rate.of(27, 30));
  }

  @Test
  void pooledAwareness_noSurveyAtAll_isEmpty() {
    assertThat(Rates.pooledAwareness(List.of(awareness(null), awareness(null)))).isEmpty();
    assertThat(Rates.pooledAwareness(List.of())).isEmpty();
  }

  @Test
  void pooledAwareness_onlySurveysOfNobody_isUndefined() {
    assertThat(Rates.pooledAwareness(List.of(awareness(new Awareness(0, 0)), awareness(null))))
        .hasValueSatisfying(r -> assertThat(r.isDefined()).isFalse());
  }

  @Test
  void pooledCrudeBirthRate_addsBirthsAndPopulations() {
    Ratio pooled =
        Rates.pooledCrudeBirthRate(List.of(population(400, 412, 5), population(100, 100, 4)));
    assertThat(pooled).isEqualTo(Ratio.of(9, 1012, 2000));
    assertThat(pooled.value(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("17.79"));
    assertThat(Rates.pooledCrudeBirthRate(List.of()).isDefined()).isFalse();
  }

  @Test
  void pooledSexRatioAtBirth_addsBoysAndGirls() {
    Ratio pooled = Rates.pooledSexRatioAtBirth(List.of(births(3, 3, 3, 0), births(4, 4, 1, 3)));
    assertThat(pooled).isEqualTo(Ratio.sexRatioAtBirth(4, 3));
    assertThat(pooled.value(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("133.33"));
  }
}
