package org.cunzhi.spi.tck;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What differs between two values, as paths and the two values at each ({@code criteria[2].outcome:
 * PASS ≠ FAIL}), for failures that should show only that rather than two whole results. Records are
 * compared component by component, lists element by element, maps key by key, optionals by their
 * content; anything else by {@code equals}.
 */
final class Differences {
  /** The most differences listed; the rest are counted. */
  static final int MOST = 20;

  /** The longest value shown; longer ones are cut. */
  private static final int LONGEST = 160;

  private Differences() {}

  /** Each difference between {@code a} and {@code b}, one a line; empty when they are equal. */
  static List<String> between(@Nullable Object a, @Nullable Object b) {
    List<String> found = new ArrayList<>();
    walk("", a, b, found);
    return found;
  }

  /** The differences as a message: at most {@link #MOST} lines, then how many more there are. */
  static String describe(List<String> differences) {
    StringBuilder s = new StringBuilder();
    int shown = Math.min(MOST, differences.size());
    for (int i = 0; i < shown; i++) {
      s.append("\n    ").append(differences.get(i));
    }
    if (differences.size() > shown) {
      s.append("\n    … and ").append(differences.size() - shown).append(" more");
    }
    return s.toString();
  }

  private static void walk(
      String path, @Nullable Object a, @Nullable Object b, List<String> found) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (a == null || b == null) {
      leaf(path, a, b, found);
    } else if (a.getClass().isRecord() && a.getClass() == b.getClass()) {
      record(path, a, b, found);
    } else if (a instanceof List<?> x && b instanceof List<?> y) {
      for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
        walk(
            path + "[" + i + "]",
            i < x.size() ? x.get(i) : Absent.VALUE,
            i < y.size() ? y.get(i) : Absent.VALUE,
            found);
      }
    } else if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      Set<Object> keys = new LinkedHashSet<>(x.keySet());
      keys.addAll(y.keySet());
      for (Object k : keys) {
        walk(
            path + "[" + k + "]",
            x.containsKey(k) ? x.get(k) : Absent.VALUE,
            y.containsKey(k) ? y.get(k) : Absent.VALUE,
            found);
      }
    } else if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
      walk(
          path,
          x.isPresent() ? x.get() : Absent.VALUE,
          y.isPresent() ? y.get() : Absent.VALUE,
          found);
    } else {
      leaf(path, a, b, found);
    }
  }

  private static void record(String path, Object a, Object b, List<String> found) {
    RecordComponent[] components = a.getClass().getRecordComponents();
    int before = found.size();
    try {
      for (RecordComponent c : components) {
        String at = path.isEmpty() ? c.getName() : path + "." + c.getName();
        walk(at, c.getAccessor().invoke(a), c.getAccessor().invoke(b), found);
      }
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      // a record the kit cannot read (not public, or an accessor that throws): show it whole
      found.subList(before, found.size()).clear();
      leaf(path, a, b, found);
      return;
    }
    if (found.size() == before) {
      // equal components but not equal records (equals overridden): show them whole
      leaf(path, a, b, found);
    }
  }

  private static void leaf(
      String path, @Nullable Object a, @Nullable Object b, List<String> found) {
    found.add((path.isEmpty() ? "the value" : path) + ": " + shown(a) + " ≠ " + shown(b));
  }

  private static String shown(@Nullable Object value) {
    String s = String.valueOf(value);
    return s.length() <= LONGEST ? s : s.substring(0, LONGEST) + "…";
  }

  /** What stands for an element or key that one side lacks. */
  private enum Absent {
    VALUE;

    @Override
    public String toString() {
      return "(absent)";
    }
  }
}
