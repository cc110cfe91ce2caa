package org.cunzhi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.evaluation.CriterionPoints;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.rule.LocalizedText;

/**
 * The score, the grade and a criterion's points as both formats show them: the one place that knows
 * how a result carries them, so that a change to the scoring's representation changes only this
 * class. Today: the result's display score (provisional when its score card says so), the grade's
 * title (lowered by a veto when the card says so), and each criterion's earned of possible points.
 */
final class ScoreLine {
  /**
   * A label and its value, e.g. 得分 / 86.38.
   *
   * @param labelKey the bundle key of the label
   * @param value the value, in words
   */
  record Entry(String labelKey, String value) {}

  private ScoreLine() {}

  /** The score and grade of {@code r}, in that order; empty for a pass/fail standard. */
  static List<Entry> of(EvaluationResult r, ReportText t) {
    List<Entry> entries = new ArrayList<>();
    ScoreCard card = r.scoreCard();
    if (r.score() != null) {
      String score = r.score().toPlainString();
      entries.add(
          new Entry("score", r.isProvisional() ? t.label("score.provisional", score) : score));
    }
    LocalizedText grade = r.grade();
    if (grade != null) {
      String title = t.text(grade);
      entries.add(
          new Entry(
              "grade", card != null && card.capped() ? t.label("grade.capped", title) : title));
    }
    return entries;
  }

  /** The points of criterion {@code c}, e.g. 8 / 10; empty under a pass/fail standard. */
  static Optional<Entry> points(CriterionResult c, ReportText t) {
    CriterionPoints p = c.points();
    if (p == null) {
      return Optional.empty();
    }
    String earned = p.earned().toDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
    String possible = p.possible().toDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
    String value =
        switch (p.standing()) {
          case SCORED -> t.label("points.value", earned, possible);
          case PENDING -> t.label("points.PENDING", earned, possible);
          case NOT_APPLICABLE -> t.label("points.NOT_APPLICABLE");
        };
    return Optional.of(new Entry("points", value));
  }
}
