package org.cunzhi.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cunzhi.core.validation.NotGreaterThan;
import org.jspecify.annotations.Nullable;

/** Checks {@link NotGreaterThan}. */
public final class NotGreaterThanValidator implements ConstraintValidator<NotGreaterThan, Object> {
  private String field = "";
  private String limit = "";

  /** Created by the validation provider. */
  public NotGreaterThanValidator() {}

  @Override
  public void initialize(NotGreaterThan rule) {
    field = rule.field();
    limit = rule.limit();
  }

  @Override
  public boolean isValid(@Nullable Object record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    Long value = RecordComponents.count(record, field);
    Long max = RecordComponents.count(record, limit);
    if (value == null || max == null || value <= max) {
      return true;
    }
    ViolationReports.report(context, field, value + " exceeds " + limit + " (" + max + ")");
    return false;
  }
}
