package org.cunzhi.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Input that breaks its format or the model's rules. It carries every violation found, each with
 * its JSON Pointer, so a caller can report them all at once.
 */
public final class InvalidInputException extends CunzhiException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super(summary(violations));
    this.violations = ImmutableList.sortedCopyOf(violations);
  }

  /** Every violation found, ordered by pointer. */
  public List<Violation> violations() {
    return violations;
  }

  private static String summary(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one violation");
    }
    return violations.size() == 1
        ? "invalid input: " + violations.get(0)
        : "invalid input: " + violations.size() + " problems, first " + violations.get(0);
  }
}
