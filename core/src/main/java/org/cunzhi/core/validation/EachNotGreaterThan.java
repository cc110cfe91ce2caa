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
 * On a record: in each element of the list component {@link #list}, the count at {@link #field}
 * must not exceed the record's count at {@link #limit}. Paths are component names joined by dots,
 * e.g. on a dossier {@code list = "instruments", field = "adoption.householdsRepresented", limit =
 * "unit.households"}. An element whose runtime type lacks the path's first component (a contract
 * among charters) is skipped, as is a null on either side. A violation is reported at the field
 * inside the element, e.g. {@code /instruments/0/adoption/householdsRepresented}, as "413 exceeds
 * unit.households (412)".
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(EachNotGreaterThan.List.class)
@Constraint(validatedBy = {}) // the validator is registered by the model's validator
public @interface EachNotGreaterThan {

  /** The list component. */
  String list();

  /** The path, within each element, to the count checked. */
  String field();

  /** The path, within the annotated record, to the count it must not exceed. */
  String limit();

  /** Unused: the validator writes the message. */
  String message() default "exceeds its limit";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link EachNotGreaterThan} rules on one record. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The rules. */
    EachNotGreaterThan[] value();
  }
}
