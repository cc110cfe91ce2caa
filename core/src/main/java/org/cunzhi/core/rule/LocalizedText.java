package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A text in Chinese and English. Chinese is the default: reports are for Chinese officials.
 *
 * @param zh the Chinese text
 * @param en the English text
 */
public record LocalizedText(String zh, String en) {
  public LocalizedText {
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
  }

  /** The text in {@code language}: English for English, Chinese otherwise. */
  public String in(Language language) {
    return language == Language.EN ? en : zh;
  }

  /** The text for {@code locale}: English when its language is English, Chinese otherwise. */
  public String in(Locale locale) {
    return in(Language.of(locale));
  }

  /** The languages reports are written in. */
  public enum Language {
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
