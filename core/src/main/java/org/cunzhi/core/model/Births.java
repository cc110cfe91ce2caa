package org.cunzhi.core.model;

import org.cunzhi.core.validation.NotGreaterThan;
import org.cunzhi.core.validation.SumEquals;

/**
 * A year's births (D-RATE-2, D-RATE-5).
 *
 * @param total all births
 * @param policyCompliant births compliant with policy
 * @param male male births
 * @param female female births
 */
@NotGreaterThan(field = "policyCompliant", limit = "total")
@SumEquals(
    parts = {"male", "female"},
    total = "total")
public record Births(int total, int policyCompliant, int male, int female) {
  public Births {
    Counts.nonNegative(total, "total");
    Counts.nonNegative(policyCompliant, "policyCompliant");
    Counts.nonNegative(male, "male");
    Counts.nonNegative(female, "female");
  }
}
