package org.cunzhi.core.rule;

/** How often something must happen within a year (D-PROC). */
public enum Cadence {
  MONTHLY(12),
  QUARTERLY(4),
  HALF_YEARLY(2),
  YEARLY(1);

  private final int periodsPerYear;

  Cadence(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  /** How many periods a year has at this cadence. */
  public int periodsPerYear() {
    return periodsPerYear;
  }

  /** The period (1-based) of a month (1-12) at this cadence. */
  public int periodOfMonth(int month) {
    return (month - 1) / (12 / periodsPerYear) + 1;
  }
}
