package org.cunzhi.plugins.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.Test;

/**
 * Every number of the five goods is a tailorable parameter (DOMAIN S-5, CV-D1 to CV-D6) whose
 * declared source says it is the project's default.
 */
class TailoringTest {

  private static EvaluationResult evaluate(Standard s) {
    return Evaluator.create().evaluate(s, Samples.taizi());
  }

  private static Standard with(String key, String value) {
    return FiveGoodsVillage.standard().toBuilder().set(key, value).build();
  }

  @Test
  void everyParameter_isAProjectDefault_exceptTheLateTermWeeksOfTheNationalProvisions() {
    for (Parameter<?> p : IntegrityParameters.ALL) {
      if (p.key().equals("late-term-weeks")) {
        assertThat(p.source().version()).isEqualTo("2002");
      } else {
        assertThat(p.source().instrument())
            .as(p.key())
            .isEqualTo("project default (the sources give none)");
        assertThat(p.source().article()).as(p.key()).isNotBlank();
      }
    }
  }

  @Test
  void demonstrationMinimum_tailoredTo98_makesTaiziAdvanced() {
    EvaluationResult r = evaluate(with("demonstration-minimum", "98"));
    assertThat(r.score().orElseThrow().lowDecimal(2)).isEqualTo(new BigDecimal("97.42"));
    assertThat(r.grade().orElseThrow().id()).isEqualTo("advanced");
    assertThat(evaluate(with("demonstration-minimum", "97")).grade().orElseThrow().id())
        .isEqualTo("demonstration");
  }

  @Test
  void weights_tailored_changeTheQualitativePart() {
    // weights 1 / 1 / 98: 59.898… + 40 × 94% = 97.498…
    Standard s =
        FiveGoodsVillage.standard().toBuilder()
            .set("self-weight", "1")
            .set("mass-appraisal-weight", "1")
            .set("township-inspection-weight", "98")
            .build();
    Span score = evaluate(s).score().orElseThrow();
    // qualitative % = (96 + 92 + 98 × 94) / 100 = 94.0
    assertThat(score.lowDecimal(2)).isEqualTo(new BigDecimal("97.50"));
  }

  @Test
  void awarenessRate_tailoredAbove94point17_losesTheItem() {
    // taizi's awareness is 113/120 = 94.17%: at >= 95% the publicity item of 4 points is lost
    Span score = evaluate(with("awareness-rate", ">= 95%")).score().orElseThrow();
    assertThat(score.lowDecimal(2)).isEqualTo(new BigDecimal("93.42"));
  }
}
