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
  private final ImmutableMap<String, Shape> fields;
  private final @Nullable Shape anyField;
  private final @Nullable Shape element;
  private final String name;

  private Shape(
      Kind kind,
      ImmutableMap<String, Shape> fields,
      @Nullable Shape anyField,
      @Nullable Shape element,
      String name) {
    this.kind = kind;
    this.fields = fields;
    this.anyField = anyField;
    this.element = element;
    this.name = name;
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

  /** The shape of the field {@code name} of an object; null when the field is unknown. */
  @Nullable Shape field(String name) {
    Shape known = fields.get(name);
    return known != null ? known : anyField;
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
