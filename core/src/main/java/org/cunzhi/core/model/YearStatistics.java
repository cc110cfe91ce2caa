package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import org.cunzhi.core.validation.NotGreaterThan;
import org.jspecify.annotations.Nullable;

/**
 * One year's statistics (D-RATE).
 *
 * @param year the calendar year
 * @param population residents at the start and end of the year
 * @param marriedWomen15to49 married women aged 15-49, the denominator of D-RATE-1
 * @param contraceptiveUsers those of them using any contraceptive method, its numerator
 * @param births the year's births
 * @param awareness the awareness survey (D-RATE-3); null when none was reported
 * @param fundingYuan family-planning spending in yuan (CV-5); null when not reported
 */
@NotGreaterThan(field = "contraceptiveUsers", limit = "marriedWomen15to49")
public record YearStatistics(
    int year,
    Population population,
    int marriedWomen15to49,
    int contraceptiveUsers,
    @Valid Births births,
    @Valid @Nullable Awareness awareness,
    @Nullable Long fundingYuan) {
  public YearStatistics {
    requireNonNull(population, "population");
    Counts.nonNegative(marriedWomen15to49, "marriedWomen15to49");
    Counts.nonNegative(contraceptiveUsers, "contraceptiveUsers");
    requireNonNull(births, "births");
    if (fundingYuan != null && fundingYuan < 0) {
      throw new IllegalArgumentException("fundingYuan must not be negative, was " + fundingYuan);
    }
  }
}
