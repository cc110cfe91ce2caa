package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A publicity, education, service or member event (TJ-V4, D-PROC-5).
 *
 * @param date when it was held
 * @param kind what kind of event
 * @param occasion the day it marked; null when none
 * @param body who held it
 */
public record Activity(
    LocalDate date, ActivityKind kind, @Nullable Occasion occasion, ActivityBody body) {
  public Activity {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    requireNonNull(body, "body");
  }
}
