package org.cunzhi.core.internal.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.MapMaker;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Collections;
import java.util.Comparator;
import java.util.Set;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.validation.EachNotGreaterThan;
import org.cunzhi.core.validation.NotBefore;
import org.cunzhi.core.validation.NotGreaterThan;
import org.cunzhi.core.validation.PresentExactlyWhen;
import org.cunzhi.core.validation.SumEquals;
import org.cunzhi.core.validation.SumNotGreaterThan;
import org.cunzhi.core.validation.Unique;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the model's cross-field rules (Jakarta Bean Validation, run by Hibernate Validator) and
 * reports every violation at once, each with a JSON Pointer relative to the object checked.
 *
 * <p>Thread-safe; uses no expression language, so it needs no EL implementation at run time.
 *
 * <p>Validation is done once per dossier: a model record found valid (the model's records are
 * immutable, so it stays valid) is remembered, by identity and weakly, so that a host that reads a
 * dossier with the JSON reader and then hands it to the assessor does not pay for Bean Validation
 * twice.
 */
public final class ModelValidator {
  private static final ModelValidator INSTANCE = new ModelValidator();

  private final Validator validator;

  /** Dossiers found valid, by identity, held weakly: an immutable dossier stays valid. */
  private final Set<Object> valid = Collections.newSetFromMap(new MapMaker().weakKeys().makeMap());

  private ModelValidator() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure();
    // The rules' annotations (org.cunzhi.core.validation) name no validator, so that the exported
    // package does not depend on this internal one; each is registered here.
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping
        .constraintDefinition(NotGreaterThan.class)
        .includeExistingValidators(false)
        .validatedBy(NotGreaterThanValidator.class);
    mapping
        .constraintDefinition(EachNotGreaterThan.class)
        .includeExistingValidators(false)
        .validatedBy(EachNotGreaterThanValidator.class);
    mapping
        .constraintDefinition(NotBefore.class)
        .includeExistingValidators(false)
        .validatedBy(NotBeforeValidator.class);
    mapping
        .constraintDefinition(PresentExactlyWhen.class)
        .includeExistingValidators(false)
        .validatedBy(PresentExactlyWhenValidator.class);
    mapping
        .constraintDefinition(SumEquals.class)
        .includeExistingValidators(false)
        .validatedBy(SumEqualsValidator.class);
    mapping
        .constraintDefinition(SumNotGreaterThan.class)
        .includeExistingValidators(false)
        .validatedBy(SumNotGreaterThanValidator.class);
    mapping
        .constraintDefinition(Unique.class)
        .includeExistingValidators(false)
        .validatedBy(UniqueValidator.class);
    ValidatorFactory factory =
        configuration
            .addMapping(mapping)
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /** The shared validator. */
  public static ModelValidator get() {
    return INSTANCE;
  }

  /** Every violation of the model's rules in {@code root}, ordered by pointer; empty when valid. */
  public ImmutableList<Violation> validate(Object root) {
    if (valid.contains(root)) {
      return ImmutableList.of();
    }
    ImmutableList<Violation> violations =
        validator.validate(root).stream()
            .map(ModelValidator::toViolation)
            .distinct()
            .sorted(Comparator.naturalOrder())
            .collect(ImmutableList.toImmutableList());
    if (violations.isEmpty() && root instanceof Record) {
      valid.add(root);
    }
    return violations;
  }

  /** Whether {@code root} was found valid before, so that validating it again costs nothing. */
  public boolean isKnownValid(Object root) {
    return valid.contains(root);
  }

  /** Throws {@link InvalidInputException} with every violation when {@code root} breaks a rule. */
  public <T> T requireValid(T root) {
    ImmutableList<Violation> violations = validate(root);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return root;
  }

  private static Violation toViolation(ConstraintViolation<Object> v) {
    return new Violation(pointer(v.getPropertyPath()), v.getMessage());
  }

  /** Turns a Bean Validation property path into a JSON Pointer. */
  static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        pointer.append(Violation.child("", String.valueOf(node.getKey())));
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        pointer.append(Violation.child("", name));
      }
    }
    return pointer.toString();
  }
}
