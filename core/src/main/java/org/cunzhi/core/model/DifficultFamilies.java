package org.cunzhi.core.model;

/**
 * Families in difficulty and the help they got (TJ-V5).
 *
 * @param identified families identified as in difficulty
 * @param assisted those given targeted help
 * @param improved those whose situation visibly improved
 */
public record DifficultFamilies(int identified, int assisted, int improved) {
  public DifficultFamilies {
    Counts.nonNegative(identified, "identified");
    Counts.nonNegative(assisted, "assisted");
    Counts.nonNegative(improved, "improved");
  }
}
