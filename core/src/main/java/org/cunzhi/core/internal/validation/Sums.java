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

  /** The paths of {@code parts}. */
  static RecordComponents.Path[] paths(ImmutableList<String> parts) {
    RecordComponents.Path[] paths = new RecordComponents.Path[parts.size()];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = new RecordComponents.Path(parts.get(i));
    }
    return paths;
  }

  /** The sum of {@code parts} of {@code record}; null when any part is null. */
  static @Nullable Sum of(Object record, RecordComponents.Path[] parts) {
    long[] terms = new long[parts.length];
    long total = 0;
    for (int i = 0; i < parts.length; i++) {
      Long term = RecordComponents.count(record, parts[i]);
      if (term == null) {
        return null;
      }
      terms[i] = term;
      total = LongMath.checkedAdd(total, term);
    }
    return new Sum(terms, total);
  }

  /** A sum and its terms. */
  static final class Sum {
    private final long[] terms;
    private final long total;

    private Sum(long[] terms, long total) {
      this.terms = terms;
      this.total = total;
    }

    /** The sum. */
    long total() {
      return total;
    }

    /** The terms and the total, as in {@code 800 + 4 + 8 = 812}. */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (long term : terms) {
        if (text.length() > 0) {
          text.append(" + ");
        }
        text.append(term);
      }
      return text.append(" = ").append(total).toString();
    }
  }
}
