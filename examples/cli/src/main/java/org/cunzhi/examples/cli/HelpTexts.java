package org.cunzhi.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
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

  /** The help bundle of {@code lang}, read as UTF-8 with no fallback to another language. */
  static ResourceBundle bundle(Lang lang) {
    String name = "help_" + lang.language().tag() + ".properties";
    try (InputStream in = HelpTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("help bundle " + name + " not found");
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
