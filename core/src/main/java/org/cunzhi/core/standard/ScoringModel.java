package org.cunzhi.core.standard;

/**
 * How a standard turns its criteria's outcomes into a verdict, and for scoring standards a score
 * and a grade.
 */
public sealed interface ScoringModel permits ScoringModel.AllMustPass {

  /**
   * Pass/fail: the unit MEETS when every criterion passes or is not applicable, DOES_NOT_MEET when
   * any fails, and is INCONCLUSIVE otherwise (DOMAIN S-4). No score, no grade.
   */
  record AllMustPass() implements ScoringModel {
    @Override
    public String toString() {
      return "all-must-pass";
    }
  }

  /** The pass/fail model. */
  static ScoringModel allMustPass() {
    return new AllMustPass();
  }
}
