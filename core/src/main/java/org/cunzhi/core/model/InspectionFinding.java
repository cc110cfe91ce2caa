package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An inspector's finding on the qualitative part of a criterion (DOSSIER-v1 {@code inspection}). A
 * NOT_MET finding fails its criterion; a MET finding never overrides what the data show.
 *
 * @param criterion the criterion's id
 * @param finding met or not met
 * @param note the inspector's note
 * @param date when the finding was made
 */
public record InspectionFinding(String criterion, Finding finding, String note, LocalDate date) {
  public InspectionFinding {
    requireNonNull(criterion, "criterion");
    requireNonNull(finding, "finding");
    requireNonNull(note, "note");
    requireNonNull(date, "date");
  }
}
