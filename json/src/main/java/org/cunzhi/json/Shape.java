package org.cunzhi.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What DOSSIER-v1 expects at one place of a document, as much as {@link TreeParser} needs to know
 * what to keep for the walk: what the walk never looks into (the value of an unknown field, an
 * object where a string belongs, a reporter's content) is checked as JSON and dropped, and the
 * elements of a streamed array are handed to the walk one at a time, so that a document's tree
 * never holds more than its sound parts.
 */
final class Shape {
  /** The kinds of place. */
  enum Kind {
    /** A string, number, boolean or null; anything else is kept only as its JSON type. */
    VALUE,
    /** An object with known fields, or any fields of one shape. */
    OBJECT,
    /** An array, every element kept. */
    ARRAY,
    /** An array whose elements the walk reads one by one as they are parsed. */
    STREAM,
    /** A value kept only as its JSON type and whether it is empty (a complaint's reporter). */
    REDACTED,
    /** Free-form JSON, kept as compact text (an extension). */
    FREE
  }

  static final Shape VALUE = new Shape(Kind.VALUE, ImmutableMap.of(), null, null, "");
  static final Shape REDACTED = new Shape(Kind.REDACTED, ImmutableMap.of(), null, null, "");
  static final Shape FREE = new Shape(Kind.FREE, ImmutableMap.of(), null, null, "");

  private final Kind kind;
  private final @Nullable Shape anyField;
  private final @Nullable Shape element;
  private final String name;

  /**
   * The known field names in an open-addressed table of a power of two slots, found by {@link
   * #slot} without computing a name's hash code (a parsed name is a new string each time), and the
   * shape of each.
   */
  private final @Nullable String[] names;

  private final @Nullable Shape[] shapes;

  private Shape(
      Kind kind,
      ImmutableMap<String, Shape> fields,
      @Nullable Shape anyField,
      @Nullable Shape element,
      String name) {
    this.kind = kind;
    this.anyField = anyField;
    this.element = element;
    this.name = name;
    int size = Integer.highestOneBit(Math.max(1, fields.size() * 3)) * 2;
    this.names = new String[fields.isEmpty() ? 0 : size];
    this.shapes = new Shape[names.length];
    fields.forEach(
        (field, shape) -> {
          int i = start(field) & (names.length - 1);
          while (names[i] != null) {
            i = (i + 1) & (names.length - 1);
          }
          names[i] = field;
          shapes[i] = shape;
        });
  }

  /** Where {@link #slot} starts looking for {@code field}: a few of its characters, not all. */
  private static int start(String field) {
    int n = field.length();
    return n == 0
        ? 0
        : 31 * n + 7 * field.charAt(0) + 131 * field.charAt(n / 2) + field.charAt(n - 1);
  }

  /** An object of the fields {@code names}, each a {@link #VALUE}. */
  static Shape object(Set<String> names) {
    return object(names, Map.of());
  }

  /**
   * An object of the fields {@code names}: those in {@code nested} of that shape, others values.
   */
  static Shape object(Set<String> names, Map<String, Shape> nested) {
    checkArgument(
        names.containsAll(nested.keySet()), "nested fields %s are not all in %s", nested, names);
    ImmutableMap.Builder<String, Shape> fields = ImmutableMap.builder();
    for (String name : names) {
      fields.put(name, nested.getOrDefault(name, VALUE));
    }
    return new Shape(Kind.OBJECT, fields.buildOrThrow(), null, null, "");
  }

  /** An object whose every field, whatever its name, has the shape {@code value}. */
  static Shape keyedBy(Shape value) {
    return new Shape(Kind.OBJECT, ImmutableMap.of(), value, null, "");
  }

  /** An array of {@code element}s, kept whole. */
  static Shape array(Shape element) {
    return new Shape(Kind.ARRAY, ImmutableMap.of(), null, element, "");
  }

  /** An array of {@code element}s that the walk reads as they come, with the reader it names. */
  static Shape stream(String name, Shape element) {
    return new Shape(Kind.STREAM, ImmutableMap.of(), null, element, name);
  }

  Kind kind() {
    return kind;
  }

  /**
   * The slot of {@code field} among the known field names of an object, for {@link #knownName} and
   * {@link #knownShape}; -1 when the field is unknown, and then its shape is {@link #anyField}.
   */
  int slot(String field) {
    if (names.length == 0) {
      return -1;
    }
    int mask = names.length - 1;
    for (int i = start(field) & mask; ; i = (i + 1) & mask) {
      String known = names[i];
      if (known == null) {
        return -1;
      }
      if (known.equals(field)) {
        return i;
      }
    }
  }

  /** The known field name in {@code slot}: equal to the name looked up, one instance for all. */
  String knownName(int slot) {
    return requireNonNull(names[slot]);
  }

  /** The shape of the known field in {@code slot}. */
  Shape knownShape(int slot) {
    return requireNonNull(shapes[slot]);
  }

  /** The shape of any field not known by name; null when such fields are unknown. */
  @Nullable Shape anyField() {
    return anyField;
  }

  /** The name of a stream's reader in the walk; empty for other shapes. */
  String name() {
    return name;
  }

  /** The shape of an array's elements. */
  Shape element() {
    return requireNonNull(element, "not an array shape");
  }
}
