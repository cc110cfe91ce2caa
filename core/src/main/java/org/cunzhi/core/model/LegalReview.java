package org.cunzhi.core.model;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Whether an instrument was checked against law and policy (D-CH-2), and what conflicted.
 *
 * @param reviewed whether it was reviewed
 * @param conflicts the clauses found to conflict; empty when none
 */
public record LegalReview(boolean reviewed, List<String> conflicts) {
  public LegalReview {
    conflicts = ImmutableList.copyOf(conflicts);
  }

  /** Whether the review found no conflict. */
  public boolean hasNoConflict() {
    return conflicts.isEmpty();
  }
}
