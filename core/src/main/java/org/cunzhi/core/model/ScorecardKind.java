package org.cunzhi.core.model;

/** Who filled in a scorecard (DOMAIN CV-D4). */
public enum ScorecardKind {
  /** The unit's own self-assessment. */
  SELF,
  /** The villagers' mass appraisal. */
  MASS_APPRAISAL,
  /** The township's inspection. */
  TOWNSHIP_INSPECTION
}
