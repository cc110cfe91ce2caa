package org.cunzhi.core.internal.validation;

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
  private RecordComponents.Path listPath = new RecordComponents.Path("");
  private RecordComponents.Path fieldPath = new RecordComponents.Path("");
  private RecordComponents.Path limitPath = new RecordComponents.Path("");

  /** Created by the validation provider. */
  public EachNotGreaterThanValidator() {}

  @Override
  public void initialize(EachNotGreaterThan rule) {
    list = rule.list();
    listPath = new RecordComponents.Path(list);
    fieldPath = new RecordComponents.Path(rule.field());
    limitPath = new RecordComponents.Path(rule.limit());
  }

  @Override
  public boolean isValid(@Nullable Object record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    Long max = RecordComponents.count(record, limitPath);
    if (max == null) {
      return true;
    }
    List<?> elements = RecordComponents.list(record, listPath);
    boolean valid = true;
    for (int i = 0; i < elements.size(); i++) {
      Object element = elements.get(i);
      if (element == null || !RecordComponents.has(element, fieldPath.first())) {
        continue;
      }
      Long value = RecordComponents.count(element, fieldPath);
      if (value != null && value > max) {
        report(context, i, value + " exceeds " + limitPath + " (" + max + ")");
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
            .addPropertyNode(fieldPath.first())
            .inIterable()
            .atIndex(index);
    List<String> rest = fieldPath.rest();
    if (rest.isEmpty()) {
      element.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext node = element.addPropertyNode(rest.get(0));
    for (String name : rest.subList(1, rest.size())) {
      node = node.addPropertyNode(name);
    }
    node.addConstraintViolation();
  }
}
