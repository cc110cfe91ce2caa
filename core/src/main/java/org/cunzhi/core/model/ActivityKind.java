package org.cunzhi.core.model;

/** Kinds of publicity, education and service events (TJ-V4, D-PROC-5). */
public enum ActivityKind {
  PUBLICITY,
  EDUCATION,
  SERVICE,
  MEMBER_ACTIVITY
}
