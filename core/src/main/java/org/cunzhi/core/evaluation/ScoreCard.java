package org.cunzhi.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.standard.Grade;
import org.jspecify.annotations.Nullable;

/**
 * How a points standard scored a unit, exactly, with what the score rests on. See {@link
 * org.cunzhi.core.standard.ScoringModel.WeightedPoints} for the rules.
 *
 * @param earned points earned over the criteria that apply
 * @param possible points possible over the criteria that apply
 * @param standardScore the standard's own score, {@code 100 × earned ÷ possible}; null when no
 *     criterion applies
 * @param assessments the assessments combined, the standard's own among them; empty when the
 *     standard's own score is the score
 * @param score the final score on the 0-100 scale; null when there is none
 * @param provisional whether the score is a floor that missing evidence or assessments may raise
 * @param grade the grade awarded; null when none is
 * @param capped whether a veto lowered the grade
 */
public record ScoreCard(
    Fraction earned,
    Fraction possible,
    @Nullable Fraction standardScore,
    List<AssessmentScore> assessments,
    @Nullable Fraction score,
    boolean provisional,
    @Nullable Grade grade,
    boolean capped) {

  /** Decimal places a score is shown to (rounded half up); the exact score decides. */
  public static final int DISPLAY_SCALE = 2;

  public ScoreCard {
    requireNonNull(earned, "earned");
    requireNonNull(possible, "possible");
    assessments = ImmutableList.copyOf(assessments);
    if (provisional && grade != null) {
      throw new IllegalArgumentException("a provisional score earns no grade");
    }
  }

  /** The score as shown: two decimal places, rounded half up; empty when there is no score. */
  public Optional<BigDecimal> displayScore() {
    return Optional.ofNullable(score).map(s -> s.toDecimal(DISPLAY_SCALE));
  }
}
