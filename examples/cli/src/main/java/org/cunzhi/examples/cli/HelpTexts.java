package org.cunzhi.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.cunzhi.json.DossierReader;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The usage help in the run's language: picocli reads every description, heading and footer from
 * the resource bundle {@code help_zh.properties} or {@code help_en.properties} beside this class
 * (keys as picocli qualifies them: {@code ./cunzhi.evaluate.usage.description}, {@code
 * ./cunzhi.evaluate.standard} for an option, {@code usage.optionListHeading} for all).
 */
final class HelpTexts {
  private HelpTexts() {}

  /** Sets the bundle of {@code lang} on {@code cli} and all its commands. */
  static void apply(CommandLine cli, Lang lang) {
    cli.setResourceBundle(bundle(lang));
  }

  /**
   * The help bundle of {@code lang}, read as UTF-8 with no fallback to another language; the
   * reader's limits ({@code {default-max-depth}}, {@code {largest-max-depth}}...) filled in from
   * {@link DossierReader}, so that the help never states a stale number.
   */
  static ResourceBundle bundle(Lang lang) {
    String name = "help_" + lang.language().tag() + ".properties";
    try (InputStream in = HelpTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("help bundle " + name + " not found");
      }
      return new Filled(
          new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Map<String, Integer> LIMITS =
      Map.of(
          "{default-max-document-bytes}", DossierReader.DEFAULT_MAX_DOCUMENT_BYTES,
          "{largest-max-document-bytes}", DossierReader.LARGEST_MAX_DOCUMENT_BYTES,
          "{default-max-depth}", DossierReader.DEFAULT_MAX_DEPTH,
          "{largest-max-depth}", DossierReader.LARGEST_MAX_DEPTH,
          "{default-max-string-length}", DossierReader.DEFAULT_MAX_STRING_LENGTH,
          "{largest-max-string-length}", DossierReader.LARGEST_MAX_STRING_LENGTH,
          "{default-max-problems}", DossierReader.DEFAULT_MAX_PROBLEMS,
          "{largest-max-problems}", DossierReader.LARGEST_MAX_PROBLEMS,
          "{default-check-time-limit}", CheckTimeLimit.DEFAULT_MILLIS,
          "{largest-check-time-limit}", CheckTimeLimit.LARGEST_MILLIS);

  /** A bundle whose texts have the reader's limits filled in. */
  private static final class Filled extends ResourceBundle {
    private final ResourceBundle texts;

    Filled(ResourceBundle texts) {
      this.texts = texts;
    }

    @Override
    protected @Nullable Object handleGetObject(String key) {
      if (!texts.containsKey(key)) {
        return null;
      }
      String text = texts.getString(key);
      for (Map.Entry<String, Integer> limit : LIMITS.entrySet()) {
        text = text.replace(limit.getKey(), String.valueOf(limit.getValue()));
      }
      return text;
    }

    @Override
    public Enumeration<String> getKeys() {
      return texts.getKeys();
    }
  }
}
