package org.cunzhi.plugins.tianjin.campaign;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A stage a candidacy reached, and when.
 *
 * @param stage the stage
 * @param date the day it was reached
 */
public record StageReached(CandidacyStage stage, LocalDate date) {
  public StageReached {
    requireNonNull(stage, "stage");
    requireNonNull(date, "date");
  }
}
