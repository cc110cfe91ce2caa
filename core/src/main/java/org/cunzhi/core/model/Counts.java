package org.cunzhi.core.model;

import static com.google.common.base.Preconditions.checkArgument;

/** Checks shared by the model's compact constructors. */
final class Counts {
  private Counts() {}

  static int nonNegative(int value, String name) {
    checkArgument(value >= 0, "%s must not be negative, was %s", name, value);
    return value;
  }
}
