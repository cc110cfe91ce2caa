package org.cunzhi.plugins.tianjin.campaign;

/** The milestones of a campaign year (TJ-C1), in the plan's order. */
public enum MilestoneKind {
  /** Districts file their intended municipal demonstration units (备案). */
  FILING_DEADLINE,
  /** Units build up their self-governance work (创建). */
  CREATION,
  /** Districts evaluate and check their units (评估检查). */
  DISTRICT_EVALUATION,
  /** Districts report the units that passed to the municipality. */
  DISTRICT_REPORT_DEADLINE,
  /** The municipality inspects the reported units. */
  MUNICIPAL_INSPECTION,
  /** Units that pass get the plaque and become national candidates. */
  AWARD
}
