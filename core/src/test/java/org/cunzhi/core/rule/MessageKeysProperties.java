package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.junit.jupiter.api.Test;

/**
 * A bundle finds each of its keys, whether the key asked for is the bundle's own string or an equal
 * one made at run time, and no other key: over generated key sets of a small alphabet (many keys
 * share a hash slot) and over every key of core's bundle.
 */
class MessageKeysProperties {

  @Provide
  Arbitrary<Set<String>> keySets() {
    return Arbitraries.strings()
        .withChars("ab.-")
        .ofMinLength(0)
        .ofMaxLength(6)
        .set()
        .ofMaxSize(60);
  }

  @Property(tries = 300)
  void everyKeyFound_equalCopyToo_otherKeysNot(
      @ForAll("keySets") Set<String> keys, @ForAll("keySets") Set<String> others) {
    Map<String, String> zh = new LinkedHashMap<>();
    Map<String, String> en = new LinkedHashMap<>();
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (String key : keys) {
      numbers.put(key, numbers.size());
      zh.put(key, "中" + numbers.size() + "{0}");
      en.put(key, "en" + numbers.size() + "{0}");
    }
    Messages bundle = Messages.of("/generated", zh, en);
    for (String key : keys) {
      String copy = new String(key.toCharArray()); // equal, never the same object
      assertThat(bundle.has(copy)).as(key).isTrue();
      Message message = bundle.text(copy, "x");
      int n = numbers.getOrDefault(key, -1) + 1;
      assertThat(message.in(Language.ZH)).isEqualTo("中" + n + "x");
      assertThat(message.in(Language.EN)).isEqualTo("en" + n + "x");
      assertThat(bundle.hasTemplate(copy, Language.ZH)).isTrue();
    }
    for (String other : others) {
      if (!keys.contains(other)) {
        assertThat(bundle.has(other)).as(other).isFalse();
        assertThat(bundle.hasTemplate(other, Language.EN)).isFalse();
        assertThatThrownBy(() -> bundle.text(other))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("has no key");
      }
    }
  }

  @Test
  void coreBundle_everyKeyFound_byItselfAndByACopy_aMissingOneRefused() {
    Messages core = Messages.core();
    for (String key : core.keys()) {
      assertThat(core.has(key)).as(key).isTrue();
      assertThat(core.has(new String(key.toCharArray()))).as(key).isTrue();
    }
    assertThat(core.has("no.such.key")).isFalse();
    assertThat(core.has("")).isFalse();
    assertThatThrownBy(() -> core.text("no.such.key")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void patternNotOfThePlainForm_hasNoTemplate_stillRendered() {
    Messages bundle =
        Messages.of(
            "/generated",
            Map.of("plain", "a {0}", "quoted", "'{'{0} b"),
            Map.of("plain", "a {0}", "quoted", "'{'{0} b"));
    assertThat(bundle.hasTemplate("plain", Language.ZH)).isTrue();
    assertThat(bundle.hasTemplate("quoted", Language.ZH)).isFalse();
    assertThat(bundle.text("quoted", "7").zh()).isEqualTo("{7 b");
    assertThat(bundle.text("plain", "7").en()).isEqualTo("a 7");
  }
}
