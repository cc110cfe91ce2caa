package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.cunzhi.core.rate.Threshold;

/**
 * The type of a parameter's value: how it is read from text (tailoring files) and written
 * canonically (reports, fingerprints), and how two values are ordered, so that a {@link Parameter}
 * can declare a range and which direction is stricter.
 *
 * <p>The orders: whole numbers by value; thresholds by their percentage, among thresholds of the
 * same {@linkplain org.cunzhi.core.rate.Comparison comparison} only ({@code >= 90%} and {@code <=
 * 90%} are of different kinds and never compare); a cadence by how often it asks, {@code YEARLY}
 * least and {@code MONTHLY} greatest; other enumerations by declaration order.
 *
 * @param <T> the value's Java type
 */
public final class ParameterType<T> {

  /** A whole number, written in decimal. */
  public static final ParameterType<Integer> INTEGER =
      new ParameterType<>(
          "integer",
          Integer.class,
          ParameterType::parseInteger,
          String::valueOf,
          Comparator.naturalOrder(),
          v -> "",
          v -> Integer.MIN_VALUE,
          v -> Integer.MAX_VALUE);

  /** A whole number of at least 1 (a count of days, weeks or years), written in decimal. */
  public static final ParameterType<Integer> POSITIVE_INTEGER =
      new ParameterType<>(
          "positive-integer",
          Integer.class,
          ParameterType::parsePositive,
          String::valueOf,
          Comparator.naturalOrder(),
          v -> "",
          v -> 1,
          v -> Integer.MAX_VALUE);

  /**
   * A threshold such as {@code >= 90%}. Its own bounds are 0% and 100% (or the value itself, when
   * above 100%), with the value's comparison.
   */
  public static final ParameterType<Threshold> THRESHOLD =
      new ParameterType<>(
          "threshold",
          Threshold.class,
          Threshold::parse,
          Percents::threshold, // the text of Threshold::toString, faster
          ParameterType::compareThresholds,
          t -> t.comparison().symbol(),
          t -> new Threshold(t.comparison(), 0, 1),
          t -> {
            Threshold all = new Threshold(t.comparison(), 1, 1);
            return compareThresholds(t, all) > 0 ? t : all;
          });

  /**
   * A cadence such as {@code QUARTERLY}, ordered by how often it asks: {@code YEARLY} < {@code
   * HALF_YEARLY} < {@code QUARTERLY} < {@code MONTHLY}. A parameter for which more often is
   * stricter declares {@link Parameter.Strictness#HIGHER}.
   */
  public static final ParameterType<Cadence> CADENCE =
      new ParameterType<>(
          "cadence",
          Cadence.class,
          enumParser(Cadence.class),
          Enum::name,
          Comparator.comparingInt(Cadence::periodsPerYear),
          c -> "",
          c -> Cadence.YEARLY,
          c -> Cadence.MONTHLY);

  private final String name;
  private final Class<T> javaType;
  private final Function<String, T> parser;
  private final Function<T, String> formatter;
  private final Comparator<T> order;
  private final Function<T, String> kind;
  private final UnaryOperator<T> least;
  private final UnaryOperator<T> greatest;

  private ParameterType(
      String name,
      Class<T> javaType,
      Function<String, T> parser,
      Function<T, String> formatter,
      Comparator<T> order,
      Function<T, String> kind,
      UnaryOperator<T> least,
      UnaryOperator<T> greatest) {
    this.name = requireNonNull(name, "name");
    this.javaType = requireNonNull(javaType, "javaType");
    this.parser = requireNonNull(parser, "parser");
    this.formatter = requireNonNull(formatter, "formatter");
    this.order = requireNonNull(order, "order");
    this.kind = requireNonNull(kind, "kind");
    this.least = requireNonNull(least, "least");
    this.greatest = requireNonNull(greatest, "greatest");
  }

  /** A type whose values are the constants of {@code type}, written by name, in declared order. */
  public static <E extends Enum<E>> ParameterType<E> enumType(String name, Class<E> type) {
    E[] constants = type.getEnumConstants();
    return new ParameterType<>(
        name,
        type,
        enumParser(type),
        Enum::name,
        Comparator.naturalOrder(),
        e -> "",
        e -> constants[0],
        e -> constants[constants.length - 1]);
  }

  private static <E extends Enum<E>> Function<String, E> enumParser(Class<E> type) {
    return text -> {
      try {
        return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "\"" + text + "\" is not one of " + Arrays.toString(type.getEnumConstants()), e);
      }
    };
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

  /** Orders two values of the same kind (see {@link #isSameKind}). */
  int compare(T a, T b) {
    return order.compare(a, b);
  }

  /** Whether {@code a} and {@code b} can be ordered: thresholds of one comparison; all others. */
  boolean isSameKind(T a, T b) {
    return kind.apply(a).equals(kind.apply(b));
  }

  /** The kind of {@code value} in words, e.g. {@code >=}; empty when the type has one kind. */
  String kindOf(T value) {
    return kind.apply(value);
  }

  /** The least value of this type of the same kind as {@code like}. */
  T least(T like) {
    return least.apply(like);
  }

  /** The greatest value of this type of the same kind as {@code like}. */
  T greatest(T like) {
    return greatest.apply(like);
  }

  private static int compareThresholds(Threshold a, Threshold b) {
    return BigInteger.valueOf(a.numerator())
        .multiply(BigInteger.valueOf(b.denominator()))
        .compareTo(BigInteger.valueOf(b.numerator()).multiply(BigInteger.valueOf(a.denominator())));
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
