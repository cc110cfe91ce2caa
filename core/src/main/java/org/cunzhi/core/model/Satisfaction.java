package org.cunzhi.core.model;

import org.cunzhi.core.validation.NotGreaterThan;

/**
 * A satisfaction survey (TJ-R2).
 *
 * @param surveyed residents surveyed
 * @param satisfied those satisfied
 */
@NotGreaterThan(field = "satisfied", limit = "surveyed")
public record Satisfaction(int surveyed, int satisfied) {
  public Satisfaction {
    Counts.nonNegative(surveyed, "surveyed");
    Counts.nonNegative(satisfied, "satisfied");
  }
}
