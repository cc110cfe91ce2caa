package org.cunzhi.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A named, typed value a standard's rules read: a threshold, a window, a deadline (DOMAIN S-5).
 * Every value the source text leaves open is a parameter, so a county can tailor it without code.
 *
 * @param <T> the value's Java type
 * @param key a stable key, lower-case words joined by hyphens, e.g. {@code complaint-days}
 * @param type the value's type
 * @param defaultValue the value when not tailored
 * @param unit the unit of the value, e.g. {@code days}, {@code %}, {@code weeks}; empty when none
 * @param source the rule the value comes from
 * @param description what the value means, in both languages
 */
public record Parameter<T>(
    String key,
    ParameterType<T> type,
    T defaultValue,
    String unit,
    LegalReference source,
    LocalizedText description) {

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
  }

  /** The canonical text of {@code value}. */
  public String format(T value) {
    return type.format(value);
  }
}
