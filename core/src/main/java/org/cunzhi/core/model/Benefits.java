package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import org.cunzhi.core.validation.NotGreaterThan;

/**
 * Rewards, collective distribution and families in difficulty (TJ-V3, TJ-V5).
 *
 * @param rewardsEligible families eligible for rewards the charter promises
 * @param rewardsGranted those granted
 * @param collectiveDistributionViolations unlawful distributions of collective resources found
 * @param difficultFamilies families in difficulty
 */
@NotGreaterThan(field = "rewardsGranted", limit = "rewardsEligible")
public record Benefits(
    int rewardsEligible,
    int rewardsGranted,
    int collectiveDistributionViolations,
    @Valid DifficultFamilies difficultFamilies) {
  public Benefits {
    Counts.nonNegative(rewardsEligible, "rewardsEligible");
    Counts.nonNegative(rewardsGranted, "rewardsGranted");
    Counts.nonNegative(collectiveDistributionViolations, "collectiveDistributionViolations");
    requireNonNull(difficultFamilies, "difficultFamilies");
  }
}
