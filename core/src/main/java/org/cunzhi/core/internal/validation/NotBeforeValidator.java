package org.cunzhi.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.cunzhi.core.validation.NotBefore;
import org.jspecify.annotations.Nullable;

/** Checks {@link NotBefore}. */
public final class NotBeforeValidator implements ConstraintValidator<NotBefore, Object> {
  private String field = "";
  private RecordComponents.Path fieldPath = new RecordComponents.Path("");
  private RecordComponents.Path referencePath = new RecordComponents.Path("");

  /** Created by the validation provider. */
  public NotBeforeValidator() {}

  @Override
  public void initialize(NotBefore rule) {
    field = rule.field();
    fieldPath = new RecordComponents.Path(field);
    referencePath = new RecordComponents.Path(rule.reference());
  }

  @Override
  public boolean isValid(@Nullable Object record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    LocalDate value = RecordComponents.date(record, fieldPath);
    LocalDate earliest = RecordComponents.date(record, referencePath);
    if (value == null || earliest == null || !value.isBefore(earliest)) {
      return true;
    }
    ViolationReports.report(
        context, field, value + " is before " + referencePath + " (" + earliest + ")");
    return false;
  }
}
