package org.cunzhi.core.model;

/**
 * Residents at the start and at the end of a year (D-RATE-4).
 *
 * @param start residents at the start
 * @param end residents at the end
 */
public record Population(int start, int end) {
  public Population {
    Counts.nonNegative(start, "start");
    Counts.nonNegative(end, "end");
  }
}
