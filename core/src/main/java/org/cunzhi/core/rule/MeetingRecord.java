package org.cunzhi.core.rule;

import org.cunzhi.core.model.Meeting;

/**
 * A record a meeting must keep for it to count towards a procedure (D-PROC-6: the group leaders'
 * monthly meeting keeps minutes and a sign-in roll); see {@link Procedure#requiring}. Only meetings
 * keep records in a dossier, so where records are required an activity, a disclosure or an
 * appraisal never counts.
 */
public enum MeetingRecord {
  /** Minutes of the meeting ({@code minutes}). */
  MINUTES,
  /** A sign-in sheet of those present ({@code signInSheet}). */
  SIGN_IN_SHEET;

  /** Whether {@code meeting} kept this record. */
  public boolean isKeptBy(Meeting meeting) {
    return this == MINUTES ? meeting.minutes() : meeting.signInSheet();
  }
}
