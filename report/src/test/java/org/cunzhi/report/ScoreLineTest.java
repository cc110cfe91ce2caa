package org.cunzhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cunzhi.core.evaluation.CriterionPoints;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.standard.Grade;
import org.junit.jupiter.api.Test;

/** Scores, grades and points, through the one class that knows how a result carries them. */
class ScoreLineTest {
  private static final ReportText ZH = new ReportText(Language.ZH);
  private static final ReportText EN = new ReportText(Language.EN);
  private static final EvaluationResult TAIZI = Samples.result(Samples.TAIZI);

  /** Taizi as if scored: 86.38 points, graded or provisional, the first criterion with points. */
  private static EvaluationResult scored(boolean provisional, boolean capped) {
    Grade grade = Grade.of("demonstration", "示范", "Demonstration", "85");
    ScoreCard card =
        new ScoreCard(
            Fraction.of(8638, 100),
            Fraction.of(100, 1),
            Fraction.of(8638, 100),
            List.of(),
            Fraction.of(8638, 100),
            provisional,
            provisional ? null : grade,
            capped);
    List<CriterionResult> criteria = new ArrayList<>(TAIZI.criteria());
    criteria.set(
        0,
        criteria
            .get(0)
            .withPoints(
                new CriterionPoints(
                    Fraction.of(10, 1),
                    Fraction.of(8, 1),
                    provisional
                        ? CriterionPoints.Standing.PENDING
                        : CriterionPoints.Standing.SCORED)));
    return new EvaluationResult(
        TAIZI.standardId(),
        TAIZI.standardVersion(),
        TAIZI.standardTitle(),
        TAIZI.fingerprint(),
        TAIZI.unit(),
        TAIZI.assessmentYear(),
        TAIZI.verdict(),
        TAIZI.vetoed(),
        new BigDecimal("86.38"),
        provisional ? null : LocalizedText.of("示范", "Demonstration"),
        criteria,
        TAIZI.notes(),
        card);
  }

  @Test
  void of_passFailStandard_nothing() {
    assertThat(ScoreLine.of(TAIZI, ZH)).isEmpty();
    assertThat(ScoreLine.points(TAIZI.criteria().get(0), ZH)).isEmpty();
  }

  @Test
  void of_scoredAndGraded_scoreThenGrade() {
    assertThat(ScoreLine.of(scored(false, false), ZH))
        .containsExactly(new ScoreLine.Entry("score", "86.38"), new ScoreLine.Entry("grade", "示范"));
    assertThat(ScoreLine.of(scored(false, true), EN))
        .containsExactly(
            new ScoreLine.Entry("score", "86.38"),
            new ScoreLine.Entry("grade", "Demonstration (lowered by a veto)"));
  }

  @Test
  void of_provisional_saysSoAndHasNoGrade() {
    assertThat(ScoreLine.of(scored(true, false), EN))
        .containsExactly(
            new ScoreLine.Entry(
                "score", "86.38 (provisional: missing evidence or assessments may raise it)"));
  }

  @Test
  void points_scoredAndPending() {
    assertThat(ScoreLine.points(scored(false, false).criteria().get(0), ZH))
        .contains(new ScoreLine.Entry("points", "8.00 / 10.00"));
    assertThat(ScoreLine.points(scored(true, false).criteria().get(0), EN))
        .contains(new ScoreLine.Entry("points", "8.00 of 10.00 (pending: evidence missing)"));
  }

  @Test
  void bothFormats_scoredResult_showScoreGradeAndPoints() {
    EvaluationResult r = scored(false, false);

    assertThat(ReportRenderer.html(Language.ZH).render(r))
        .contains("<dt>得分</dt><dd>86.38</dd>")
        .contains("<dt>等级</dt><dd>示范</dd>")
        .contains("<p>分值：8.00 / 10.00</p>");
    assertThat(ReportRenderer.markdown(Language.EN).render(r))
        .contains("- **Score**: 86.38\n- **Grade**: Demonstration\n")
        .contains("- **Points**: 8.00 of 10.00\n");
  }
}
