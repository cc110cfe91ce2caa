package org.cunzhi.core.internal.validation;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ValidationException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a record's components by name, for the class-level constraints of this package.
 *
 * <p>A rule names its components once, as {@link Path}s, when its validator is initialized; a path
 * remembers the accessor it last used at each step, so that checking a rule on the next record of
 * the same class looks nothing up, and reads each component through a method handle rather than
 * reflection.
 */
final class RecordComponents {
  private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

  private static final ClassValue<ImmutableMap<String, Component>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected ImmutableMap<String, Component> computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          if (components == null) {
            return ImmutableMap.of();
          }
          ImmutableMap.Builder<String, Component> found = ImmutableMap.builder();
          for (RecordComponent component : components) {
            found.put(component.getName(), new Component(type, component));
          }
          return found.buildOrThrow();
        }
      };

  private RecordComponents() {}

  /** Whether {@code record} is a record with a component {@code name}. */
  static boolean has(Object record, String name) {
    return COMPONENTS.get(record.getClass()).containsKey(name);
  }

  /** The component {@code name} of the records of {@code type}. */
  static Component component(Class<?> type, String name) {
    Component component = COMPONENTS.get(type).get(name);
    if (component == null) {
      throw new ConstraintDeclarationException(
          type.getName() + " has no record component \"" + name + "\"");
    }
    return component;
  }

  /** The integer count at {@code path}; null when it is null. */
  static @Nullable Long count(Object record, Path path) {
    Object value = path.read(record);
    if (value == null) {
      return null;
    }
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue();
    }
    throw new ConstraintDeclarationException(
        record.getClass().getName() + "." + path + " is not an int or long count");
  }

  /** The date at {@code path}; null when the component is null. */
  static @Nullable LocalDate date(Object record, Path path) {
    Object value = path.read(record);
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    throw new ConstraintDeclarationException(
        record.getClass().getName() + "." + path + " is not a LocalDate");
  }

  /** The list at {@code path}; empty when the component is null. */
  static List<?> list(Object record, Path path) {
    Object value = path.read(record);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list;
    }
    throw new ConstraintDeclarationException(
        record.getClass().getName() + "." + path + " is not a List");
  }

  /** One component of one record class. */
  static final class Component {
    private final Class<?> type;
    private final String name;
    private final Method accessor;

    /** The accessor as a handle; null when this package may not unreflect it. */
    private final @Nullable MethodHandle handle;

    private Component(Class<?> type, RecordComponent component) {
      this.type = type;
      this.name = component.getName();
      this.accessor = component.getAccessor();
      MethodHandle h;
      try {
        h = MethodHandles.lookup().unreflect(accessor).asType(READ);
      } catch (IllegalAccessException e) {
        h = null; // read by reflection, which reports why it may not
      }
      this.handle = h;
    }

    /** The value of this component of {@code record}, a record of {@link #type}. */
    @Nullable Object read(Object record) {
      MethodHandle h = handle;
      if (h == null) {
        return reflectively(record);
      }
      try {
        return (Object) h.invokeExact(record);
      } catch (Throwable e) {
        throw new ValidationException("reading " + type.getName() + "." + name + " failed", e);
      }
    }

    private @Nullable Object reflectively(Object record) {
      try {
        return accessor.invoke(record);
      } catch (IllegalAccessException e) {
        throw new ConstraintDeclarationException("cannot read " + type.getName() + "." + name, e);
      } catch (InvocationTargetException e) {
        throw new ValidationException(
            "reading " + type.getName() + "." + name + " failed", e.getCause());
      }
    }
  }

  /**
   * Component names joined by dots, such as {@code unit.households}: read from a record, each step
   * from the value of the one before. Thread-safe: the accessor each step remembers is immutable,
   * and a step that sees another's, or none, looks its own up again.
   */
  static final class Path {
    private final String text;
    private final String[] names;
    private final @Nullable Component[] last;

    Path(String text) {
      this.text = text;
      this.names = Splitter.on('.').splitToList(text).toArray(new String[0]);
      this.last = new Component[names.length];
    }

    /** The first component's name. */
    String first() {
      return names[0];
    }

    /** The names after the first. */
    List<String> rest() {
      return List.of(names).subList(1, names.length);
    }

    /** The value at this path in {@code record}; null when a component on the way is null. */
    @Nullable Object read(Object record) {
      Object value = record;
      for (int i = 0; i < names.length; i++) {
        if (value == null) {
          return null;
        }
        value = step(i, value.getClass()).read(value);
      }
      return value;
    }

    private Component step(int i, Class<?> type) {
      Component c = last[i];
      if (c == null || c.type != type) {
        c = component(type, names[i]);
        last[i] = c;
      }
      return c;
    }

    /** The path as written in the rule. */
    @Override
    public String toString() {
      return text;
    }
  }
}
