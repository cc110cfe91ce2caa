package org.cunzhi.core.model;

/** Whether a family-planning cadre works full time or part time (D-ORG-2). */
public enum CadreRole {
  FULL_TIME,
  PART_TIME
}
