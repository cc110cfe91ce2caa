package org.cunzhi.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOMAIN S-6: a reporter keeps only whether one was named, and has no way to take more. */
class ReporterTest {

  @Test
  void named_isNamedAndPrintsRedacted() {
    assertThat(Reporter.named().isNamed()).isTrue();
    assertThat(Reporter.named()).hasToString("Reporter[redacted]");
  }

  @Test
  void anonymous_isNotNamedAndPrintsNone() {
    assertThat(Reporter.anonymous().isNamed()).isFalse();
    assertThat(Reporter.anonymous()).hasToString("Reporter[none]");
  }

  @Test
  void methods_exceptToString_returnNoText() {
    List<Method> textual =
        Arrays.stream(Reporter.class.getDeclaredMethods())
            .filter(m -> !m.isSynthetic() && !m.getName().equals("toString"))
            .filter(
                m ->
                    CharSequence.class.isAssignableFrom(m.getReturnType())
                        || m.getReturnType() == Object.class
                        || m.getReturnType() == char[].class
                        || m.getReturnType() == byte[].class)
            .toList();
    assertThat(textual).isEmpty();
    assertThat(Reporter.class.getDeclaredMethods()).isNotEmpty();
  }

  @Test
  void fields_holdOnlyTheNamedFlag() {
    List<Field> instanceFields =
        Arrays.stream(Reporter.class.getDeclaredFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers()))
            .toList();
    assertThat(instanceFields)
        .singleElement()
        .satisfies(f -> assertThat(f.getType()).isEqualTo(boolean.class));
  }

  @Test
  void api_acceptsNoArgumentThatCouldCarryAnIdentity() {
    for (Method m : Reporter.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
        assertThat(m.getParameterCount()).as(m.toString()).isZero();
      }
    }
    for (Constructor<?> c : Reporter.class.getDeclaredConstructors()) {
      assertThat(Modifier.isPrivate(c.getModifiers())).as(c.toString()).isTrue();
    }
    assertThat(Modifier.isFinal(Reporter.class.getModifiers())).isTrue();
  }
}
