package org.cunzhi.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cunzhi.core.validation.NotGreaterThan;
import org.jspecify.annotations.Nullable;

/** Checks {@link NotGreaterThan}. */
public final class NotGreaterThanValidator implements ConstraintValidator<NotGreaterThan, Object> {
  private String field = "";
  private RecordComponents.Path fieldPath = new RecordComponents.Path("");
  private RecordComponents.Path limitPath = new RecordComponents.Path("");

  /** Created by the validation provider. */
  public NotGreaterThanValidator() {}

  @Override
  public void initialize(NotGreaterThan rule) {
    field = rule.field();
    fieldPath = new RecordComponents.Path(field);
    limitPath = new RecordComponents.Path(rule.limit());
  }

  @Override
  public boolean isValid(@Nullable Object record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    Long value = RecordComponents.count(record, fieldPath);
    Long max = RecordComponents.count(record, limitPath);
    if (value == null || max == null || value <= max) {
      return true;
    }
    ViolationReports.report(context, field, value + " exceeds " + limitPath + " (" + max + ")");
    return false;
  }
}
