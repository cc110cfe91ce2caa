package org.cunzhi.plugins.tianjin.campaign;

/** Why a candidacy step was refused. */
public enum RefusalReason {
  /** The step does not follow from the candidacy's stage (e.g. a report before the assessment). */
  OUT_OF_ORDER,
  /** The step is dated before the candidacy's previous step. */
  BEFORE_PREVIOUS_STEP,
  /** The step is dated before its phase opens (e.g. creation before February). */
  TOO_EARLY,
  /** The step is dated after its deadline or its phase's end (e.g. a report after 20 October). */
  LATE
}
