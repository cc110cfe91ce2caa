package org.cunzhi.plugins.tianjin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Parameter.Strictness;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.core.standard.Tailoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Tianjin parameter declares its range and its stricter direction, and no value in the range
 * can make a check throw (S-5, D-ADM-5): each value at each end, tailored in, evaluates the samples
 * without ERROR; a value just outside is refused with its key.
 */
class ParameterRangesTest {

  private static Standard tailored(Standard standard, String key, String value) {
    return Tailoring.parse("id=test.tailored\nversion=1\nparameter." + key + "=" + value + "\n")
        .applyTo(standard);
  }

  private static List<Dossier> samples(Standard standard) {
    return standard == Evaluations.COMMUNITY
        ? List.of(DemonstrationCommunityTest.community())
        : List.of(TaiziDossier.taizi(), TaiziDossier.dongying(), TaiziDossier.xihe());
  }

  static Stream<Arguments> boundaries() {
    List<Arguments> cases = new ArrayList<>();
    for (Standard s : List.of(Evaluations.VILLAGE, Evaluations.COMMUNITY)) {
      for (Parameter<?> p : s.allParameters()) {
        for (String value : boundaryTexts(p)) {
          cases.add(Arguments.of(s.id(), p.key(), value));
        }
      }
    }
    return cases.stream();
  }

  private static <T> List<String> boundaryTexts(Parameter<T> p) {
    return p.boundaryValues().stream().map(p::format).toList();
  }

  private static Standard standard(String id) {
    return id.equals(Evaluations.COMMUNITY.id()) ? Evaluations.COMMUNITY : Evaluations.VILLAGE;
  }

  @ParameterizedTest(name = "{0} {1}={2}")
  @MethodSource("boundaries")
  void boundaryValue_evaluatesEverySampleWithoutError(String id, String key, String value) {
    Standard base = standard(id);
    Standard s = tailored(base, key, value);
    for (Dossier d : samples(base)) {
      EvaluationResult r = Evaluations.evaluate(s, d);
      assertThat(r.criteria())
          .as("%s=%s on %s", key, value, d.unit().name())
          .extracting(CriterionResult::outcome)
          .doesNotContain(Outcome.ERROR);
      assertThat(r.criteria()).hasSize(base.allCriteria().size());
    }
  }

  @Test
  void everyParameter_declaresARangeAndAStricterDirection() {
    assertThat(TianjinParameters.ALL)
        .containsAll(Evaluations.VILLAGE.allParameters())
        .containsAll(Evaluations.COMMUNITY.allParameters());
    assertThat(TianjinParameters.ALL)
        .allSatisfy(p -> assertThat(p.stricter()).as(p.key()).isNotEqualTo(Strictness.NEITHER));
  }

  @Test
  void ranges_areThoseTheProjectDeclares() {
    assertThat(TianjinParameters.WINDOW_YEARS.boundaryValues()).containsExactly(1, 10);
    assertThat(TianjinParameters.WINDOW_YEARS.stricter()).isEqualTo(Strictness.HIGHER);
    assertThat(TianjinParameters.COMPLAINT_DAYS.boundaryValues()).containsExactly(1, 30);
    assertThat(TianjinParameters.COMPLAINT_DAYS.stricter()).isEqualTo(Strictness.LOWER);
    assertThat(TianjinParameters.NOTICE_DAYS.boundaryValues()).containsExactly(1, 60);
    assertThat(TianjinParameters.NOTICE_DAYS.stricter()).isEqualTo(Strictness.HIGHER);
    assertThat(TianjinParameters.LATE_TERM_WEEKS.boundaryValues()).containsExactly(1, 28);
    assertThat(TianjinParameters.LATE_TERM_WEEKS.stricter()).isEqualTo(Strictness.LOWER);
    for (Parameter<?> rate :
        List.of(
            TianjinParameters.AWARENESS_RATE,
            TianjinParameters.CONTRACEPTIVE_RATE,
            TianjinParameters.SATISFACTION_RATE,
            TianjinParameters.PARTICIPATION_RATE)) {
      assertThat(rate.boundaryValues().stream().map(Object::toString))
          .as(rate.key())
          .containsExactly(">= 0%", ">= 100%");
      assertThat(rate.stricter()).isEqualTo(Strictness.HIGHER);
    }
    assertThat(TianjinParameters.POLICY_COMPLIANT_BIRTH_RATE.boundaryValues().toString())
        .isEqualTo("[== 100%]");
    assertThat(TianjinParameters.DISCLOSURE_CADENCE.boundaryValues().toString())
        .isEqualTo("[YEARLY, MONTHLY]");
  }

  @Test
  void windowYearsZero_isRefusedWithItsKey() {
    assertThatThrownBy(() -> tailored(Evaluations.VILLAGE, "window-years", "0"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer)
                    .containsExactly("/parameter.window-years"));
  }

  static Stream<Arguments> justOutside() {
    return Stream.of(
        Arguments.of("window-years", "11"),
        Arguments.of("complaint-days", "0"),
        Arguments.of("complaint-days", "31"),
        Arguments.of("notice-days", "0"),
        Arguments.of("notice-days", "61"),
        Arguments.of("late-term-weeks", "0"),
        Arguments.of("late-term-weeks", "29"),
        Arguments.of("awareness-rate", ">= 100.01%"),
        Arguments.of("awareness-rate", "<= 90%"),
        Arguments.of("contraceptive-rate", ">= 100.01%"),
        Arguments.of("policy-compliant-birth-rate", "== 99.99%"),
        Arguments.of("policy-compliant-birth-rate", ">= 100%"));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("justOutside")
  void valueJustOutsideTheRange_isRefusedWithItsKey(String key, String value) {
    assertThatThrownBy(() -> tailored(Evaluations.VILLAGE, key, value))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::pointer)
                    .containsExactly("/parameter." + key));
  }
}
