package org.cunzhi.examples.district;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation's reports, written once when it is evaluated and stored beside it: the
 * cunzhi.report/v1 JSON and the report module's A4 HTML, each in Chinese (the default, as the
 * command line's) and in English.
 *
 * @param json the JSON in Chinese
 * @param html the HTML in Chinese
 * @param jsonEn the JSON in English
 * @param htmlEn the HTML in English
 */
public record Reports(String json, String html, String jsonEn, String htmlEn) {
  public Reports {
    requireNonNull(json, "json");
    requireNonNull(html, "html");
    requireNonNull(jsonEn, "jsonEn");
    requireNonNull(htmlEn, "htmlEn");
  }

  /** The JSON or HTML report in {@code language}. */
  public String of(boolean asHtml, Language language) {
    if (language == Language.EN) {
      return asHtml ? htmlEn : jsonEn;
    }
    return asHtml ? html : json;
  }

  /**
   * The language a request names with {@code ?lang=}: {@code zh} (or none) for Chinese, {@code en}
   * for English, in any case.
   *
   * @throws BadLanguageException for anything else
   */
  public static Language language(@Nullable String lang) {
    if (lang == null || lang.isBlank()) {
      return Language.ZH;
    }
    return switch (lang.strip().toLowerCase(Locale.ROOT)) {
      case "zh" -> Language.ZH;
      case "en" -> Language.EN;
      default -> throw new BadLanguageException(lang);
    };
  }

  /** A {@code ?lang=} that is neither {@code zh} nor {@code en}. */
  static final class BadLanguageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadLanguageException(String lang) {
      super("the report language must be zh or en, was \"" + lang + "\"");
    }
  }
}
