package org.cunzhi.core.model;

/**
 * The optional top-level sections of a dossier. A section a standard needs but the dossier lacks
 * makes the criteria that need it INSUFFICIENT_EVIDENCE; an empty list means "none happened".
 */
public enum Section {
  USES_CONTRACT_MANAGEMENT("usesContractManagement"),
  ORGANIZATION("organization"),
  INSTRUMENTS("instruments"),
  YEARS("years"),
  INCIDENTS("incidents"),
  BENEFITS("benefits"),
  ACTIVITIES("activities"),
  MEETINGS("meetings"),
  DISCLOSURES("disclosures"),
  COMPLAINTS("complaints"),
  APPRAISALS("appraisals"),
  AUDITS("audits"),
  SURVEYS("surveys"),
  PRIVACY_BREACHES("privacyBreaches"),
  UNLAWFUL_FEES_OR_FINES("unlawfulFeesOrFines"),
  INSPECTION("inspection"),
  SCORECARDS("scorecards"),
  EXTENSIONS("extensions");

  private final String fieldName;

  Section(String fieldName) {
    this.fieldName = fieldName;
  }

  /** The section's field name in DOSSIER-v1. */
  public String fieldName() {
    return fieldName;
  }
}
