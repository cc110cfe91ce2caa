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
 * On a record: the counts {@link #parts} must add up to the count {@link #total}, e.g. male and
 * female births to all births. When any of them is null there is nothing to check. A violation is
 * reported on {@code total} as "male + female (9 + 9 = 18) differ from total (17)".
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(SumEquals.List.class)
@Constraint(validatedBy = {}) // the validator is registered by the model's validator
public @interface SumEquals {

  /** The components added up. */
  String[] parts();

  /** The component they must add up to, and where a violation is reported. */
  String total();

  /** Unused: the validator writes the message. */
  String message() default "parts do not add up to the total";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link SumEquals} rules on one record. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The rules. */
    SumEquals[] value();
  }
}
