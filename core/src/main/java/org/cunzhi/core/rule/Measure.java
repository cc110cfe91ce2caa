package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.jspecify.annotations.Nullable;

/**
 * A figure a check used: a named rate for a year, and the threshold it was held to.
 *
 * @param name a stable name, e.g. {@code contraceptive-rate}
 * @param year the year it is for; null when it is not for one year
 * @param rate the exact rate
 * @param threshold the threshold it was held to; null when only informative
 */
public record Measure(
    String name, @Nullable Integer year, Rate rate, @Nullable Threshold threshold) {
  public Measure {
    requireNonNull(name, "name");
    requireNonNull(rate, "rate");
  }

  /** Whether the rate meets its threshold; empty when undefined or without a threshold. */
  public java.util.Optional<Boolean> met() {
    return threshold == null || !rate.isDefined()
        ? java.util.Optional.empty()
        : java.util.Optional.of(rate.meets(threshold));
  }

  /** How much more the numerator needs to meet the threshold; empty when it cannot be said. */
  public OptionalLong gap() {
    return threshold == null ? OptionalLong.empty() : rate.gapTo(threshold);
  }
}
