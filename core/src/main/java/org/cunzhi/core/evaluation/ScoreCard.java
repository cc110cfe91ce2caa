package org.cunzhi.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.standard.Grade;
import org.jspecify.annotations.Nullable;

/**
 * How a points standard scored a unit, exactly, with what the score rests on (DOMAIN CV-D5, CV-D6).
 * Where evidence is missing, the score is an interval {@code [low, high]} and the grade is awarded
 * only when every value in it, with or without an undecided veto, gives the same grade. See {@link
 * org.cunzhi.core.standard.ScoringModel.WeightedPoints} for the rules.
 *
 * @param earned points earned over the criteria that apply, from the least to the most the evidence
 *     allows
 * @param possible points possible over the criteria that apply
 * @param standardScore the standard's own score, {@code 100 × earned ÷ possible}; null when no
 *     criterion applies
 * @param assessments the assessments combined, the standard's own among them; empty when the
 *     standard's own score is the score
 * @param score the final score on the 0-100 scale; null when there is none
 * @param lowest the worst grade the evidence allows; null for none (not qualified)
 * @param highest the best grade the evidence allows; null for none (not qualified)
 * @param capped whether a veto lowered the grade
 * @param missing what is missing, in plain words, when the score is an interval; empty otherwise
 */
public record ScoreCard(
    Span earned,
    Fraction possible,
    @Nullable Span standardScore,
    List<AssessmentScore> assessments,
    @Nullable Span score,
    @Nullable Grade lowest,
    @Nullable Grade highest,
    boolean capped,
    List<LocalizedText> missing) {

  /** Decimal places a score is shown to (rounded half up); the exact score decides. */
  public static final int DISPLAY_SCALE = 2;

  public ScoreCard {
    requireNonNull(earned, "earned");
    requireNonNull(possible, "possible");
    assessments = ImmutableList.copyOf(assessments);
    missing = ImmutableList.copyOf(missing);
    if (lowest != null
        && highest != null
        && lowest.minimumScore().compareTo(highest.minimumScore()) > 0) {
      throw new IllegalArgumentException(
          "the worst grade (" + lowest + ") is better than the best (" + highest + ")");
    }
    if (lowest != null && highest == null) {
      throw new IllegalArgumentException("a worst grade needs a best grade");
    }
  }

  /** Whether the grade is awarded, the unit is not qualified, or the grade is undecided. */
  public GradeStanding standing() {
    if (lowest == null && highest == null) {
      return GradeStanding.NOT_QUALIFIED;
    }
    return lowest != null && lowest.equals(highest)
        ? GradeStanding.AWARDED
        : GradeStanding.INCONCLUSIVE;
  }

  /** The grade awarded; empty when the unit is not qualified or the grade is undecided. */
  public Optional<Grade> grade() {
    return standing() == GradeStanding.AWARDED ? Optional.ofNullable(lowest) : Optional.empty();
  }

  /**
   * The grade as the report JSON writes it: the awarded grade's id in capitals with underscores
   * ({@code DEMONSTRATION}), else {@code NOT_QUALIFIED} or {@code INCONCLUSIVE}.
   */
  public String gradeCode() {
    return switch (standing()) {
      case AWARDED ->
          requireNonNull(lowest).id().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
      case NOT_QUALIFIED -> "NOT_QUALIFIED";
      case INCONCLUSIVE -> "INCONCLUSIVE";
    };
  }

  /** Whether the score is an interval: some evidence or assessment is missing. */
  public boolean isInterval() {
    return score != null && !score.isExact();
  }
}
