package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A meeting held (D-PROC-1, -5, -6).
 *
 * @param date when it was held
 * @param body which body met
 * @param familyPlanningOnAgenda whether family planning was on the agenda
 * @param minutes whether minutes were kept
 * @param signInSheet whether a sign-in sheet was kept
 * @param present how many attended
 */
public record Meeting(
    LocalDate date,
    MeetingBody body,
    boolean familyPlanningOnAgenda,
    boolean minutes,
    boolean signInSheet,
    int present) {
  public Meeting {
    requireNonNull(date, "date");
    requireNonNull(body, "body");
    Counts.nonNegative(present, "present");
  }
}
