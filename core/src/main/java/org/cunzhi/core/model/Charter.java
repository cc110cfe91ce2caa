package org.cunzhi.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A self-governance charter or a family-planning covenant (D-CH-1, D-CH-3): voted in by an
 * assembly, then posted for public notice.
 *
 * @param id unique within the dossier
 * @param kind {@link InstrumentKind#SELF_GOVERNANCE_CHARTER} or {@link
 *     InstrumentKind#FAMILY_PLANNING_COVENANT}
 * @param effective when it took effect; null when it has not
 * @param adoption the vote that adopted it
 * @param publicNotice its posting after the vote
 * @param guaranteedRights the eight rights (D-CH-5) it states
 * @param legalReview the review against law and policy
 */
public record Charter(
    String id,
    InstrumentKind kind,
    @Nullable LocalDate effective,
    @Valid Adoption adoption,
    @Valid PublicNotice publicNotice,
    Set<EightRights> guaranteedRights,
    LegalReview legalReview)
    implements Instrument {

  public Charter {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    checkArgument(
        kind != InstrumentKind.FAMILY_PLANNING_CONTRACT, "a charter cannot be of kind %s", kind);
    requireNonNull(adoption, "adoption");
    requireNonNull(publicNotice, "publicNotice");
    guaranteedRights = Sets.immutableEnumSet(guaranteedRights);
    requireNonNull(legalReview, "legalReview");
  }
}
