package org.cunzhi.plugins.tianjin.campaign;

import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.plugins.tianjin.TianjinText;

/** Where a unit's candidacy stands in the campaign year (TJ-C1). */
public enum CandidacyStage {
  /** The district filed the unit as an intended municipal demonstration unit. */
  FILED,
  /** The unit is building up its work. */
  CREATING,
  /** The district evaluated the unit and found it passed. */
  ASSESSED_BY_DISTRICT,
  /** The district reported the unit to the municipality. */
  REPORTED,
  /** The municipality inspected the unit. */
  INSPECTED,
  /** The unit passed: it has the plaque and is a national candidate. Final. */
  AWARDED,
  /** The unit did not pass the district's or the municipality's check. Final. */
  NOT_PASSED;

  /** Whether no step leads on from this stage. */
  public boolean isFinal() {
    return this == AWARDED || this == NOT_PASSED;
  }

  /** The stage's name in both languages, e.g. "reported to the municipality". */
  public LocalizedText title() {
    return TianjinText.text("campaign.stage." + name());
  }

  /** The name of the step that reaches this stage, e.g. "the report to the municipality". */
  public LocalizedText step() {
    return TianjinText.text("campaign.step." + name());
  }
}
