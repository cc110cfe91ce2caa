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
 * @param label what the figure is, in plain words (e.g. 综合避孕率, or "quarters with a disclosure"),
 *     from the bundle of the check that measured it, so a report needs no table of names
 * @param year the year it is for; null when it is not for one year
 * @param rate the exact rate
 * @param threshold the threshold it was held to; null when only informative
 * @param kind whether the rate estimates a proportion of people (and so has a confidence interval)
 *     or counts what was covered (quarters with a disclosure: no interval)
 */
public record Measure(
    String name,
    LocalizedText label,
    @Nullable Integer year,
    Rate rate,
    @Nullable Threshold threshold,
    Kind kind) {
  public Measure {
    requireNonNull(name, "name");
    requireNonNull(label, "label");
    requireNonNull(rate, "rate");
    requireNonNull(kind, "kind");
  }

  /** A rate over people, which carries a Wilson interval (D-RATE-7). */
  public Measure(
      String name,
      LocalizedText label,
      @Nullable Integer year,
      Rate rate,
      @Nullable Threshold threshold) {
    this(name, label, year, rate, threshold, Kind.PROPORTION);
  }

  /** What a measure's rate is. */
  public enum Kind {
    /**
     * A proportion of people counted or surveyed (contraceptive, birth, awareness rates): small
     * units make it noisy, so reports give its Wilson 95% interval (D-RATE-7).
     */
    PROPORTION,
    /** How many required periods or items were covered, e.g. 3 of 4 quarters: no interval. */
    COVERAGE
  }

  /** The Wilson 95% interval, for a defined proportion; empty for coverage or 0/0. */
  public java.util.Optional<org.cunzhi.core.rate.Interval> wilson95() {
    return kind == Kind.PROPORTION ? rate.wilson95() : java.util.Optional.empty();
  }

  /**
   * The Wilson 95% interval with its bounds rounded half up to {@code percentScale} decimals of a
   * percent, as reports print it ({@link Rate#wilson95Rounded}); empty for coverage or 0/0.
   */
  public java.util.Optional<org.cunzhi.core.rate.Interval> wilson95Rounded(int percentScale) {
    return kind == Kind.PROPORTION
        ? rate.wilson95Rounded(percentScale)
        : java.util.Optional.empty();
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
