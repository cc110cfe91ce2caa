package org.cunzhi.core.model;

import org.cunzhi.core.validation.NotGreaterThan;

/**
 * A participation survey (TJ-R2).
 *
 * @param surveyed residents surveyed
 * @param participated those who took part in the community's affairs
 */
@NotGreaterThan(field = "participated", limit = "surveyed")
public record Participation(int surveyed, int participated) {
  public Participation {
    Counts.nonNegative(surveyed, "surveyed");
    Counts.nonNegative(participated, "participated");
  }
}
