package org.cunzhi.core.internal.validation;

import com.google.common.collect.ImmutableSet;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cunzhi.core.validation.PresentExactlyWhen;
import org.jspecify.annotations.Nullable;

/** Checks {@link PresentExactlyWhen}. */
public final class PresentExactlyWhenValidator
    implements ConstraintValidator<PresentExactlyWhen, Object> {
  private String field = "";
  private String property = "";
  private RecordComponents.Path fieldPath = new RecordComponents.Path("");
  private RecordComponents.Path propertyPath = new RecordComponents.Path("");
  private ImmutableSet<String> anyOf = ImmutableSet.of();

  /** Created by the validation provider. */
  public PresentExactlyWhenValidator() {}

  @Override
  public void initialize(PresentExactlyWhen rule) {
    field = rule.field();
    property = rule.property();
    fieldPath = new RecordComponents.Path(field);
    propertyPath = new RecordComponents.Path(property);
    anyOf = ImmutableSet.copyOf(rule.anyOf());
  }

  @Override
  public boolean isValid(@Nullable Object record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    Object decider = propertyPath.read(record);
    String decidingValue = decider instanceof Enum<?> e ? e.name() : String.valueOf(decider);
    boolean required = decider != null && anyOf.contains(decidingValue);
    boolean present = fieldPath.read(record) != null;
    if (required == present) {
      return true;
    }
    ViolationReports.report(
        context,
        field,
        (required ? "required when " : "must be absent when ") + property + " is " + decidingValue);
    return false;
  }
}
