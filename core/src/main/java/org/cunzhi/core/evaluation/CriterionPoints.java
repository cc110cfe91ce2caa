package org.cunzhi.core.evaluation;

import static java.util.Objects.requireNonNull;

/**
 * How one criterion counts towards a points score: what it could earn and, given the evidence, what
 * it earned, exactly (DOMAIN CV-D5).
 *
 * @param max the criterion's points; counted in what is possible unless NOT_APPLICABLE
 * @param earned the points earned, from the least to the most the evidence allows: its points times
 *     its credit; zero when NOT_APPLICABLE
 * @param standing how the criterion counts
 */
public record CriterionPoints(Fraction max, Span earned, Standing standing) {
  public CriterionPoints {
    requireNonNull(max, "max");
    requireNonNull(earned, "earned");
    requireNonNull(standing, "standing");
    if (earned.high().compareTo(max) > 0 || earned.low().compareTo(Fraction.ZERO) < 0) {
      throw new IllegalArgumentException(
          "earned points (" + earned + ") must lie between 0 and " + max);
    }
    if (standing == Standing.SCORED && !earned.isExact()) {
      throw new IllegalArgumentException("a scored criterion earns exact points, was " + earned);
    }
  }

  /** How a criterion counts towards the score. */
  public enum Standing {
    /** Scored on complete evidence: it earns exact points. */
    SCORED,
    /** Does not apply: left out of both earned and possible. */
    NOT_APPLICABLE,
    /**
     * Evidence missing, or the check broke: it earns anywhere in {@link #earned()}, so the score is
     * an interval.
     */
    OPEN
  }
}
