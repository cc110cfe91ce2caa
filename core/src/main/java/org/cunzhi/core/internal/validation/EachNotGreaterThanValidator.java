package org.cunzhi.core.internal.validation;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;
import org.cunzhi.core.validation.EachNotGreaterThan;
import org.jspecify.annotations.Nullable;

/** Checks {@link EachNotGreaterThan}. */
public final class EachNotGreaterThanValidator
    implements ConstraintValidator<EachNotGreaterThan, Object> {
  private String list = "";
  private String field = "";
  private ImmutableList<String> fieldPath = ImmutableList.of();
  private String limit = "";

  /** Created by the validation provider. */
  public EachNotGreaterThanValidator() {}

  @Override
  public void initialize(EachNotGreaterThan rule) {
    list = rule.list();
    field = rule.field();
    fieldPath = ImmutableList.copyOf(Splitter.on('.').split(field));
    limit = rule.limit();
  }

  @Override
  public boolean isValid(@Nullable Object record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    Long max = RecordComponents.count(record, limit);
    if (max == null) {
      return true;
    }
    List<?> elements = RecordComponents.list(record, list);
    boolean valid = true;
    for (int i = 0; i < elements.size(); i++) {
      Object element = elements.get(i);
      if (element == null || !RecordComponents.has(element, fieldPath.get(0))) {
        continue;
      }
      Long value = RecordComponents.count(element, field);
      if (value != null && value > max) {
        report(context, i, value + " exceeds " + limit + " (" + max + ")");
        valid = false;
      }
    }
    return valid;
  }

  private void report(ConstraintValidatorContext context, int index, String message) {
    context.disableDefaultConstraintViolation();
    NodeBuilderDefinedContext element =
        context
            .buildConstraintViolationWithTemplate(ViolationReports.literal(message))
            .addPropertyNode(list)
            .addPropertyNode(fieldPath.get(0))
            .inIterable()
            .atIndex(index);
    if (fieldPath.size() == 1) {
      element.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext node = element.addPropertyNode(fieldPath.get(1));
    for (String name : fieldPath.subList(2, fieldPath.size())) {
      node = node.addPropertyNode(name);
    }
    node.addConstraintViolation();
  }
}
