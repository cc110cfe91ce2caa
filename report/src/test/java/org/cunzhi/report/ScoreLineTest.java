package org.cunzhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cunzhi.core.evaluation.CriterionPoints;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.standard.Grade;
import org.junit.jupiter.api.Test;

/** Scores, grades and points, through the one class that knows how a result carries them. */
class ScoreLineTest {
  private static final ReportText ZH = new ReportText(Language.ZH);
  private static final ReportText EN = new ReportText(Language.EN);
  private static final EvaluationResult TAIZI = Samples.result(Samples.TAIZI);

  private static final Grade DEMONSTRATION = Grade.of("demonstration", "示范", "Demonstration", "90");
  private static final Grade ADVANCED = Grade.of("advanced", "先进", "Advanced", "75");

  /**
   * Taizi as if scored from {@code low} to {@code high} hundredths, the first criterion with
   * points.
   */
  private static EvaluationResult scored(
      long low, long high, boolean capped, List<LocalizedText> missing) {
    Span score = Span.of(Fraction.of(low, 100), Fraction.of(high, 100));
    Grade lowest = low >= 9000 ? DEMONSTRATION : ADVANCED;
    Grade highest = high >= 9000 ? DEMONSTRATION : ADVANCED;
    ScoreCard card =
        new ScoreCard(
            score, Fraction.HUNDRED, score, List.of(), score, lowest, highest, capped, missing);
    List<CriterionResult> criteria = new ArrayList<>(TAIZI.criteria());
    Span points = Span.of(Fraction.of(8, 1), Fraction.of(low == high ? 8 : 10, 1));
    criteria.set(
        0,
        criteria
            .get(0)
            .withPoints(
                new CriterionPoints(
                    Fraction.of(10, 1),
                    points,
                    points.isExact()
                        ? CriterionPoints.Standing.SCORED
                        : CriterionPoints.Standing.OPEN)));
    return new EvaluationResult(
        TAIZI.standardId(),
        TAIZI.standardVersion(),
        TAIZI.standardTitle(),
        TAIZI.fingerprint(),
        TAIZI.unit(),
        TAIZI.assessmentYear(),
        TAIZI.verdict(),
        TAIZI.vetoed(),
        criteria,
        TAIZI.notes(),
        card);
  }

  private static final List<LocalizedText> MASS =
      List.of(LocalizedText.of("群众评议评分表", "the mass appraisal scorecard"));

  @Test
  void of_passFailStandard_nothing() {
    assertThat(ScoreLine.of(TAIZI, ZH)).isEmpty();
    assertThat(ScoreLine.points(TAIZI.criteria().get(0), ZH)).isEmpty();
  }

  @Test
  void of_scoredAndGraded_scoreThenGrade() {
    assertThat(ScoreLine.of(scored(9742, 9742, false, List.of()), ZH))
        .containsExactly(
            new ScoreLine.Entry("score", "97.42 分"), new ScoreLine.Entry("grade", "示范"));
    assertThat(ScoreLine.of(scored(9742, 9742, true, List.of()), EN))
        .containsExactly(
            new ScoreLine.Entry("score", "97.42 points"),
            new ScoreLine.Entry("grade", "Demonstration (lowered by a veto)"));
  }

  @Test
  void of_intervalWithinOneGrade_awardsItAndNamesWhatIsMissing() {
    assertThat(ScoreLine.of(scored(7840, 8640, false, MASS), ZH))
        .containsExactly(
            new ScoreLine.Entry("score", "78.40–86.40 分"),
            new ScoreLine.Entry("grade", "先进（缺少：群众评议评分表）"));
  }

  @Test
  void of_intervalAcrossACutOff_isUndecided() {
    assertThat(ScoreLine.of(scored(8638, 9838, false, MASS), EN))
        .containsExactly(
            new ScoreLine.Entry("score", "86.38–98.38 points"),
            new ScoreLine.Entry(
                "grade",
                "undecided (from Advanced to Demonstration) (missing: the mass appraisal"
                    + " scorecard)"));
  }

  @Test
  void points_scoredAndOpen() {
    assertThat(ScoreLine.points(scored(9742, 9742, false, List.of()).criteria().get(0), ZH))
        .contains(new ScoreLine.Entry("points", "8.00 / 10.00"));
    assertThat(ScoreLine.points(scored(8638, 9838, false, MASS).criteria().get(0), EN))
        .contains(
            new ScoreLine.Entry("points", "8.00–10.00 of 10.00 (an interval: evidence missing)"));
  }

  @Test
  void bothFormats_scoredResult_showScoreGradeAndPoints() {
    EvaluationResult r = scored(9742, 9742, false, List.of());

    assertThat(ReportRenderer.html(Language.ZH).render(r))
        .contains("<dt>得分</dt><dd>97.42 分</dd>")
        .contains("<dt>等级</dt><dd>示范</dd>")
        .contains("<p>分值：8.00 / 10.00</p>");
    assertThat(ReportRenderer.markdown(Language.EN).render(r))
        .contains("- **Score**: 97.42 points\n- **Grade**: Demonstration\n")
        .contains("- **Points**: 8.00 of 10.00\n");
  }
}
