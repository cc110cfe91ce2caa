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
 * On a record: the sum of the counts {@link #parts} must not exceed the count {@link #limit}, e.g.
 * the votes cast must not exceed those present. When any of them is null there is nothing to check.
 * A violation is reported on the first part as "votes cast (800 + 4 + 8 = 812) exceed those present
 * (702)".
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(SumNotGreaterThan.List.class)
@Constraint(validatedBy = {}) // the validator is registered by the model's validator
public @interface SumNotGreaterThan {

  /** The components added up; the first is where a violation is reported. */
  String[] parts();

  /** The component the sum must not exceed. */
  String limit();

  /** What the sum is called in the message; by default the parts joined with " + ". */
  String label() default "";

  /** What the limit is called in the message; by default its component name. */
  String limitLabel() default "";

  /** Unused: the validator writes the message. */
  String message() default "sum exceeds its limit";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link SumNotGreaterThan} rules on one record. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The rules. */
    SumNotGreaterThan[] value();
  }
}
