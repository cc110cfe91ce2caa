package org.cunzhi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cunzhi.core.evaluation.CriterionPoints;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.standard.Grade;
import org.jspecify.annotations.Nullable;

/**
 * The score, the grade and a criterion's points as both formats show them: the one place that knows
 * how a result carries them. The score is an exact interval where evidence is missing (DOMAIN
 * CV-D5), shown "86.38–98.38"; the grade is awarded, not qualified, or undecided between two
 * grades, naming what is missing ("78.40–86.40 分：先进（缺少群众评议评分表）"); each criterion shows its points
 * of its maximum the same way.
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
    @Nullable ScoreCard card = r.scoreCard();
    if (card == null) {
      return entries;
    }
    @Nullable Span score = card.score();
    if (score != null) {
      entries.add(new Entry("score", t.label("score.points", shown(score))));
    }
    String missing =
        card.missing().isEmpty()
            ? ""
            : t.label(
                "grade.missing",
                card.missing().stream()
                    .map(t::text)
                    .collect(Collectors.joining(t.label("list.separator"))));
    String grade =
        switch (card.standing()) {
          case AWARDED -> {
            String title = t.text(card.grade().orElseThrow().title());
            yield card.capped() ? t.label("grade.capped", title) : title;
          }
          case NOT_QUALIFIED ->
              r.vetoed() ? t.label("grade.vetoed") : t.label("grade.NOT_QUALIFIED");
          case INCONCLUSIVE ->
              t.label("grade.INCONCLUSIVE", title(card.lowest(), t), title(card.highest(), t));
        };
    entries.add(new Entry("grade", grade + missing));
    return entries;
  }

  private static String title(@Nullable Grade g, ReportText t) {
    return g == null ? t.label("grade.NOT_QUALIFIED") : t.text(g.title());
  }

  /** {@code 97.42}, or {@code 86.38–98.38} for an interval. */
  static String shown(Span s) {
    String low = s.lowDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
    return s.isExact() ? low : low + "–" + s.highDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
  }

  /** The points of criterion {@code c}, e.g. 8 / 10; empty under a pass/fail standard. */
  static Optional<Entry> points(CriterionResult c, ReportText t) {
    @Nullable CriterionPoints p = c.points();
    if (p == null) {
      return Optional.empty();
    }
    String earned = shown(p.earned());
    String max = p.max().toDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
    String value =
        switch (p.standing()) {
          case SCORED -> t.label("points.value", earned, max);
          case OPEN -> t.label("points.OPEN", earned, max);
          case NOT_APPLICABLE -> t.label("points.NOT_APPLICABLE");
        };
    return Optional.of(new Entry("points", value));
  }
}
