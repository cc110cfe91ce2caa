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
 * On a record: the count {@link #field} must not exceed the count {@link #limit}, e.g. {@code
 * contraceptiveUsers ≤ marriedWomen15to49}. Both name int or long record components; when either is
 * null there is nothing to check. A violation is reported on {@code field} as "380 exceeds
 * marriedWomen15to49 (361)".
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(NotGreaterThan.List.class)
@Constraint(validatedBy = {}) // the validator is registered by the model's validator
public @interface NotGreaterThan {

  /** The component checked, and where a violation is reported. */
  String field();

  /** The component it must not exceed. */
  String limit();

  /** Unused: the validator writes the message. */
  String message() default "exceeds its limit";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link NotGreaterThan} rules on one record. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The rules. */
    NotGreaterThan[] value();
  }
}
