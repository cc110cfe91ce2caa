package org.cunzhi.core.internal.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
import jakarta.validation.ConstraintDeclarationException;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;

/** Sums of a record's counts, shown with their terms. */
final class Sums {
  private Sums() {}

  /** The parts a sum rule names, checked to be at least one. */
  static ImmutableList<String> parts(String[] parts, Class<? extends Annotation> rule) {
    if (parts.length == 0) {
      throw new ConstraintDeclarationException("@" + rule.getSimpleName() + " needs parts");
    }
    return ImmutableList.copyOf(parts);
  }

  /** The sum of {@code parts} of {@code record}; null when any part is null. */
  static @Nullable Sum of(Object record, ImmutableList<String> parts) {
    ImmutableList.Builder<Long> terms = ImmutableList.builder();
    long total = 0;
    for (String part : parts) {
      Long term = RecordComponents.count(record, part);
      if (term == null) {
        return null;
      }
      terms.add(term);
      total = LongMath.checkedAdd(total, term);
    }
    return new Sum(terms.build(), total);
  }

  /**
   * A sum and its terms.
   *
   * @param terms the values added
   * @param total their sum
   */
  record Sum(ImmutableList<Long> terms, long total) {
    /** The terms and the total, as in {@code 800 + 4 + 8 = 812}. */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (Long term : terms) {
        if (text.length() > 0) {
          text.append(" + ");
        }
        text.append(term);
      }
      return text.append(" = ").append(total).toString();
    }
  }
}
