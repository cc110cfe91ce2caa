package org.cunzhi.spi.tck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.ProviderContext;
import org.cunzhi.spi.StandardProvider;
import org.cunzhi.spi.StandardRegistry;

/** What the contracts share. */
final class Contracts {
  private Contracts() {}

  /** The provider's standards as it offers them. */
  static List<Standard> standards(StandardProvider provider) {
    List<Standard> standards = provider.standards(ProviderContext.current());
    assertNotNull(standards, "standards() returned null");
    return standards;
  }

  /** The provider's standards as a registry of it alone holds them; fails when it holds none. */
  static List<Standard> registered(StandardProvider provider) {
    StandardRegistry registry = StandardRegistry.of(List.of(provider));
    assertFalse(
        registry.standards().isEmpty(),
        () -> "the registry holds no standard of the provider; problems: " + registry.problems());
    return registry.standards();
  }

  /** The family of an id: its first word. */
  static String family(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }

  static List<String> fingerprints(List<Standard> standards) {
    return standards.stream().map(Standard::fingerprint).toList();
  }

  /** Fails listing every problem, one a line, when there is any. */
  static void assertNone(List<String> problems) {
    if (!problems.isEmpty()) {
      fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }
  }

  static void checkPresent(String value, String what, List<String> problems) {
    if (value.isBlank()) {
      problems.add(what + " is blank");
    }
  }

  static void checkText(LocalizedText text, String what, List<String> problems) {
    if (text.zh().isBlank()) {
      problems.add("Chinese " + what + " is blank");
    } else if (text.zh().codePoints().noneMatch(Contracts::isHan)) {
      problems.add("Chinese " + what + " has no Chinese character: \"" + text.zh() + "\"");
    }
    if (text.en().isBlank()) {
      problems.add("English " + what + " is blank");
    }
  }

  static void checkReference(LegalReference reference, String what, List<String> problems) {
    if (reference.instrument().isBlank()) {
      problems.add(what + " names no instrument");
    }
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
