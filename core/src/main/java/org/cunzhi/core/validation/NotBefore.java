package org.cunzhi.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a record: the date {@link #field} must not come before the date {@link #reference}, e.g. a
 * public notice's {@code to} not before its {@code from}; the same day is fine. Both name {@code
 * LocalDate} record components; when either is null there is nothing to check. A violation is
 * reported on {@code field} as "2024-11-05 is before from (2024-11-06)".
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(NotBefore.List.class)
@Constraint(validatedBy = {}) // the validator is registered by the model's validator
public @interface NotBefore {

  /** The component checked, and where a violation is reported. */
  String field();

  /** The component it must not precede. */
  String reference();

  /** Unused: the validator writes the message. */
  String message() default "is before its reference date";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link NotBefore} rules on one record. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The rules. */
    NotBefore[] value();
  }
}
