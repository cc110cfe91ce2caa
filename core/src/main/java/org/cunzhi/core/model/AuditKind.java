package org.cunzhi.core.model;

/** Kinds of audit (D-CH-6). */
public enum AuditKind {
  FINANCIAL
}
