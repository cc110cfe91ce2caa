package org.cunzhi.core.internal.validation;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.validation.EachNotGreaterThan;
import org.cunzhi.core.validation.NotBefore;
import org.cunzhi.core.validation.NotGreaterThan;
import org.cunzhi.core.validation.PresentExactlyWhen;
import org.cunzhi.core.validation.SumEquals;
import org.cunzhi.core.validation.SumNotGreaterThan;
import org.cunzhi.core.validation.Unique;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
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

  /**
   * The validator of the dossier's classes, whose metadata Hibernate Validator builds once at start
   * ("predefined scope"), so that validating looks none of it up in its concurrent caches.
   */
  private final Validator validator;

  /** The classes {@link #validator} knows. */
  private final ImmutableSet<Class<?>> scope;

  /** A validator of any other class, built when first needed. */
  private final Supplier<Validator> anyValidator;

  /** Records found valid, by identity, held weakly: an immutable record stays valid. */
  private final KnownValid valid = new KnownValid();

  private ModelValidator() {
    Set<Class<?>> scope = modelClasses(Dossier.class);
    this.scope = ImmutableSet.copyOf(scope);
    this.validator =
        configured(Validation.byProvider(PredefinedScopeHibernateValidator.class).configure())
            .builtinConstraints(Set.of()) // the model uses none of the built-in constraints
            .initializeBeanMetaData(scope)
            .buildValidatorFactory()
            .getValidator();
    this.anyValidator =
        Suppliers.memoize(
            () ->
                configured(Validation.byProvider(HibernateValidator.class).configure())
                    .buildValidatorFactory()
                    .getValidator());
  }

  /** A configuration with the model's rules registered and no expression language. */
  private static <C extends BaseHibernateValidatorConfiguration<C>> C configured(C configuration) {
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
    return configuration
        .addMapping(mapping)
        .messageInterpolator(new ParameterMessageInterpolator())
        // The model is immutable records, never lazily loaded entities: every property can be read
        // and cascaded into. Said here, Hibernate Validator neither probes the class path for
        // Jakarta Persistence (whose resolver it would use, and ask about each property, if a host
        // carried it) nor caches the answers of one validation.
        .traversableResolver(new EveryPropertyTraversable())
        .enableTraversableResolverResultCache(false);
  }

  /** Says every property may be validated and cascaded into. */
  private static final class EveryPropertyTraversable implements TraversableResolver {
    @Override
    public boolean isReachable(
        Object traversableObject,
        Path.Node traversableProperty,
        Class<?> rootBeanType,
        Path pathToTraversableObject,
        ElementType elementType) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object traversableObject,
        Path.Node traversableProperty,
        Class<?> rootBeanType,
        Path pathToTraversableObject,
        ElementType elementType) {
      return true;
    }
  }

  /**
   * {@code root} and every model class reachable from it through record components, the type
   * arguments of their lists, sets and maps, and the permitted subclasses of sealed interfaces.
   */
  static Set<Class<?>> modelClasses(Class<?> root) {
    Set<Class<?>> found = new LinkedHashSet<>();
    Deque<Type> pending = new ArrayDeque<>(List.of(root));
    while (!pending.isEmpty()) {
      Type type = pending.pop();
      if (type instanceof ParameterizedType parameterized) {
        pending.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
        pending.push(parameterized.getRawType());
      } else if (type instanceof Class<?> c
          && c.getPackageName().equals(Dossier.class.getPackageName())
          && found.add(c)) {
        if (c.isRecord()) {
          for (RecordComponent component : c.getRecordComponents()) {
            pending.push(component.getGenericType());
          }
        }
        if (c.isSealed()) {
          pending.addAll(Arrays.asList(c.getPermittedSubclasses()));
        }
      }
    }
    return found;
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
    Set<ConstraintViolation<Object>> found =
        (scope.contains(root.getClass()) ? validator : anyValidator.get()).validate(root);
    if (found.isEmpty()) {
      if (root instanceof Record) {
        valid.add(root);
      }
      return ImmutableList.of();
    }
    return found.stream()
        .map(ModelValidator::toViolation)
        .distinct()
        .sorted(Comparator.naturalOrder())
        .collect(ImmutableList.toImmutableList());
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
