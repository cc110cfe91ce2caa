package org.cunzhi.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A period, or an item, that a procedure missed, as data (DOMAIN §12, CLI-v1 {@code "missed"}): a
 * month with no group-leaders' meeting, a quarter with no disclosure, a complaint not investigated
 * in time.
 *
 * @param period what was missed, as text: a month {@code 2025-03}, a quarter {@code 2025-Q2}, a
 *     half-year {@code 2025-H1}, a year {@code 2025}, a day {@code 2025-07-11}, or an item's
 *     reference such as a complaint's {@code ref} (never a person's identity, DOMAIN S-6)
 * @param what what is missing there, unrendered
 */
public record Missed(String period, Message what) {
  public Missed {
    requireNonNull(period, "period");
    requireNonNull(what, "what");
    checkArgument(!period.isBlank(), "a missed period is named, was blank");
  }

  /** {@code what} missing in {@code period}, named as {@link Period#code()} names it. */
  public static Missed of(Period period, Message what) {
    return new Missed(period.code(), what);
  }
}
