package org.cunzhi.core.internal.validation;

import com.google.common.collect.ImmutableList;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cunzhi.core.validation.SumNotGreaterThan;
import org.jspecify.annotations.Nullable;

/** Checks {@link SumNotGreaterThan}. */
public final class SumNotGreaterThanValidator
    implements ConstraintValidator<SumNotGreaterThan, Object> {
  private ImmutableList<String> parts = ImmutableList.of();
  private RecordComponents.Path[] partPaths = {};
  private RecordComponents.Path limitPath = new RecordComponents.Path("");
  private String label = "";
  private String limitLabel = "";

  /** Created by the validation provider. */
  public SumNotGreaterThanValidator() {}

  @Override
  public void initialize(SumNotGreaterThan rule) {
    parts = Sums.parts(rule.parts(), SumNotGreaterThan.class);
    partPaths = Sums.paths(parts);
    String limit = rule.limit();
    limitPath = new RecordComponents.Path(limit);
    label = rule.label().isEmpty() ? String.join(" + ", parts) : rule.label();
    limitLabel = rule.limitLabel().isEmpty() ? limit : rule.limitLabel();
  }

  @Override
  public boolean isValid(@Nullable Object record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    Sums.Sum sum = Sums.of(record, partPaths);
    Long max = RecordComponents.count(record, limitPath);
    if (sum == null || max == null || sum.total() <= max) {
      return true;
    }
    ViolationReports.report(
        context, parts.get(0), label + " (" + sum + ") exceed " + limitLabel + " (" + max + ")");
    return false;
  }
}
