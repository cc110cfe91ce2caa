package org.cunzhi.core.model;

/** Who held an activity. */
public enum ActivityBody {
  ASSOCIATION,
  COMMITTEE,
  GROUP
}
