package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.cunzhi.core.fixtures.TestParameters;
import org.cunzhi.core.rate.Comparison;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.Parameter.Strictness;
import org.junit.jupiter.api.Test;

/** A parameter's declared range and stricter direction (S-5, D-ADM-5). */
class ParameterTest {
  private static final LegalReference SOURCE = LegalReference.of("test", "2025", "item 1");
  private static final LocalizedText TEXT = LocalizedText.of("测试", "test");

  private static final Parameter<Integer> WINDOW = TestParameters.WINDOW_YEARS;
  private static final Parameter<Integer> COMPLAINT = TestParameters.COMPLAINT_DAYS;
  private static final Parameter<Threshold> AWARENESS = TestParameters.AWARENESS_RATE;
  private static final Parameter<Cadence> CADENCE = TestParameters.DISCLOSURE_CADENCE;

  /** An at-most threshold: at most 5%, from 0% to 20%; lower is stricter. */
  private static final Parameter<Threshold> AT_MOST =
      new Parameter<>(
              "error-rate", ParameterType.THRESHOLD, Threshold.parse("<= 5%"), "%", SOURCE, TEXT)
          .withRange(Threshold.parse("<= 0%"), Threshold.parse("<= 20%"))
          .withStricter(Strictness.LOWER);

  @Test
  void checkValue_integerRange_bothEndsAcceptedOneBeyondRefusedNamingTheKey() {
    assertThat(WINDOW.checkValue(1)).isEmpty();
    assertThat(WINDOW.checkValue(10)).isEmpty();
    assertThat(WINDOW.checkValue(0)).hasValue("window-years must be from 1 to 10 years, was 0");
    assertThat(WINDOW.checkValue(11)).hasValue("window-years must be from 1 to 10 years, was 11");
  }

  @Test
  void checkValue_thresholdRange_zeroAndAllAcceptedAboveAllRefused() {
    assertThat(AWARENESS.checkValue(Threshold.atLeastPercent(0))).isEmpty();
    assertThat(AWARENESS.checkValue(Threshold.atLeastPercent(100))).isEmpty();
    assertThat(AWARENESS.checkValue(Threshold.atLeastPercent(new BigDecimal("100.01"))))
        .hasValueSatisfying(
            m -> assertThat(m).startsWith("awareness-rate must be").contains(">= 100.01%"));
  }

  @Test
  void checkValue_thresholdOfAnotherComparison_isRefused() {
    assertThat(AWARENESS.checkValue(Threshold.parse("<= 90%")))
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .startsWith("awareness-rate must be compared with >=")
                    .contains("<= 90%"));
    assertThat(TestParameters.POLICY_COMPLIANT_BIRTH_RATE.checkValue(Threshold.atLeastPercent(99)))
        .isPresent();
  }

  @Test
  void checkValue_fixedRange_onlyTheOneValue() {
    Parameter<Threshold> all = TestParameters.POLICY_COMPLIANT_BIRTH_RATE;
    assertThat(all.checkValue(Threshold.all())).isEmpty();
    assertThat(all.checkValue(new Threshold(Comparison.EQUAL_TO, 99, 100)))
        .hasValue("policy-compliant-birth-rate must be == 100%, was == 99%");
    assertThat(all.boundaryValues()).containsExactly(Threshold.all());
  }

  @Test
  void checkValue_cadenceRange_listsTheAllowedConstants() {
    Parameter<Cadence> atLeastQuarterly = CADENCE.withRange(Cadence.QUARTERLY, Cadence.MONTHLY);
    assertThat(atLeastQuarterly.checkValue(Cadence.QUARTERLY)).isEmpty();
    assertThat(atLeastQuarterly.checkValue(Cadence.MONTHLY)).isEmpty();
    assertThat(atLeastQuarterly.checkValue(Cadence.HALF_YEARLY))
        .hasValue("disclosure-cadence must be one of QUARTERLY, MONTHLY, was HALF_YEARLY");
  }

  @Test
  void boundaryValues_areTheLeastAndTheGreatest() {
    assertThat(WINDOW.boundaryValues()).containsExactly(1, 10);
    assertThat(COMPLAINT.boundaryValues()).containsExactly(1, 30);
    assertThat(AWARENESS.boundaryValues())
        .containsExactly(Threshold.atLeastPercent(0), Threshold.atLeastPercent(100));
    assertThat(CADENCE.boundaryValues()).containsExactly(Cadence.YEARLY, Cadence.MONTHLY);
    assertThat(AT_MOST.boundaryValues())
        .containsExactly(Threshold.parse("<= 0%"), Threshold.parse("<= 20%"));
  }

  @Test
  void isLooser_higherStricter_lowerIsLooserEqualIsNot() {
    assertThat(WINDOW.isLooser(2, 3)).isTrue();
    assertThat(WINDOW.isLooser(3, 3)).isFalse();
    assertThat(WINDOW.isLooser(4, 3)).isFalse();
    assertThat(AWARENESS.isLooser(Threshold.atLeastPercent(85), Threshold.atLeastPercent(90)))
        .isTrue();
    assertThat(
            AWARENESS.isLooser(
                Threshold.atLeastPercent(new BigDecimal("89.99")), Threshold.atLeastPercent(90)))
        .isTrue();
    assertThat(AWARENESS.isLooser(Threshold.atLeastPercent(90), Threshold.atLeastPercent(90)))
        .isFalse();
    assertThat(AWARENESS.isLooser(Threshold.atLeastPercent(95), Threshold.atLeastPercent(90)))
        .isFalse();
  }

  @Test
  void isLooser_lowerStricter_moreDaysIsLooser() {
    assertThat(COMPLAINT.isLooser(4, 3)).isTrue();
    assertThat(COMPLAINT.isLooser(3, 3)).isFalse();
    assertThat(COMPLAINT.isLooser(2, 3)).isFalse();
  }

  @Test
  void isLooser_atMostThreshold_aHigherCeilingIsLooser() {
    assertThat(AT_MOST.isLooser(Threshold.parse("<= 6%"), Threshold.parse("<= 5%"))).isTrue();
    assertThat(AT_MOST.isLooser(Threshold.parse("<= 5%"), Threshold.parse("<= 5%"))).isFalse();
    assertThat(AT_MOST.isLooser(Threshold.parse("<= 4%"), Threshold.parse("<= 5%"))).isFalse();
  }

  @Test
  void isLooser_cadence_lessOftenIsLooser() {
    assertThat(CADENCE.isLooser(Cadence.HALF_YEARLY, Cadence.QUARTERLY)).isTrue();
    assertThat(CADENCE.isLooser(Cadence.YEARLY, Cadence.HALF_YEARLY)).isTrue();
    assertThat(CADENCE.isLooser(Cadence.QUARTERLY, Cadence.QUARTERLY)).isFalse();
    assertThat(CADENCE.isLooser(Cadence.MONTHLY, Cadence.QUARTERLY)).isFalse();
  }

  @Test
  void isLooser_neither_neverLooser() {
    Parameter<Integer> plain =
        new Parameter<>("count", ParameterType.INTEGER, 4, "postings", SOURCE, TEXT);
    assertThat(plain.stricter()).isEqualTo(Strictness.NEITHER);
    assertThat(plain.isLooser(Integer.MIN_VALUE, 4)).isFalse();
    assertThat(plain.isLooser(Integer.MAX_VALUE, 4)).isFalse();
  }

  @Test
  void isLooser_incomparableThresholds_countAsLooser() {
    assertThat(AWARENESS.isLooser(Threshold.parse("<= 95%"), Threshold.atLeastPercent(90)))
        .isTrue();
  }

  @Test
  void sixArgumentConstructor_rangeIsTheTypes() {
    Parameter<Integer> days =
        new Parameter<>("days", ParameterType.POSITIVE_INTEGER, 3, "days", SOURCE, TEXT);
    assertThat(days.boundaryValues()).containsExactly(1, Integer.MAX_VALUE);
    assertThat(days.checkValue(0)).isPresent();
    Parameter<Threshold> rate =
        new Parameter<>(
            "rate", ParameterType.THRESHOLD, Threshold.atLeastPercent(90), "%", SOURCE, TEXT);
    assertThat(rate.boundaryValues())
        .containsExactly(Threshold.atLeastPercent(0), Threshold.atLeastPercent(100));
  }

  @Test
  void constructor_defaultOutsideRange_isRefused() {
    assertThatThrownBy(() -> WINDOW.withRange(4, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window-years")
        .hasMessageContaining("outside its range");
    assertThatThrownBy(() -> WINDOW.withRange(5, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window-years");
  }

  @Test
  void constructor_rangeBeyondTheType_isRefused() {
    assertThatThrownBy(() -> WINDOW.withRange(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside what a positive-integer can be");
  }

  @Test
  void constructor_rangeOfAnotherComparison_isRefused() {
    assertThatThrownBy(
            () -> AWARENESS.withRange(Threshold.parse("<= 0%"), Threshold.parse("<= 100%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same kind");
  }

  @Test
  void parameterValues_with_refusesOutOfRangeNamingTheKey() {
    assertThat(ParameterValues.none().with(WINDOW, 10).get(WINDOW)).isEqualTo(10);
    assertThatThrownBy(() -> ParameterValues.none().with(WINDOW, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window-years must be from 1 to 10 years, was 11");
  }
}
