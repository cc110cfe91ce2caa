package org.cunzhi.core.evaluation;

import static java.util.Objects.requireNonNull;

/**
 * How one criterion counts towards a points score: what it could earn and what it earned.
 *
 * @param possible the criterion's points; counted in what is possible unless NOT_APPLICABLE
 * @param earned the points earned: its points times its credit, exactly
 * @param standing how the criterion counts
 */
public record CriterionPoints(Fraction possible, Fraction earned, Standing standing) {
  public CriterionPoints {
    requireNonNull(possible, "possible");
    requireNonNull(earned, "earned");
    requireNonNull(standing, "standing");
    if (earned.compareTo(possible) > 0 || earned.compareTo(Fraction.ZERO) < 0) {
      throw new IllegalArgumentException(
          "earned points (" + earned + ") must lie between 0 and " + possible);
    }
  }

  /** How a criterion counts towards the score. */
  public enum Standing {
    /** Passed or failed: earned and possible both count. */
    SCORED,
    /** Does not apply: left out of both earned and possible. */
    NOT_APPLICABLE,
    /** Evidence missing or an error: earns nothing for now, so the score is provisional. */
    PENDING
  }
}
