package org.cunzhi.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.jspecify.annotations.Nullable;

/**
 * The language of everything the command line prints: Chinese (the default: reports are for Chinese
 * officials) or English. {@code --lang} decides, wherever it stands; without it, the locale the
 * environment names ({@code LC_ALL}, else {@code LC_MESSAGES}, else {@code LANG}, as POSIX orders
 * them): English for an English locale, Chinese for any other or none.
 */
enum Lang {
  ZH,
  EN;

  /** The environment variables that name the locale, the first set one deciding. */
  static final List<String> LOCALE_VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

  Language language() {
    return this == EN ? Language.EN : Language.ZH;
  }

  /** The locale of this language, for picocli's resource bundles. */
  Locale locale() {
    return this == EN ? Locale.ENGLISH : Locale.CHINESE;
  }

  /** {@code zh} or {@code en}, in any case; empty for anything else. */
  static Optional<Lang> parse(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "zh" -> Optional.of(ZH);
      case "en" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }

  /**
   * The language asked for by the last {@code --lang} in {@code args} (before a {@code --} that
   * ends the options), else by the locale in {@code environment}. A value that is neither zh nor en
   * is left to the parser to refuse, in the language the locale gives.
   */
  static Lang of(String[] args, Map<String, String> environment) {
    @Nullable String option = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals("--lang") && i + 1 < args.length) {
        option = args[++i];
      } else if (arg.startsWith("--lang=")) {
        option = arg.substring("--lang=".length());
      }
    }
    Optional<Lang> asked = option == null ? Optional.empty() : parse(option);
    return asked.orElseGet(() -> ofLocale(environment));
  }

  /** English when the environment's locale is English, Chinese otherwise. */
  static Lang ofLocale(Map<String, String> environment) {
    for (String variable : LOCALE_VARIABLES) {
      String locale = environment.get(variable);
      if (locale != null && !locale.isEmpty()) {
        return locale.toLowerCase(Locale.ROOT).matches("en([_.@-].*)?") ? EN : ZH;
      }
    }
    return ZH;
  }
}
