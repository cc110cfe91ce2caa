package org.cunzhi.plugins.tianjin.campaign;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.cunzhi.core.rule.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A candidacy step that was refused, as a value: which step, on what date, why, and the limit it
 * broke.
 *
 * @param attempted the stage the step would have reached
 * @param current the candidacy's stage when refused; null when nothing was filed yet
 * @param date the step's date
 * @param reason why it was refused
 * @param limit the date limit broken (the deadline, the phase's first day, or the previous step's
 *     date); null when the step was out of order
 * @param text the refusal in plain words, both languages
 */
public record Refusal(
    CandidacyStage attempted,
    @Nullable CandidacyStage current,
    LocalDate date,
    RefusalReason reason,
    @Nullable LocalDate limit,
    LocalizedText text) {

  public Refusal {
    requireNonNull(attempted, "attempted");
    requireNonNull(date, "date");
    requireNonNull(reason, "reason");
    requireNonNull(text, "text");
  }

  /** The date limit broken; empty when the step was out of order. */
  public Optional<LocalDate> brokenLimit() {
    return Optional.ofNullable(limit);
  }
}
