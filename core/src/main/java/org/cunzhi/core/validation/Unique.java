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
 * On a record: no two elements of the list component {@link #list} have the same {@link #key}, a
 * component of each element (elements of a sealed interface are read by their runtime record type).
 * Every repeat after the first is reported on its key, e.g. {@code /years/2/year}, as "2024 appears
 * more than once in years (first at index 0)".
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(Unique.List.class)
@Constraint(validatedBy = {}) // the validator is registered by the model's validator
public @interface Unique {

  /** The list component. */
  String list();

  /** The component of each element that must not repeat. */
  String key();

  /** Unused: the validator writes the message. */
  String message() default "repeats an earlier element";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link Unique} rules on one record. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The rules. */
    Unique[] value();
  }
}
