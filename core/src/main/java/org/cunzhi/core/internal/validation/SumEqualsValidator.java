package org.cunzhi.core.internal.validation;

import com.google.common.collect.ImmutableList;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cunzhi.core.validation.SumEquals;
import org.jspecify.annotations.Nullable;

/** Checks {@link SumEquals}. */
public final class SumEqualsValidator implements ConstraintValidator<SumEquals, Object> {
  private ImmutableList<String> parts = ImmutableList.of();
  private RecordComponents.Path[] partPaths = {};
  private String total = "";
  private RecordComponents.Path totalPath = new RecordComponents.Path("");

  /** Created by the validation provider. */
  public SumEqualsValidator() {}

  @Override
  public void initialize(SumEquals rule) {
    parts = Sums.parts(rule.parts(), SumEquals.class);
    partPaths = Sums.paths(parts);
    total = rule.total();
    totalPath = new RecordComponents.Path(total);
  }

  @Override
  public boolean isValid(@Nullable Object record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    Sums.Sum sum = Sums.of(record, partPaths);
    Long expected = RecordComponents.count(record, totalPath);
    if (sum == null || expected == null || sum.total() == expected) {
      return true;
    }
    ViolationReports.report(
        context,
        total,
        String.join(" + ", parts) + " (" + sum + ") differ from " + total + " (" + expected + ")");
    return false;
  }
}
