package org.cunzhi.core.model;

/**
 * Central household heads and women-of-childbearing-age group leaders (D-ORG-2).
 *
 * @param count how many there are
 * @param dutiesDefined whether their duties are written down
 */
public record GroupLeaders(int count, boolean dutiesDefined) {
  public GroupLeaders {
    Counts.nonNegative(count, "count");
  }
}
