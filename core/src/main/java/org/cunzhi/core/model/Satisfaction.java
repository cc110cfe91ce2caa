package org.cunzhi.core.model;

/**
 * A satisfaction survey (TJ-R2).
 *
 * @param surveyed residents surveyed
 * @param satisfied those satisfied
 */
public record Satisfaction(int surveyed, int satisfied) {
  public Satisfaction {
    Counts.nonNegative(surveyed, "surveyed");
    Counts.nonNegative(satisfied, "satisfied");
  }
}
