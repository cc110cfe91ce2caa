package org.cunzhi.plugins.integrity;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.evaluation.GradeStanding;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.rule.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The three valid example dossiers (examples/dossiers) under the five goods, as the shared examples
 * say (CV-D1 to CV-D8): taizi 97.42, demonstration; dongying not qualified by the 2024 veto; xihe
 * 86.38–98.38, grade open for want of the mass appraisal.
 */
class ExampleDossiersTest {

  private static Span score(EvaluationResult r) {
    return r.score().orElseThrow();
  }

  @Test
  void taizi_scores9742Exactly_andIsADemonstrationVillage() {
    EvaluationResult r = Samples.evaluate(Samples.taizi());
    // quantitative 48 + 9 + 597/206; qualitative 5 × 8 × 93.8%
    Fraction expected = Fraction.of(57, 1).plus(Fraction.of(597, 206)).plus(Fraction.of(3752, 100));
    assertThat(score(r).isExact()).isTrue();
    assertThat(score(r).low()).isEqualTo(expected);
    assertThat(score(r).lowDecimal(2)).isEqualTo(new BigDecimal("97.42"));
    ScoreCard card = requireNonNull(r.scoreCard());
    assertThat(card.standing()).isEqualTo(GradeStanding.AWARDED);
    assertThat(r.grade().orElseThrow().id()).isEqualTo("demonstration");
    assertThat(r.verdict()).isEqualTo(Verdict.MEETS);
    CriterionResult integrity = Samples.criterion("integrity.integrity", Samples.taizi());
    // scored on complete evidence: PASS, with what it lost as reasons and what regains it as
    // remedies
    assertThat(integrity.outcome()).isEqualTo(Outcome.PASS);
    assertThat(integrity.remedies()).isNotEmpty();
    assertThat(requireNonNull(integrity.points()).earned().low())
        .isEqualTo(Fraction.of(9, 1).plus(Fraction.of(597, 206)).plus(Fraction.of(7504, 1000)));
    assertThat(integrity.reasons())
        .anyMatch(x -> x.text().zh().equals("合同签订 398/412 户：2.90 / 3 分"));
    assertThat(integrity.reasons())
        .anyMatch(
            x -> x.text().en().equals("Contracts signed by 398/412 households: 2.90 / 3 points"));
    for (String id :
        new String[] {
          "integrity.organization",
          "integrity.institutions",
          "integrity.publicity-service",
          "integrity.rewards-assistance"
        }) {
      CriterionResult c = Samples.criterion(id, Samples.taizi());
      // 12 quantitative + 8 × 93.8% = 19.504, a FAIL earning part of the points
      assertThat(requireNonNull(c.points()).earned().low())
          .as(id)
          .isEqualTo(Fraction.of(19504, 1000));
    }
  }

  @Test
  void dongying_isNotQualified_byThe2024LateTermAbortion_whateverThePoints() {
    EvaluationResult r = Samples.evaluate(Samples.dongying());
    assertThat(r.vetoed()).isTrue();
    assertThat(r.verdict()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(requireNonNull(r.scoreCard()).standing()).isEqualTo(GradeStanding.NOT_QUALIFIED);
    assertThat(requireNonNull(r.scoreCard()).capped()).isTrue();
    CriterionResult veto = Samples.criterion(FiveGoodsVillage.VETO, Samples.dongying());
    assertThat(veto.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(veto.vetoed()).isTrue();
    assertThat(veto.reasons()).anyMatch(x -> x.text().zh().contains("2024"));
    // the points are shown as computed (CV-D8): well above 90
    assertThat(score(r).low().compareTo(Fraction.of(90, 1))).isPositive();
  }

  @Test
  void xihe_scores8638To9838_andItsGradeIsOpen_namingTheMassAppraisal() {
    EvaluationResult r = Samples.evaluate(Samples.xihe());
    assertThat(score(r).isExact()).isFalse();
    assertThat(score(r).lowDecimal(2)).isEqualTo(new BigDecimal("86.38"));
    assertThat(score(r).highDecimal(2)).isEqualTo(new BigDecimal("98.38"));
    assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(requireNonNull(r.scoreCard()).standing()).isEqualTo(GradeStanding.INCONCLUSIVE);
    assertThat(requireNonNull(requireNonNull(r.scoreCard()).lowest()).id()).isEqualTo("advanced");
    assertThat(requireNonNull(requireNonNull(r.scoreCard()).highest()).id())
        .isEqualTo("demonstration");
    assertThat(requireNonNull(r.scoreCard()).missing()).hasSize(1);
    assertThat(requireNonNull(r.scoreCard()).missing().get(0).zh()).isEqualTo("群众评议评分表");
    assertThat(requireNonNull(r.scoreCard()).missing().get(0).en())
        .isEqualTo("the mass appraisal scorecard");
  }
}
