package org.cunzhi.core.evaluation;

/**
 * Whether a points standard could grade a unit (DOMAIN CV-D5, CV-D6). In the report JSON, an
 * awarded grade is written as its id in capitals ({@code DEMONSTRATION}), the other two as {@code
 * NOT_QUALIFIED} and {@code INCONCLUSIVE}.
 */
public enum GradeStanding {
  /** Both ends of the score, and any veto, give the same grade: it is awarded. */
  AWARDED,
  /**
   * Both ends of the score, and any veto, leave the unit below every grade: it is not qualified
   * (不合格).
   */
  NOT_QUALIFIED,
  /**
   * The evidence allows more than one grade (or a grade and none): the grade is undecided until
   * what is missing is supplied.
   */
  INCONCLUSIVE
}
