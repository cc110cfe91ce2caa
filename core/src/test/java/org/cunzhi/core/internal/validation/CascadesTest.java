package org.cunzhi.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.YearStatistics;
import org.junit.jupiter.api.Test;

/**
 * Where the model cascades ({@code @Valid}): into every component that holds a rule, however deep,
 * so that no rule goes unchecked; and into no other, since each record Bean Validation visits costs
 * time on every read (a dossier's meetings, activities and disclosures hold no rule).
 */
class CascadesTest {
  private final Map<Class<?>, Boolean> ruled = new HashMap<>();

  @Test
  void everyComponentHoldingARule_isCascaded_andNoOther() throws NoSuchFieldException {
    List<String> wrong = new ArrayList<>();
    for (Class<?> c : ModelValidator.modelClasses(Dossier.class)) {
      if (!c.isRecord()) {
        continue;
      }
      for (RecordComponent component : c.getRecordComponents()) {
        Field field = c.getDeclaredField(component.getName());
        String name = c.getSimpleName() + "." + component.getName();
        check(name, field.getType(), field.isAnnotationPresent(Valid.class), wrong);
        if (field.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized) {
          AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
          for (int i = 0; i < arguments.length; i++) {
            check(
                name + "<" + i + ">",
                raw(arguments[i].getType()),
                arguments[i].isAnnotationPresent(Valid.class),
                wrong);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void holdsRule_seesRulesOnTheRecordAndBelowIt_only() {
    assertThat(holdsRule(YearStatistics.class)).isTrue(); // @NotGreaterThan on itself
    assertThat(holdsRule(Dossier.class)).isTrue();
    assertThat(holdsRule(Meeting.class)).isFalse();
    assertThat(holdsRule(Unit.class)).isFalse();
  }

  private void check(String name, Class<?> type, boolean cascaded, List<String> wrong) {
    if (!type.getPackageName().equals(Dossier.class.getPackageName())) {
      if (cascaded) {
        wrong.add(name + " cascades into " + type.getSimpleName() + ", outside the model");
      }
      return;
    }
    boolean needed = holdsRule(type);
    if (needed && !cascaded) {
      wrong.add(name + " holds a rule (" + type.getSimpleName() + ") but is not @Valid");
    } else if (!needed && cascaded) {
      wrong.add(name + " is @Valid but " + type.getSimpleName() + " holds no rule");
    }
  }

  /**
   * Whether {@code type}, a model class, or anything it holds (components, their type arguments,
   * the permitted subclasses of a sealed interface) carries a constraint.
   */
  private boolean holdsRule(Class<?> type) {
    Boolean known = ruled.get(type);
    if (known != null) {
      return known;
    }
    ruled.put(type, false); // the model's types are acyclic; this only stops a loop if not
    boolean holds = hasConstraint(type.getAnnotations());
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        holds |= hasConstraint(component.getAnnotations());
        holds |= holdsRule(component.getGenericType());
      }
    }
    if (type.isSealed()) {
      for (Class<?> subclass : type.getPermittedSubclasses()) {
        holds |= holdsRule(subclass);
      }
    }
    ruled.put(type, holds);
    return holds;
  }

  private boolean holdsRule(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      boolean holds = false;
      for (Type argument : parameterized.getActualTypeArguments()) {
        holds |= holdsRule(argument);
      }
      return holds;
    }
    return type instanceof Class<?> c
        && c.getPackageName().equals(Dossier.class.getPackageName())
        && holdsRule(c);
  }

  /** Whether one of {@code annotations} is a constraint or a container of repeated ones. */
  private static boolean hasConstraint(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      Class<? extends Annotation> type = annotation.annotationType();
      if (type.isAnnotationPresent(Constraint.class)) {
        return true;
      }
      try {
        Method value = type.getMethod("value");
        if (value.getReturnType().isArray()
            && value.getReturnType().getComponentType().isAnnotationPresent(Constraint.class)) {
          return true;
        }
      } catch (NoSuchMethodException e) {
        // not a container
      }
    }
    return false;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return type instanceof Class<?> c ? c : Object.class;
  }
}
