package org.cunzhi.core.model;

/**
 * A participation survey (TJ-R2).
 *
 * @param surveyed residents surveyed
 * @param participated those who took part in the community's affairs
 */
public record Participation(int surveyed, int participated) {
  public Participation {
    Counts.nonNegative(surveyed, "surveyed");
    Counts.nonNegative(participated, "participated");
  }
}
