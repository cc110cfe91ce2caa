package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A democratic appraisal of the village's family-planning work (TJ-V7).
 *
 * @param date when it was held
 * @param participantsOfChildbearingAge participants of childbearing age
 * @param linkedToPay whether its results are tied to the pay of the committee and cadres
 */
public record Appraisal(LocalDate date, int participantsOfChildbearingAge, boolean linkedToPay) {
  public Appraisal {
    requireNonNull(date, "date");
    Counts.nonNegative(participantsOfChildbearingAge, "participantsOfChildbearingAge");
  }
}
