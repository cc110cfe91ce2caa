package org.cunzhi.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Optional;

/**
 * Values set for parameters, by key, overriding their defaults. Immutable.
 *
 * @param values the values set, by parameter key
 */
public record ParameterValues(Map<String, Object> values) {

  private static final ParameterValues NONE = new ParameterValues(ImmutableMap.of());

  public ParameterValues {
    values = ImmutableSortedMap.copyOf(values);
  }

  /** No values set: every parameter has its default. */
  public static ParameterValues none() {
    return NONE;
  }

  /** The value of {@code parameter}: the one set, or its default. */
  public <T> T get(Parameter<T> parameter) {
    Object value = values.get(parameter.key());
    return value == null ? parameter.defaultValue() : parameter.type().javaType().cast(value);
  }

  /** The value set for {@code key}, if any. */
  public Optional<Object> setValue(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /**
   * These values with {@code parameter} set to {@code value}.
   *
   * @throws IllegalArgumentException when the value is not of the parameter's type or outside its
   *     declared range ({@link Parameter#checkValue}), naming the key
   */
  public <T> ParameterValues with(Parameter<T> parameter, T value) {
    Optional<String> wrong = parameter.checkValue(value);
    checkArgument(wrong.isEmpty(), "%s", wrong.orElse(""));
    ImmutableSortedMap.Builder<String, Object> b = ImmutableSortedMap.naturalOrder();
    values.forEach(
        (k, v) -> {
          if (!k.equals(parameter.key())) {
            b.put(k, v);
          }
        });
    b.put(parameter.key(), value);
    return new ParameterValues(b.build());
  }

  /** These values overridden by {@code other} where both set a key. */
  public ParameterValues overriddenBy(ParameterValues other) {
    ImmutableSortedMap.Builder<String, Object> b = ImmutableSortedMap.naturalOrder();
    values.forEach(
        (k, v) -> {
          if (!other.values.containsKey(k)) {
            b.put(k, v);
          }
        });
    b.putAll(other.values);
    return new ParameterValues(b.build());
  }
}
