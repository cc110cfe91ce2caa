package org.cunzhi.core.evaluation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cunzhi.core.rule.Credit;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Grade;
import org.cunzhi.core.standard.ScoringModel;
import org.jspecify.annotations.Nullable;

/** Scores judged criteria under {@link ScoringModel.WeightedPoints}; see its rules. */
final class Scorer {
  private static final Messages CORE = CoreMessages.get();

  private Scorer() {}

  /** The scored criteria, the score card and the verdict. */
  record Scored(List<CriterionResult> criteria, ScoreCard card, Verdict verdict) {}

  static Scored score(
      ScoringModel.WeightedPoints model,
      List<Evaluator.Judged> judged,
      boolean vetoed,
      boolean baseMissing,
      Assessments assessments,
      List<Reason> notes) {
    Fraction earned = Fraction.ZERO;
    Fraction possible = Fraction.ZERO;
    Fraction leftOut = Fraction.ZERO;
    int notApplicable = 0;
    boolean pending = false;
    List<CriterionResult> criteria = new ArrayList<>();
    for (Evaluator.Judged j : judged) {
      CriterionResult r = j.result();
      Fraction points = Fraction.of(model.pointsOf(r.id()).orElse(BigDecimal.ZERO));
      CriterionPoints cp;
      switch (r.outcome()) {
        case NOT_APPLICABLE:
          notApplicable++;
          leftOut = leftOut.plus(points);
          cp = new CriterionPoints(points, Fraction.ZERO, CriterionPoints.Standing.NOT_APPLICABLE);
          break;
        case PASS:
        case FAIL:
          Credit credit = j.credit().orElse(Credit.none());
          Fraction e = points.times(Fraction.of(credit.numerator(), credit.denominator()));
          earned = earned.plus(e);
          possible = possible.plus(points);
          cp = new CriterionPoints(points, e, CriterionPoints.Standing.SCORED);
          break;
        default:
          pending = true;
          possible = possible.plus(points);
          cp = new CriterionPoints(points, Fraction.ZERO, CriterionPoints.Standing.PENDING);
          break;
      }
      criteria.add(r.withPoints(cp));
    }
    if (notApplicable > 0) {
      notes.add(
          CORE.reason(
              "note.points.not-applicable",
              String.valueOf(notApplicable),
              shown(leftOut),
              shown(possible)));
    }

    @Nullable Fraction own =
        possible.isZero() ? null : Fraction.HUNDRED.times(earned).dividedBy(possible);
    boolean provisional = pending || baseMissing;
    List<AssessmentScore> combined = new ArrayList<>();
    @Nullable Fraction score = own;
    if (!model.assessmentWeights().isEmpty()) {
      Fraction weighted = Fraction.ZERO;
      Fraction weights = Fraction.ZERO;
      boolean any = false;
      for (Map.Entry<String, BigDecimal> w : model.assessmentWeights().entrySet()) {
        @Nullable Fraction s =
            w.getKey().equals(ScoringModel.WeightedPoints.OWN)
                ? own
                : assessments.score(w.getKey()).map(Fraction::of).orElse(null);
        combined.add(new AssessmentScore(w.getKey(), w.getValue(), s));
        Fraction weight = Fraction.of(w.getValue());
        weights = weights.plus(weight);
        if (s == null) {
          provisional = true;
          notes.add(CORE.reason("note.points.assessment-missing", w.getKey()));
        } else {
          any = true;
          weighted = weighted.plus(weight.times(s));
        }
      }
      score = any ? weighted.dividedBy(weights) : null;
    }

    @Nullable Grade grade = null;
    boolean capped = false;
    Verdict verdict;
    @Nullable String capId = model.vetoCap().gradeId();
    if (vetoed && capId == null) {
      verdict = Verdict.DOES_NOT_MEET;
      notes.add(CORE.reason("note.points.veto-no-grade"));
    } else if (provisional) {
      verdict = Verdict.INCONCLUSIVE;
      notes.add(CORE.reason("note.points.provisional"));
    } else if (score == null) {
      verdict = Verdict.INCONCLUSIVE;
      notes.add(CORE.reason("note.points.no-score"));
    } else {
      grade = best(model.grades(), score).orElse(null);
      if (vetoed && capId != null) {
        Grade cap = model.grade(capId).orElseThrow();
        if (grade != null && grade.minimumScore().compareTo(cap.minimumScore()) > 0) {
          grade = cap;
          capped = true;
        }
        notes.add(CORE.reason("note.points.veto-capped", cap.title()));
      }
      if (grade == null) {
        Grade lowest = model.grades().get(model.grades().size() - 1);
        notes.add(
            CORE.reason(
                "note.points.below-grades",
                score.toDecimal(ScoreCard.DISPLAY_SCALE).toPlainString(),
                lowest.title(),
                lowest.minimumScore().toPlainString()));
        verdict = Verdict.DOES_NOT_MEET;
      } else {
        verdict = Verdict.MEETS;
      }
    }
    ScoreCard card =
        new ScoreCard(earned, possible, own, combined, score, provisional, grade, capped);
    return new Scored(ImmutableList.copyOf(criteria), card, verdict);
  }

  private static Optional<Grade> best(List<Grade> gradesBestFirst, Fraction score) {
    for (Grade g : gradesBestFirst) {
      if (Fraction.of(g.minimumScore()).compareTo(score) <= 0) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** Points as shown in notes: at most two decimal places, no trailing zeros. */
  private static String shown(Fraction f) {
    BigDecimal d = f.toDecimal(2).stripTrailingZeros();
    return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
  }
}
