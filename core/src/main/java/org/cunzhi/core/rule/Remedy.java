package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * What would change a failing or inconclusive outcome, as data: the smallest change that would make
 * the check pass, where it can be computed.
 *
 * @param kind what sort of change
 * @param subject what changes, e.g. {@code contraceptiveUsers}, {@code disclosure}, {@code years}
 * @param year the year it concerns; null when none
 * @param quarter the quarter (1-4) it concerns; null when none
 * @param amount how many more (users, events); 1 for a single record or document
 * @param text the change in plain words
 */
public record Remedy(
    Kind kind,
    String subject,
    @Nullable Integer year,
    @Nullable Integer quarter,
    long amount,
    LocalizedText text) {
  public Remedy {
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    requireNonNull(text, "text");
  }

  /** What sort of change a remedy asks for. */
  public enum Kind {
    /** Raise a count by {@code amount} (e.g. 3 more contraceptive users in 2024). */
    INCREASE_COUNT,
    /** Lower a count by {@code amount} (e.g. no privacy breach). */
    DECREASE_COUNT,
    /** Hold an event, e.g. a disclosure in the third quarter. */
    ADD_EVENT,
    /** Supply missing data, e.g. the 2023 statistics. */
    SUPPLY_DATA,
    /** Correct a record, e.g. publish a complaint's outcome. */
    CORRECT_RECORD
  }
}
