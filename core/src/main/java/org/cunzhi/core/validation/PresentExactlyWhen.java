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
 * On a record: the component {@link #field} must be given (non-null) when the component {@link
 * #property} is one of {@link #anyOf}, and absent (null) otherwise, e.g. an incident's {@code
 * gestationWeeks} only for the two abortion kinds. A violation is reported on {@code field} as
 * "required when kind is INDUCED_ABORTION" or "must be absent when kind is COLLECTIVE_PETITION";
 * the field's value is never quoted, since it may be health data (DOMAIN S-6).
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(PresentExactlyWhen.List.class)
@Constraint(validatedBy = {}) // the validator is registered by the model's validator
public @interface PresentExactlyWhen {

  /** The component that is required or forbidden, and where a violation is reported. */
  String field();

  /** The component whose value decides. */
  String property();

  /** The values of {@code property} (enum constant names) that require {@code field}. */
  String[] anyOf();

  /** Unused: the validator writes the message. */
  String message() default "present when it must be absent, or absent when required";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link PresentExactlyWhen} rules on one record. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /** The rules. */
    PresentExactlyWhen[] value();
  }
}
