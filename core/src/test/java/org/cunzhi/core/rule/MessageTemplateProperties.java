package org.cunzhi.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.junit.jupiter.api.Test;

/**
 * Patterns parsed once into templates write exactly what filling the named parameters and then
 * MessageFormat write, for every pattern of core's bundle and for generated patterns of quotes,
 * braces, digits and names; a pattern MessageFormat rejects is still rejected.
 */
class MessageTemplateProperties {
  private static final Map<String, Object> NAMED =
      Map.of(
          "awareness-rate",
          org.cunzhi.core.rate.Threshold.atLeastPercent(95),
          "x",
          "it's {1}",
          "e",
          "");

  /** Arguments with quotes and braces in them, which must come out as they are. */
  private static List<Object> args(int count) {
    List<Object> args = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      args.add(i % 3 == 0 ? "a" + i : i % 3 == 1 ? "'q" + i + "'" : "{" + i + "}");
    }
    return args;
  }

  @Test
  void coreBundle_sameTextAsMessageFormat_everyKeyBothLanguages() {
    Messages core = Messages.core();
    int templated = 0;
    for (String key : core.keys()) {
      for (Language language : Language.values()) {
        for (int n : new int[] {0, 3, 9}) {
          assertThat(core.render(key, language, args(n), NAMED))
              .as("%s in %s with %s arguments", key, language, n)
              .isEqualTo(core.formatted(key, language, args(n), NAMED));
        }
        templated += core.hasTemplate(key, language) ? 1 : 0;
      }
    }
    // every pattern of core's own bundle is of the plain form, so none needs MessageFormat
    assertThat(templated).isEqualTo(core.keys().size() * 2);
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.of(
            "a",
            "'",
            "''",
            "{",
            "}",
            "0",
            "1",
            "{0}",
            "{1}",
            "{x}",
            "{awareness-rate}",
            "{0,number}",
            "-",
            " ",
            ",",
            "x",
            "是")
        .list()
        .ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 2000)
  void generatedPattern_sameTextOrSameRejection(
      @ForAll("patterns") String pattern, @ForAll Language language) {
    Messages bundle = Messages.of("/generated", Map.of("k", pattern), Map.of("k", pattern));
    for (int n : new int[] {0, 2}) {
      assertThat(outcome(() -> bundle.render("k", language, args(n), new TreeMap<>(NAMED))))
          .as("pattern %s with %s arguments", pattern, n)
          .isEqualTo(outcome(() -> bundle.formatted("k", language, args(n), new TreeMap<>(NAMED))));
    }
  }

  /**
   * The pieces a message gives one by one ({@link LocalizedText#render}), joined, are its text: for
   * empty, nested, list, number and literal arguments, in any pattern, templated or not.
   */
  @Property(tries = 1000)
  void render_piecesJoined_areTheText(
      @ForAll("patterns") String pattern, @ForAll Language language) {
    Messages bundle =
        Messages.of(
            "/generated", Map.of("k", pattern, "n", "<{0}>"), Map.of("k", pattern, "n", "<{0}>"));
    List<Object> args =
        List.of("", bundle.text("n", "x"), List.of("", "b", bundle.text("n", "")), 7, "\n\"");
    Message message = new Message(bundle, "k", args).withNamed(NAMED);
    assertThat(outcome(() -> pieces(message, language)))
        .as("pattern %s", pattern)
        .isEqualTo(outcome(() -> message.in(language)));
  }

  @Test
  void render_literal_givesItsTextInOnePiece() {
    List<String> pieces = new ArrayList<>();
    LocalizedText.of("中文", "English").render(Language.EN, pieces::add);
    assertThat(pieces).containsExactly("English");
  }

  private static String pieces(LocalizedText text, Language language) {
    StringBuilder joined = new StringBuilder();
    text.render(language, joined::append);
    return joined.toString();
  }

  private static String outcome(java.util.function.Supplier<String> render) {
    try {
      return "text: " + render.get();
    } catch (IllegalArgumentException e) {
      return "rejected: " + e.getClass().getName();
    }
  }
}
