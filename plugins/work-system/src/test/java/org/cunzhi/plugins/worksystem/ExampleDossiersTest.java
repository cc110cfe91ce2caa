package org.cunzhi.plugins.worksystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.Missed;
import org.cunzhi.core.rule.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three valid example dossiers (examples/dossiers): WS-3, WS-6 and WS-11 fail for each (no
 * assembly report in the first half-year; 3 association activities, not 12; no group meeting or
 * activity in any month), the other eight pass.
 */
class ExampleDossiersTest {

  static Stream<Dossier> samples() {
    return Stream.of(Samples.taizi(), Samples.dongying(), Samples.xihe());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void samples_failWs3Ws6Ws11_passTheOtherEight(Dossier d) {
    EvaluationResult r = Samples.evaluate(d);
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (CriterionResult c : r.criteria()) {
      outcomes.put(c.id(), c.outcome());
    }
    Map<String, Outcome> expected = new LinkedHashMap<>();
    for (int n = 1; n <= 11; n++) {
      expected.put(
          "work-system.ws-" + n, n == 3 || n == 6 || n == 11 ? Outcome.FAIL : Outcome.PASS);
    }
    assertThat(outcomes).containsExactlyEntriesOf(expected);
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(r.vetoed()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void samples_missedPeriods(Dossier d) {
    EvaluationResult r = Samples.evaluate(d);
    assertThat(periods(r, 3)).containsExactly("2025-H1");
    assertThat(periods(r, 6)).containsExactly("2025");
    assertThat(periods(r, 11))
        .containsExactly(
            "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08",
            "2025-09", "2025-10", "2025-11", "2025-12");
    for (int n : new int[] {1, 2, 4, 5, 7, 8, 9, 10}) {
      assertThat(periods(r, n)).as("ws-" + n).isEmpty();
    }
    CriterionResult ws6 = r.criterion("work-system.ws-6").orElseThrow();
    assertThat(ws6.missed().get(0).what().en()).contains("held 3 times").contains("12");
  }

  private static java.util.List<String> periods(EvaluationResult r, int n) {
    return r.criterion("work-system.ws-" + n).orElseThrow().missed().stream()
        .map(Missed::period)
        .toList();
  }
}
