package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.cunzhi.core.validation.NotBefore;

/**
 * The posting of an adopted instrument for public notice (D-CH-3).
 *
 * @param from first day posted
 * @param to last day posted
 * @param objectionsUpheld objections upheld during the notice
 */
@NotBefore(field = "to", reference = "from")
public record PublicNotice(LocalDate from, LocalDate to, int objectionsUpheld) {
  public PublicNotice {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    Counts.nonNegative(objectionsUpheld, "objectionsUpheld");
  }

  /**
   * Days posted, counting both the first and the last day; 0 when {@code to} precedes {@code from}.
   */
  public long daysPosted() {
    return Math.max(0, ChronoUnit.DAYS.between(from, to) + 1);
  }
}
