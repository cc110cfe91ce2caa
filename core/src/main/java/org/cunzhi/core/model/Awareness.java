package org.cunzhi.core.model;

/**
 * An awareness survey (D-RATE-3).
 *
 * @param surveyed people of childbearing age surveyed
 * @param aware those who knew the policy and reproductive-health basics
 */
public record Awareness(int surveyed, int aware) {
  public Awareness {
    Counts.nonNegative(surveyed, "surveyed");
    Counts.nonNegative(aware, "aware");
  }
}
