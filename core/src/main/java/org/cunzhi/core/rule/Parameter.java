package org.cunzhi.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A named, typed value a standard's rules read: a threshold, a window, a deadline (DOMAIN S-5).
 * Every value the source text leaves open is a parameter, so a county can tailor it without code.
 *
 * <p>A parameter declares the values a tailoring may set, from {@code least} to {@code greatest} in
 * its type's order (see {@link ParameterType}), and which direction is {@linkplain Strictness
 * stricter} (DOMAIN D-ADM-5): a standard that sets a value looser than its base's is never chosen
 * automatically. Every value in the range must be one the standard's checks can evaluate without
 * throwing. A threshold's comparison is part of its declaration: the range's ends carry it, so a
 * tailoring cannot turn {@code >= 90%} into {@code <= 90%}.
 *
 * @param <T> the value's Java type
 * @param key a stable key, lower-case words joined by hyphens, e.g. {@code complaint-days}
 * @param type the value's type
 * @param defaultValue the value when not tailored, inside the range
 * @param unit the unit of the value, e.g. {@code days}, {@code %}, {@code weeks}; empty when none
 * @param source the rule the value comes from
 * @param description what the value means, in both languages
 * @param least the least value a tailoring may set
 * @param greatest the greatest value a tailoring may set
 * @param stricter which direction is stricter
 */
public record Parameter<T>(
    String key,
    ParameterType<T> type,
    T defaultValue,
    String unit,
    LegalReference source,
    LocalizedText description,
    T least,
    T greatest,
    Strictness stricter) {

  /**
   * Which direction of a parameter's values is stricter, in its type's order.
   *
   * <p>For an at-least threshold ({@code >= 90%}) a higher percentage is stricter: {@link #HIGHER}.
   * For an at-most threshold ({@code <= 5%}) a lower percentage is stricter: {@link #LOWER}. Days
   * allowed to investigate a complaint: fewer is stricter, {@link #LOWER}; days of public notice:
   * more is stricter, {@link #HIGHER}; a disclosure cadence: more often is stricter, {@link
   * #HIGHER}.
   */
  public enum Strictness {
    /** A greater value is stricter. */
    HIGHER,
    /** A lesser value is stricter. */
    LOWER,
    /** No direction is stricter: no value is looser than another. */
    NEITHER
  }

  public Parameter {
    requireNonNull(key, "key");
    checkArgument(
        key.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"),
        "parameter key must be lower-case words joined by hyphens, was \"%s\"",
        key);
    requireNonNull(type, "type");
    requireNonNull(defaultValue, "defaultValue");
    checkArgument(
        type.javaType().isInstance(defaultValue),
        "default of parameter %s is not a %s",
        key,
        type.name());
    checkArgument(
        type.parse(type.format(defaultValue)).equals(defaultValue),
        "default of parameter %s (%s) is not a valid %s",
        key,
        defaultValue,
        type.name());
    requireNonNull(unit, "unit");
    requireNonNull(source, "source");
    requireNonNull(description, "description");
    requireNonNull(least, "least");
    requireNonNull(greatest, "greatest");
    requireNonNull(stricter, "stricter");
    for (T end : List.of(least, greatest)) {
      checkArgument(
          type.javaType().isInstance(end), "range of parameter %s is not of %s", key, type.name());
      checkArgument(
          type.isSameKind(end, defaultValue),
          "range of parameter %s (%s) is not of the same kind as its default %s",
          key,
          type.format(end),
          type.format(defaultValue));
      checkArgument(
          type.compare(end, type.least(defaultValue)) >= 0
              && type.compare(end, type.greatest(defaultValue)) <= 0,
          "range of parameter %s reaches %s, outside what a %s can be",
          key,
          type.format(end),
          type.name());
    }
    checkArgument(
        type.compare(least, greatest) <= 0,
        "range of parameter %s is empty: %s is above %s",
        key,
        type.format(least),
        type.format(greatest));
    checkArgument(
        type.compare(least, defaultValue) <= 0 && type.compare(defaultValue, greatest) <= 0,
        "default of parameter %s (%s) is outside its range %s to %s",
        key,
        type.format(defaultValue),
        type.format(least),
        type.format(greatest));
  }

  /**
   * A parameter whose range is everything its type allows (of the default's kind) and for which no
   * direction is stricter; {@link #withRange} and {@link #withStricter} declare them.
   */
  public Parameter(
      String key,
      ParameterType<T> type,
      T defaultValue,
      String unit,
      LegalReference source,
      LocalizedText description) {
    this(
        key,
        type,
        defaultValue,
        unit,
        source,
        description,
        type.least(requireNonNull(defaultValue, "defaultValue")),
        type.greatest(defaultValue),
        Strictness.NEITHER);
  }

  /**
   * This parameter allowing the values from {@code least} to {@code greatest}, both included.
   *
   * @throws IllegalArgumentException when the range is empty, leaves out the default, or is not of
   *     the default's kind (a threshold's comparison)
   */
  public Parameter<T> withRange(T least, T greatest) {
    return new Parameter<>(
        key, type, defaultValue, unit, source, description, least, greatest, stricter);
  }

  /** This parameter with {@code direction} stricter. */
  public Parameter<T> withStricter(Strictness direction) {
    return new Parameter<>(
        key, type, defaultValue, unit, source, description, least, greatest, direction);
  }

  /** The canonical text of {@code value}. */
  public String format(T value) {
    return type.format(value);
  }

  /**
   * The least and greatest values a tailoring may set, in that order (one value when they are
   * equal): the values a conformance test tries.
   */
  public List<T> boundaryValues() {
    return least.equals(greatest) ? ImmutableList.of(least) : ImmutableList.of(least, greatest);
  }

  /**
   * What is wrong with {@code value} for this parameter, in one sentence naming the key, the value
   * and the range allowed (without a closing full stop); empty when the value is allowed.
   */
  public Optional<String> checkValue(T value) {
    requireNonNull(value, "value");
    if (!type.javaType().isInstance(value)) {
      return Optional.of(
          key + " must be a " + type.name() + ", was a " + value.getClass().getSimpleName());
    }
    String text = type.format(value);
    try {
      type.parse(text);
    } catch (IllegalArgumentException e) {
      return Optional.of(key + " must be " + rangeText() + ", was " + text);
    }
    if (!type.isSameKind(value, defaultValue)) {
      return Optional.of(
          key
              + " must be compared with "
              + type.kindOf(defaultValue)
              + " as its standard declares, was "
              + text
              + "; allowed: "
              + rangeText());
    }
    if (type.compare(value, least) < 0 || type.compare(value, greatest) > 0) {
      return Optional.of(key + " must be " + rangeText() + ", was " + text);
    }
    return Optional.empty();
  }

  /**
   * Whether {@code value} is looser than {@code reference} in the declared direction: lower when
   * {@link Strictness#HIGHER} is stricter, higher when {@link Strictness#LOWER} is. An equal value
   * is not looser; with {@link Strictness#NEITHER} no value is. Values that cannot be ordered (a
   * threshold of another comparison) count as looser, since nothing shows them to be as strict.
   */
  public boolean isLooser(T value, T reference) {
    requireNonNull(value, "value");
    requireNonNull(reference, "reference");
    if (stricter == Strictness.NEITHER) {
      return false;
    }
    if (!type.isSameKind(value, reference)) {
      return true;
    }
    int order = type.compare(value, reference);
    return stricter == Strictness.HIGHER ? order < 0 : order > 0;
  }

  /**
   * The range in words, as messages give it: {@code from 1 to 10 years}, {@code from >= 0% to >=
   * 100%}, {@code == 100%}, {@code one of YEARLY, HALF_YEARLY, QUARTERLY, MONTHLY}.
   */
  public String rangeText() {
    if (type.javaType().isEnum()) {
      return "one of "
          + Arrays.stream(type.javaType().getEnumConstants())
              .filter(c -> type.compare(c, least) >= 0 && type.compare(c, greatest) <= 0)
              .sorted(type::compare)
              .map(type::format)
              .collect(Collectors.joining(", "));
    }
    String suffix = unit.isEmpty() || unit.equals("%") ? "" : " " + unit;
    if (least.equals(greatest)) {
      return type.format(least) + suffix;
    }
    return "from " + type.format(least) + " to " + type.format(greatest) + suffix;
  }
}
