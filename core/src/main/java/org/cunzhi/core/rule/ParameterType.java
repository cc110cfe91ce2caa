package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.function.Function;
import org.cunzhi.core.rate.Threshold;

/**
 * The type of a parameter's value: how it is read from text (tailoring files) and written
 * canonically (reports, fingerprints).
 *
 * @param <T> the value's Java type
 */
public final class ParameterType<T> {

  /** A whole number, written in decimal. */
  public static final ParameterType<Integer> INTEGER =
      new ParameterType<>("integer", Integer.class, ParameterType::parseInteger, String::valueOf);

  /** A whole number of at least 1 (a count of days, weeks or years), written in decimal. */
  public static final ParameterType<Integer> POSITIVE_INTEGER =
      new ParameterType<>(
          "positive-integer", Integer.class, ParameterType::parsePositive, String::valueOf);

  /** A threshold such as {@code >= 90%}. */
  public static final ParameterType<Threshold> THRESHOLD =
      new ParameterType<>("threshold", Threshold.class, Threshold::parse, Threshold::toString);

  /** A cadence such as {@code QUARTERLY}. */
  public static final ParameterType<Cadence> CADENCE = enumType("cadence", Cadence.class);

  private final String name;
  private final Class<T> javaType;
  private final Function<String, T> parser;
  private final Function<T, String> formatter;

  private ParameterType(
      String name, Class<T> javaType, Function<String, T> parser, Function<T, String> formatter) {
    this.name = requireNonNull(name, "name");
    this.javaType = requireNonNull(javaType, "javaType");
    this.parser = requireNonNull(parser, "parser");
    this.formatter = requireNonNull(formatter, "formatter");
  }

  /** A type whose values are the constants of {@code type}, written by name. */
  public static <E extends Enum<E>> ParameterType<E> enumType(String name, Class<E> type) {
    return new ParameterType<>(
        name,
        type,
        text -> {
          try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "\""
                    + text
                    + "\" is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()),
                e);
          }
        },
        Enum::name);
  }

  /** The type's name, e.g. {@code integer}. */
  public String name() {
    return name;
  }

  /** The Java type of its values. */
  public Class<T> javaType() {
    return javaType;
  }

  /**
   * Reads a value from text.
   *
   * @throws IllegalArgumentException naming the text when it is not a value of this type
   */
  public T parse(String text) {
    return parser.apply(text);
  }

  /** Writes a value canonically: {@code parse(format(v))} equals {@code v}. */
  public String format(T value) {
    return formatter.apply(value);
  }

  /** Writes a value known to be of this type. */
  public String formatUnchecked(Object value) {
    return format(javaType.cast(value));
  }

  @Override
  public String toString() {
    return name;
  }

  private static Integer parsePositive(String text) {
    Integer value = parseInteger(text);
    if (value < 1) {
      throw new IllegalArgumentException("\"" + text + "\" is not a whole number of at least 1");
    }
    return value;
  }

  private static Integer parseInteger(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a whole number", e);
    }
  }
}
