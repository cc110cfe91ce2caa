package org.cunzhi.core.model;

/**
 * A year's births (D-RATE-2, D-RATE-5).
 *
 * @param total all births
 * @param policyCompliant births compliant with policy
 * @param male male births
 * @param female female births
 */
public record Births(int total, int policyCompliant, int male, int female) {
  public Births {
    Counts.nonNegative(total, "total");
    Counts.nonNegative(policyCompliant, "policyCompliant");
    Counts.nonNegative(male, "male");
    Counts.nonNegative(female, "female");
  }
}
