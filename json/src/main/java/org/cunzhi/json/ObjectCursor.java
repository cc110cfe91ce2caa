package org.cunzhi.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cunzhi.core.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object of a dossier being read. Each typed read returns the value, or records a
 * violation at the field's pointer and returns a stand-in (for required fields) or null. A caller
 * builds its record only when {@link #isSound()}: no violation was recorded since the cursor was
 * made, for this object or anything read inside it.
 */
final class ObjectCursor {
  /** Whether a field may be absent, and whether it may be {@code null}. */
  enum Presence {
    REQUIRED(true, false),
    REQUIRED_OR_NULL(true, true),
    OPTIONAL(false, false),
    OPTIONAL_OR_NULL(false, true);

    final boolean required;
    final boolean nullable;

    Presence(boolean required, boolean nullable) {
      this.required = required;
      this.nullable = nullable;
    }
  }

  static final String DATE = "a date in the form yyyy-MM-dd";
  static final String BOOLEAN = "true or false";
  static final String TEXT = "a string";
  static final String NON_EMPTY_TEXT = "a non-empty string";
  static final String OBJECT = "an object";
  static final String ARRAY = "an array";

  private final DossierWalk walk;
  private final ObjectNode node;
  private final String pointer;
  private final int mark;

  ObjectCursor(DossierWalk walk, ObjectNode node, String pointer) {
    this.walk = walk;
    this.node = node;
    this.pointer = pointer;
    this.mark = walk.violationCount();
  }

  /** Where this object sits in the document. */
  String pointer() {
    return pointer;
  }

  /** The pointer of {@code field} inside this object. */
  String pointer(String field) {
    return Violation.child(pointer, field);
  }

  /** Whether nothing was found wrong in this object since the cursor was made. */
  boolean isSound() {
    return walk.violationCount() == mark && walk.soundBeforehand(pointer);
  }

  /** Whether the object has {@code field}, even as {@code null}. */
  boolean has(String field) {
    return node.has(field);
  }

  /** The object's field names, in document order. */
  Iterator<String> fieldNames() {
    return node.fieldNames();
  }

  /** The raw value of {@code field}, or null when absent. */
  @Nullable JsonNode raw(String field) {
    return node.get(field);
  }

  /** Records an unknown-field violation for every field not in {@code known}. */
  void allowOnly(Collection<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        walk.violation(
            pointer(name), () -> "unknown field — expected only " + String.join(", ", known));
      }
    }
  }

  /**
   * The value of {@code field} when present and not null; otherwise null, after recording a
   * violation if {@code presence} forbids that.
   */
  @Nullable JsonNode take(String field, Presence presence, String expected) {
    return take(field, presence, () -> expected);
  }

  /** As {@link #take(String, Presence, String)}, building what was expected only if needed. */
  @Nullable JsonNode take(String field, Presence presence, Supplier<String> expected) {
    JsonNode value = node.get(field);
    if (value == TreeParser.BAD_STRING) {
      return null; // reported by the parser, and the object is already unsound
    }
    if (value == null) {
      if (presence.required) {
        walk.violation(
            pointer(field), () -> "required field is missing — expected " + expected.get());
      }
      return null;
    }
    if (value instanceof NullNode) { // a type test: cheaper than a call on any kind of node
      if (!presence.nullable) {
        walk.violation(
            pointer(field), () -> "null is not allowed here — expected " + expected.get());
      }
      return null;
    }
    return value;
  }

  /** A required integer in {@code [min, max]}; 0 when it is missing or wrong. */
  int integer(String field, int min, int max) {
    Integer value = integer(field, Presence.REQUIRED, min, max);
    return value == null ? 0 : value;
  }

  /** A required count: an integer from 0 to {@link Integer#MAX_VALUE}; 0 when wrong. */
  int count(String field) {
    return integer(field, 0, Integer.MAX_VALUE);
  }

  /** An integer in {@code [min, max]}, or null when absent, null, or wrong. */
  @Nullable Integer integer(String field, Presence presence, int min, int max) {
    BigInteger value = integral(field, presence, min, max);
    return value == null ? null : value.intValueExact();
  }

  /** A long integer in {@code [min, max]}, or null when absent, null, or wrong. */
  @Nullable Long longInteger(String field, Presence presence, long min, long max) {
    BigInteger value = integral(field, presence, min, max);
    return value == null ? null : value.longValueExact();
  }

  private @Nullable BigInteger integral(String field, Presence presence, long min, long max) {
    Supplier<String> expected = () -> "an integer from " + min + " to " + max;
    JsonNode value = take(field, presence, expected);
    if (value == null) {
      return null;
    }
    String at = pointer(field);
    if (!value.isNumber()) {
      walk.violation(at, () -> wrongType(value, expected.get()));
      return null;
    }
    if (!value.isIntegralNumber()) {
      walk.violation(
          at, () -> "not an integer (" + JsonValues.show(value) + ") — expected " + expected.get());
      return null;
    }
    if (value.canConvertToLong()) {
      long number = value.longValue();
      if (number < min || number > max) {
        walk.violation(
            at, () -> "out of range (" + JsonValues.show(value) + ") — expected " + expected.get());
        return null;
      }
      return BigInteger.valueOf(number);
    }
    walk.violation(
        at, () -> "out of range (" + JsonValues.show(value) + ") — expected " + expected.get());
    return null;
  }

  /** A required boolean; false when missing or wrong. */
  boolean bool(String field) {
    Boolean value = bool(field, Presence.REQUIRED);
    return value != null && value;
  }

  /** A boolean, or null when absent, null, or wrong. */
  @Nullable Boolean bool(String field, Presence presence) {
    JsonNode value = take(field, presence, BOOLEAN);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      walk.violation(pointer(field), () -> wrongType(value, BOOLEAN));
      return null;
    }
    return value.booleanValue();
  }

  /** A required string, non-empty when {@code nonEmpty}; empty when missing or wrong. */
  String text(String field, boolean nonEmpty) {
    String value = text(field, Presence.REQUIRED, nonEmpty);
    return value == null ? "" : value;
  }

  /** A string, or null when absent, null, or wrong. */
  @Nullable String text(String field, Presence presence, boolean nonEmpty) {
    String expected = nonEmpty ? NON_EMPTY_TEXT : TEXT;
    JsonNode value = take(field, presence, expected);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      walk.violation(pointer(field), () -> wrongType(value, expected));
      return null;
    }
    if (nonEmpty && value.textValue().isEmpty()) {
      walk.violation(pointer(field), () -> "empty string (\"\") — expected " + expected);
      return null;
    }
    return value.textValue();
  }

  /** A required date; {@link LocalDate#EPOCH} when missing or wrong. */
  LocalDate date(String field) {
    LocalDate value = date(field, Presence.REQUIRED);
    return value == null ? LocalDate.EPOCH : value;
  }

  /** A date, or null when absent, null, or wrong. */
  @Nullable LocalDate date(String field, Presence presence) {
    JsonNode value = take(field, presence, DATE);
    return value == null ? null : walk.date(value, pointer(field));
  }

  /** A required enum constant; the first constant when missing or wrong. */
  <E extends Enum<E>> E constant(String field, Class<E> type) {
    E value = constant(field, Presence.REQUIRED, type);
    return value == null ? type.getEnumConstants()[0] : value;
  }

  /** An enum constant named exactly, or null when absent, null, or wrong. */
  <E extends Enum<E>> @Nullable E constant(String field, Presence presence, Class<E> type) {
    JsonNode value = take(field, presence, () -> oneOf(type));
    return value == null ? null : walk.constant(value, pointer(field), type);
  }

  /** A nested object, or null when absent, null, or not an object. */
  @Nullable ObjectCursor object(String field, Presence presence) {
    JsonNode value = take(field, presence, OBJECT);
    return value == null ? null : walk.object(value, pointer(field));
  }

  /** A nested array, or null when absent, null, or not an array. */
  @Nullable ArrayNode array(String field, Presence presence) {
    JsonNode value = take(field, presence, ARRAY);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      walk.violation(pointer(field), () -> wrongType(value, ARRAY));
      return null;
    }
    return (ArrayNode) value;
  }

  /** The message for a value of the wrong JSON type. */
  static String wrongType(JsonNode value, String expected) {
    return "wrong type (" + JsonValues.show(value) + ") — expected " + expected;
  }

  /** "one of A, B, C" for an enum. */
  static String oneOf(Class<? extends Enum<?>> type) {
    return ONE_OF.get(type);
  }

  private static final ClassValue<String> ONE_OF =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          return "one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(c -> ((Enum<?>) c).name())
                  .collect(Collectors.joining(", "));
        }
      };

  /**
   * Parses an ISO-8601 calendar date in exactly the form yyyy-MM-dd, or returns null. Without an
   * exception for a bad date: a document may hold a great many.
   */
  /** Whether {@code text} is {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}: checked by hand, for speed. */
  private static boolean dateShaped(String text) {
    if (text.length() != 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static @Nullable LocalDate parseDate(String text) {
    if (!dateShaped(text)) {
      return null;
    }
    int year = Integer.parseInt(text, 0, 4, 10);
    int month = Integer.parseInt(text, 5, 7, 10);
    int day = Integer.parseInt(text, 8, 10, 10);
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }
}
