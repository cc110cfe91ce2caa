package org.cunzhi.core.internal.validation;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads a record's components by name, for the class-level constraints of this package. */
final class RecordComponents {
  private static final ClassValue<ImmutableMap<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected ImmutableMap<String, Method> computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          if (components == null) {
            return ImmutableMap.of();
          }
          ImmutableMap.Builder<String, Method> accessors = ImmutableMap.builder();
          for (RecordComponent component : components) {
            accessors.put(component.getName(), component.getAccessor());
          }
          return accessors.buildOrThrow();
        }
      };

  private RecordComponents() {}

  /** The value of the component {@code name} of {@code record}. */
  static @Nullable Object value(Object record, String name) {
    Method accessor = ACCESSORS.get(record.getClass()).get(name);
    if (accessor == null) {
      throw new ConstraintDeclarationException(
          record.getClass().getName() + " has no record component \"" + name + "\"");
    }
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException e) {
      throw new ConstraintDeclarationException(
          "cannot read " + record.getClass().getName() + "." + name, e);
    } catch (InvocationTargetException e) {
      throw new ValidationException(
          "reading " + record.getClass().getName() + "." + name + " failed", e.getCause());
    }
  }

  /** Whether {@code record} is a record with a component {@code name}. */
  static boolean has(Object record, String name) {
    return ACCESSORS.get(record.getClass()).containsKey(name);
  }

  /**
   * The value at {@code path}, component names joined by dots such as {@code unit.households}; null
   * when a component on the way is null.
   */
  static @Nullable Object path(Object record, String path) {
    if (path.indexOf('.') < 0) {
      return value(record, path); // a component of the record itself, the usual case
    }
    Object value = record;
    for (String name : Splitter.on('.').split(path)) {
      if (value == null) {
        return null;
      }
      value = value(value, name);
    }
    return value;
  }

  /** The integer count at {@code path} (see {@link #path}); null when it is null. */
  static @Nullable Long count(Object record, String path) {
    Object value = path(record, path);
    if (value == null) {
      return null;
    }
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue();
    }
    throw new ConstraintDeclarationException(
        record.getClass().getName() + "." + path + " is not an int or long count");
  }

  /** The date {@code name} of {@code record}; null when the component is null. */
  static @Nullable LocalDate date(Object record, String name) {
    Object value = value(record, name);
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    throw new ConstraintDeclarationException(
        record.getClass().getName() + "." + name + " is not a LocalDate");
  }

  /** The list {@code name} of {@code record}; empty when the component is null. */
  static List<?> list(Object record, String name) {
    Object value = value(record, name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list;
    }
    throw new ConstraintDeclarationException(
        record.getClass().getName() + "." + name + " is not a List");
  }
}
