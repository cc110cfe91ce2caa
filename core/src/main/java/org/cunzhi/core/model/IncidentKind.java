package org.cunzhi.core.model;

/** Zero-tolerance and unlawful events (TJ-V8, TJ-V9). */
public enum IncidentKind {
  NON_MEDICAL_SEX_DETERMINATION,
  SEX_SELECTIVE_ABORTION,
  FEMALE_INFANT_ABANDONMENT,
  INDUCED_ABORTION,
  COLLECTIVE_PETITION,
  SERIOUS_UNLAWFUL_INCIDENT
}
