package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import org.cunzhi.core.validation.NotBefore;
import org.jspecify.annotations.Nullable;

/**
 * A complaint received through the complaint box (D-PROC-3, TJ-V8).
 *
 * @param ref the source system's reference
 * @param received when it was received
 * @param investigated when it was investigated; null when not yet
 * @param outcomePublished when the outcome was published; null when not yet
 * @param escalated whether it was passed up
 * @param reporter who filed it, redacted
 */
@NotBefore(field = "investigated", reference = "received")
@NotBefore(field = "outcomePublished", reference = "received")
public record Complaint(
    String ref,
    LocalDate received,
    @Nullable LocalDate investigated,
    @Nullable LocalDate outcomePublished,
    boolean escalated,
    Reporter reporter) {
  public Complaint {
    requireNonNull(ref, "ref");
    requireNonNull(received, "received");
    requireNonNull(reporter, "reporter");
  }

  /** Days from receipt to investigation ({@code investigated − received}), if investigated. */
  public OptionalLong daysToInvestigation() {
    return investigated == null
        ? OptionalLong.empty()
        : OptionalLong.of(ChronoUnit.DAYS.between(received, investigated));
  }
}
