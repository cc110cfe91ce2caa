package org.cunzhi.plugins.tianjin.campaign;

import static java.util.Objects.requireNonNull;

import org.cunzhi.core.model.DivisionCode;

/**
 * A village or community considered for a municipal award (TJ-C3).
 *
 * @param unit the unit's division code
 * @param demonstration whether it is a municipal demonstration unit (holds the plaque)
 */
public record AwardCandidate(DivisionCode unit, boolean demonstration) {
  public AwardCandidate {
    requireNonNull(unit, "unit");
  }

  /** The candidate {@code unit}, a demonstration unit or not. */
  public static AwardCandidate of(DivisionCode unit, boolean demonstration) {
    return new AwardCandidate(unit, demonstration);
  }

  /** The unit of {@code candidacy}, a demonstration unit when it was awarded the plaque. */
  public static AwardCandidate from(Candidacy candidacy) {
    return new AwardCandidate(candidacy.unit(), candidacy.isNationalCandidate());
  }
}
