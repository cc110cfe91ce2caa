package org.cunzhi.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.validation.Unique;
import org.jspecify.annotations.Nullable;

/** Checks {@link Unique}. */
public final class UniqueValidator implements ConstraintValidator<Unique, Object> {
  private String list = "";
  private String key = "";
  private RecordComponents.Path listPath = new RecordComponents.Path("");
  private RecordComponents.Path keyPath = new RecordComponents.Path("");

  /** Created by the validation provider. */
  public UniqueValidator() {}

  @Override
  public void initialize(Unique rule) {
    list = rule.list();
    key = rule.key();
    listPath = new RecordComponents.Path(list);
    keyPath = new RecordComponents.Path(key);
  }

  @Override
  public boolean isValid(@Nullable Object record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    List<?> elements = RecordComponents.list(record, listPath);
    if (elements.size() < 2) {
      return true; // nothing can repeat
    }
    Map<Object, Integer> firstIndex = new HashMap<>();
    boolean valid = true;
    for (int i = 0; i < elements.size(); i++) {
      Object element = elements.get(i);
      if (element == null) {
        continue;
      }
      Object value = keyPath.read(element);
      if (value == null) {
        continue;
      }
      Integer first = firstIndex.putIfAbsent(value, i);
      if (first != null) {
        ViolationReports.reportInList(
            context,
            list,
            i,
            key,
            ViolationReports.quote(value)
                + " appears more than once in "
                + list
                + " (first at index "
                + first
                + ")");
        valid = false;
      }
    }
    return valid;
  }
}
