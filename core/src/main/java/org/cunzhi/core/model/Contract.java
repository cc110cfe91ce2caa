package org.cunzhi.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cunzhi.core.validation.NotGreaterThan;
import org.jspecify.annotations.Nullable;

/**
 * A family-planning contract or agreement between households and the committee (D-CH-1, D-CH-4).
 *
 * @param id unique within the dossier
 * @param kind always {@link InstrumentKind#FAMILY_PLANNING_CONTRACT}
 * @param effective when it took effect; null when it has not
 * @param households households it is offered to
 * @param signedHouseholds households that signed it
 * @param informedVoluntary whether it was entered knowingly and voluntarily
 * @param villagerObligations how many obligations the household carries
 * @param committeeObligations how many obligations the committee carries
 * @param legalReview the review against law and policy
 */
@NotGreaterThan(field = "signedHouseholds", limit = "households")
public record Contract(
    String id,
    InstrumentKind kind,
    @Nullable LocalDate effective,
    int households,
    int signedHouseholds,
    boolean informedVoluntary,
    int villagerObligations,
    int committeeObligations,
    LegalReview legalReview)
    implements Instrument {

  public Contract {
    requireNonNull(id, "id");
    checkArgument(
        kind == InstrumentKind.FAMILY_PLANNING_CONTRACT, "a contract cannot be of kind %s", kind);
    Counts.nonNegative(households, "households");
    Counts.nonNegative(signedHouseholds, "signedHouseholds");
    Counts.nonNegative(villagerObligations, "villagerObligations");
    Counts.nonNegative(committeeObligations, "committeeObligations");
    requireNonNull(legalReview, "legalReview");
  }

  /** Whether both parties carry at least one obligation (D-CH-4: mutual). */
  public boolean isMutual() {
    return villagerObligations >= 1 && committeeObligations >= 1;
  }
}
