package org.cunzhi.core.model;

import org.cunzhi.core.validation.NotGreaterThan;

/**
 * Families in difficulty and the help they got (TJ-V5).
 *
 * @param identified families identified as in difficulty
 * @param assisted those given targeted help
 * @param improved those whose situation visibly improved
 */
@NotGreaterThan(field = "assisted", limit = "identified")
@NotGreaterThan(field = "improved", limit = "assisted")
public record DifficultFamilies(int identified, int assisted, int improved) {
  public DifficultFamilies {
    Counts.nonNegative(identified, "identified");
    Counts.nonNegative(assisted, "assisted");
    Counts.nonNegative(improved, "improved");
  }
}
