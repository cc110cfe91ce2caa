package org.cunzhi.core.internal.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a violation on one property, with a message that is taken literally. */
final class ViolationReports {
  private ViolationReports() {}

  /** Reports {@code message} on the property {@code property} of the validated object. */
  static void report(ConstraintValidatorContext context, String property, String message) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(literal(message))
        .addPropertyNode(property)
        .addConstraintViolation();
  }

  /**
   * Reports {@code message} on {@code property} of element {@code index} of the list {@code list}.
   */
  static void reportInList(
      ConstraintValidatorContext context, String list, int index, String property, String message) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(literal(message))
        .addPropertyNode(list)
        .addPropertyNode(property)
        .inIterable()
        .atIndex(index)
        .addConstraintViolation();
  }

  /** {@code message} escaped so that message interpolation leaves it as it is. */
  static String literal(String message) {
    StringBuilder escaped = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** A value as a message quotes it: text in double quotes, anything else as it prints. */
  static String quote(Object value) {
    return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
  }
}
