package org.cunzhi.core.rule;

/** The outcome of one criterion for one dossier (DOMAIN S-2). */
public enum Outcome {
  /** The criterion is met. */
  PASS,
  /** The criterion is not met. */
  FAIL,
  /** The criterion does not apply to this unit (e.g. contracts where none are used). */
  NOT_APPLICABLE,
  /** Data the criterion needs are missing: never silently a pass or a fail. */
  INSUFFICIENT_EVIDENCE,
  /** The criterion could not be evaluated because its plugin broke. */
  ERROR
}
