package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.function.Consumer;
import org.cunzhi.core.internal.text.LiteralSink;

/**
 * A text for people, in Chinese and English. Chinese is the default: reports are for Chinese
 * officials.
 *
 * <p>A text is either {@linkplain #of(String, String) literal} (both languages given) or a {@link
 * Message}: a key of a plugin's bundle with typed arguments, rendered only when a language is asked
 * for. Evaluation builds messages and never formats them; report writers render them once, in the
 * language requested.
 */
public sealed interface LocalizedText permits LocalizedText.Literal, Message {

  /** The Chinese text. */
  String zh();

  /** The English text. */
  String en();

  /** The text in {@code language}: English for English, Chinese otherwise. */
  default String in(Language language) {
    return language == Language.EN ? en() : zh();
  }

  /**
   * Gives the text in {@code language} to {@code out}, one piece after another: the pieces joined
   * are {@link #in(Language) in(language)}. A message gives its pattern's literal parts and each
   * argument's text as they come, so that a report writer copies them into its output without a
   * string of the whole being built.
   */
  default void render(Language language, Consumer<? super String> out) {
    if (this instanceof Message message) {
      message
          .bundle()
          .render(message.key(), language, message.args(), message.named(), requireNonNull(out));
    } else if (out instanceof LiteralSink literals) {
      literals.acceptLiteral(in(language)); // a literal text's strings are the same every time
    } else {
      out.accept(in(language));
    }
  }

  /** The text for {@code locale}: English when its language is English, Chinese otherwise. */
  default String in(Locale locale) {
    return in(Language.of(locale));
  }

  /** A literal text, both languages given. */
  static LocalizedText of(String zh, String en) {
    return new Literal(zh, en);
  }

  /**
   * A text given in both languages.
   *
   * @param zh the Chinese text
   * @param en the English text
   */
  record Literal(String zh, String en) implements LocalizedText {
    public Literal {
      requireNonNull(zh, "zh");
      requireNonNull(en, "en");
    }
  }

  /** The languages reports are written in. */
  enum Language {
    ZH,
    EN;

    /** English for an English locale, Chinese otherwise. */
    public static Language of(Locale locale) {
      return "en".equals(locale.getLanguage()) ? EN : ZH;
    }

    /** The language's tag: {@code zh} or {@code en}. */
    public String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
