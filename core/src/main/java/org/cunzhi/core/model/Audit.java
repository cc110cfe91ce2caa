package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A financial audit (D-CH-6).
 *
 * @param date when it was held
 * @param kind what kind of audit
 */
public record Audit(LocalDate date, AuditKind kind) {
  public Audit {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
  }
}
