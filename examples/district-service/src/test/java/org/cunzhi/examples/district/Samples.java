package org.cunzhi.examples.district;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReportWriter;
import org.cunzhi.spi.Assessor;

/** The repository's sample dossiers, read where they are (tests run in the project's folder). */
final class Samples {
  static final Path DIR = Path.of("..", "dossiers");
  static final String TAIZI = "taizi-2025.json";
  static final String DONGYING = "dongying-2025-fails.json";
  static final String XIHE = "xihe-2025-inconclusive.json";
  static final String NANTUO = "nantuo-2025-invalid.json";

  private Samples() {}

  static Path path(String name) {
    return DIR.resolve(name);
  }

  static String text(String name) {
    try {
      return Files.readString(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The report JSON the library itself writes for the sample, as `./cunzhi evaluate --format json`
   * does.
   */
  static String libraryReport(String name) {
    return libraryReport(name, Language.ZH);
  }

  /** The report JSON the library writes for the sample in {@code language}. */
  static String libraryReport(String name, Language language) {
    return ReportWriter.create(language)
        .write(Assessor.discover().assess(DossierReader.create().read(path(name))));
  }
}
