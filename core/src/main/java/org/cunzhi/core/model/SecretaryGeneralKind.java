package org.cunzhi.core.model;

/** Who serves as the association's secretary-general (D-ORG-3). */
public enum SecretaryGeneralKind {
  FP_CADRE,
  OTHER
}
