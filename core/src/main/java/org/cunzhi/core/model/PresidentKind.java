package org.cunzhi.core.model;

/** Who presides over the family-planning association (D-ORG-3). */
public enum PresidentKind {
  PARTY_SECRETARY,
  OTHER
}
