package org.cunzhi.core.model;

import org.cunzhi.core.validation.NotGreaterThan;

/**
 * An awareness survey (D-RATE-3).
 *
 * @param surveyed people of childbearing age surveyed
 * @param aware those who knew the policy and reproductive-health basics
 */
@NotGreaterThan(field = "aware", limit = "surveyed")
public record Awareness(int surveyed, int aware) {
  public Awareness {
    Counts.nonNegative(surveyed, "surveyed");
    Counts.nonNegative(aware, "aware");
  }
}
