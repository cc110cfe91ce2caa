package org.cunzhi.core.evaluation;

/** A unit's verdict under a standard (DOMAIN S-4). */
public enum Verdict {
  /** Every criterion passes or is not applicable (or the score reaches a passing grade). */
  MEETS,
  /** A criterion fails, or a veto fired. */
  DOES_NOT_MEET,
  /**
   * Nothing fails, but evidence is missing, a criterion errored, the base standard is missing, or
   * an inspector's NOT_MET finding names a criterion that no installed standard has (DOMAIN S-7).
   */
  INCONCLUSIVE
}
