package org.cunzhi.core.evaluation;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cunzhi.core.rule.CreditRange;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.cunzhi.core.standard.Grade;
import org.cunzhi.core.standard.ScoringModel;
import org.jspecify.annotations.Nullable;

/** Scores judged criteria under {@link ScoringModel.WeightedPoints}; see its rules. */
final class Scorer {
  private static final Messages CORE = CoreMessages.get();

  private Scorer() {}

  /** The scored criteria, the score card and the verdict. */
  record Scored(List<CriterionResult> criteria, ScoreCard card, Verdict verdict) {}

  /**
   * Scores {@code judged}.
   *
   * @param open whether something outside the criteria leaves the grade undecided however they
   *     score (the base standard is missing, or an inspection finding could not be applied)
   */
  static Scored score(
      ScoringModel.WeightedPoints model,
      List<Evaluator.Judged> judged,
      boolean open,
      Assessments assessments,
      List<Reason> notes) {
    Span earned = Span.ZERO;
    Fraction possible = Fraction.ZERO;
    Fraction leftOut = Fraction.ZERO;
    int notApplicable = 0;
    boolean vetoFired = false;
    boolean vetoOpen = false;
    Set<LocalizedText> missing = new LinkedHashSet<>();
    List<CriterionResult> criteria = new ArrayList<>();
    for (Evaluator.Judged j : judged) {
      CriterionResult r = j.result();
      vetoFired |= r.vetoed();
      Fraction points = Fraction.of(model.pointsOf(r.id()).orElse(BigDecimal.ZERO));
      Optional<CreditRange> range = j.credit();
      CriterionPoints cp;
      if (r.outcome() == Outcome.NOT_APPLICABLE || range.isEmpty()) {
        notApplicable++;
        leftOut = leftOut.plus(points);
        cp = new CriterionPoints(points, Span.ZERO, CriterionPoints.Standing.NOT_APPLICABLE);
      } else {
        CreditRange c = range.get();
        Span e =
            Span.of(
                points.times(Fraction.of(c.low().numerator(), c.low().denominator())),
                points.times(Fraction.of(c.high().numerator(), c.high().denominator())));
        earned = earned.plus(e);
        possible = possible.plus(points);
        boolean exact = e.isExact();
        cp =
            new CriterionPoints(
                points, e, exact ? CriterionPoints.Standing.SCORED : CriterionPoints.Standing.OPEN);
        if (!exact) {
          missing.addAll(whatIsMissing(r));
        }
      }
      if (r.carriesVeto()
          && (r.outcome() == Outcome.INSUFFICIENT_EVIDENCE || r.outcome() == Outcome.ERROR)) {
        vetoOpen = true;
        missing.addAll(whatIsMissing(r));
      }
      criteria.add(r.withPoints(cp));
    }
    vetoOpen &= !vetoFired;
    if (notApplicable > 0) {
      notes.add(
          CORE.reason(
              "note.points.not-applicable",
              String.valueOf(notApplicable),
              shown(leftOut),
              shown(possible)));
    }

    @Nullable Span own =
        possible.isZero() ? null : earned.times(Fraction.HUNDRED).dividedBy(possible);
    List<AssessmentScore> combined = new ArrayList<>();
    @Nullable Span score = own;
    if (!model.assessmentWeights().isEmpty() && own != null) {
      Span weighted = Span.ZERO;
      Fraction weights = Fraction.ZERO;
      for (Map.Entry<String, BigDecimal> w : model.assessmentWeights().entrySet()) {
        boolean isOwn = w.getKey().equals(ScoringModel.WeightedPoints.OWN);
        @Nullable Fraction supplied =
            isOwn ? null : assessments.score(w.getKey()).map(Fraction::of).orElse(null);
        Span s;
        if (isOwn) {
          s = own;
        } else if (supplied == null) {
          s = Span.of(Fraction.ZERO, Fraction.HUNDRED);
          notes.add(CORE.reason("note.points.assessment-missing", w.getKey()));
          missing.add(CORE.text("missing.assessment", w.getKey()));
        } else {
          s = Span.exactly(supplied);
        }
        combined.add(new AssessmentScore(w.getKey(), w.getValue(), isOwn ? own.low() : supplied));
        Fraction weight = Fraction.of(w.getValue());
        weights = weights.plus(weight);
        weighted = weighted.plus(s.times(weight));
      }
      score = weighted.dividedBy(weights);
    }

    @Nullable Grade lowest;
    @Nullable Grade highest;
    boolean capped = false;
    @Nullable Grade cap =
        model.vetoCap().gradeId() == null
            ? null
            : model.grade(model.vetoCap().gradeId()).orElseThrow();
    if (score == null) {
      notes.add(CORE.reason("note.points.no-score"));
      lowest = null;
      highest = model.grades().get(0);
    } else {
      lowest = best(model.grades(), score.low());
      highest = best(model.grades(), score.high());
      if (vetoFired) {
        capped = better(highest, cap);
        lowest = worse(lowest, cap);
        highest = worse(highest, cap);
        notes.add(
            cap == null
                ? CORE.reason("note.points.veto-no-grade")
                : CORE.reason("note.points.veto-capped", cap.title()));
      } else if (vetoOpen) {
        lowest = worse(lowest, cap);
        if (highest != null) {
          notes.add(CORE.reason("note.points.veto-open"));
        }
      }
      if (open) {
        lowest = null;
        if (highest == null) {
          highest = best(model.grades(), Fraction.HUNDRED);
        }
      }
    }
    if (lowest != null && highest == null) {
      highest = lowest;
    }
    ScoreCard card =
        new ScoreCard(
            earned,
            possible,
            own,
            combined,
            score,
            lowest,
            highest,
            capped,
            ImmutableList.copyOf(missing));
    Verdict verdict;
    switch (card.standing()) {
      case AWARDED:
        verdict = Verdict.MEETS;
        break;
      case NOT_QUALIFIED:
        verdict = Verdict.DOES_NOT_MEET;
        if (score != null && !vetoFired) {
          Grade bottom = model.grades().get(model.grades().size() - 1);
          notes.add(
              CORE.reason(
                  "note.points.below-grades",
                  shownScore(score),
                  bottom.title(),
                  bottom.minimumScore().toPlainString()));
        }
        break;
      default:
        verdict = Verdict.INCONCLUSIVE;
        if (score != null) {
          notes.add(
              CORE.reason(
                  "note.points.grade-open",
                  shownScore(score),
                  gradeTitle(lowest),
                  gradeTitle(highest),
                  missing.isEmpty() ? CORE.text("missing.nothing-named") : joined(missing)));
        }
        break;
    }
    return new Scored(ImmutableList.copyOf(criteria), card, verdict);
  }

  /** What a criterion lacks, in plain words: its remedies, or else its title. */
  private static List<LocalizedText> whatIsMissing(CriterionResult r) {
    List<LocalizedText> texts = new ArrayList<>();
    for (Remedy remedy : r.remedies()) {
      if (remedy.kind() == Remedy.Kind.SUPPLY_DATA) {
        texts.add(remedy.text());
      }
    }
    if (texts.isEmpty()) {
      texts.add(CORE.text("missing.evidence-of", r.title()));
    }
    return texts;
  }

  private static LocalizedText gradeTitle(@Nullable Grade g) {
    return g == null ? CORE.text("grade.not-qualified") : g.title();
  }

  private static List<LocalizedText> joined(Set<LocalizedText> texts) {
    return ImmutableList.copyOf(texts);
  }

  /** Whether {@code a} is a better grade than {@code b} (no grade being the worst). */
  private static boolean better(@Nullable Grade a, @Nullable Grade b) {
    if (a == null) {
      return false;
    }
    return b == null || a.minimumScore().compareTo(b.minimumScore()) > 0;
  }

  private static @Nullable Grade worse(@Nullable Grade a, @Nullable Grade b) {
    return better(a, b) ? b : a;
  }

  private static @Nullable Grade best(List<Grade> gradesBestFirst, Fraction score) {
    for (Grade g : gradesBestFirst) {
      if (Fraction.of(g.minimumScore()).compareTo(score) <= 0) {
        return g;
      }
    }
    return null;
  }

  /** A score as shown: {@code 97.42}, or {@code 86.38–98.38} for an interval. */
  static String shownScore(Span score) {
    String low = score.lowDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
    return score.isExact()
        ? low
        : low + "–" + score.highDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
  }

  /** Points as shown in notes: at most two decimal places, no trailing zeros. */
  private static String shown(Fraction f) {
    BigDecimal d = f.toDecimal(2).stripTrailingZeros();
    return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
  }
}
