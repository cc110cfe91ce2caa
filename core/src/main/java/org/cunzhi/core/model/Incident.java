package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cunzhi.core.validation.PresentExactlyWhen;
import org.jspecify.annotations.Nullable;

/**
 * A dated zero-tolerance or unlawful event (TJ-V8, TJ-V9). It names nobody.
 *
 * @param date when it happened
 * @param kind what happened
 * @param gestationWeeks for the two abortion kinds, weeks of gestation; null otherwise
 * @param medicalReason for the two abortion kinds, whether there was a medical reason; null
 *     otherwise
 */
@PresentExactlyWhen(
    field = "gestationWeeks",
    property = "kind",
    anyOf = {"INDUCED_ABORTION", "SEX_SELECTIVE_ABORTION"})
@PresentExactlyWhen(
    field = "medicalReason",
    property = "kind",
    anyOf = {"INDUCED_ABORTION", "SEX_SELECTIVE_ABORTION"})
public record Incident(
    LocalDate date,
    IncidentKind kind,
    @Nullable Integer gestationWeeks,
    @Nullable Boolean medicalReason) {
  public Incident {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    if (gestationWeeks != null) {
      Counts.nonNegative(gestationWeeks, "gestationWeeks");
    }
  }

  /** Whether the kind is one of the two abortion kinds, which carry gestation and reason. */
  public boolean isAbortion() {
    return kind == IncidentKind.INDUCED_ABORTION || kind == IncidentKind.SEX_SELECTIVE_ABORTION;
  }

  /**
   * Whether this is a late-term induced abortion (D-RATE-8): an induced abortion at {@code
   * lateTermWeeks} weeks or later without a medical reason.
   */
  public boolean isLateTermInducedAbortion(int lateTermWeeks) {
    return kind == IncidentKind.INDUCED_ABORTION
        && gestationWeeks != null
        && gestationWeeks >= lateTermWeeks
        && Boolean.FALSE.equals(medicalReason);
  }
}
