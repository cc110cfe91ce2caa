package org.cunzhi.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.json.DossierReader;
import org.cunzhi.spi.Assessor;

/** The bundled sample dossiers, evaluated as the command line evaluates them. */
final class Samples {
  static final Path DOSSIERS = Path.of("..", "examples", "dossiers");
  static final String TAIZI = "taizi-2025.json";
  static final String DONGYING = "dongying-2025-fails.json";
  static final String XIHE = "xihe-2025-inconclusive.json";
  static final List<String> ALL = List.of(TAIZI, DONGYING, XIHE);

  private static final Assessor ASSESSOR = Assessor.discover();
  private static final DossierReader READER = DossierReader.create();

  private Samples() {}

  static String json(String name) {
    try {
      return Files.readString(DOSSIERS.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample {@code name}, evaluated against the standard chosen for its unit. */
  static EvaluationResult result(String name) {
    return evaluate(json(name));
  }

  /** The sample {@code name}, evaluated against the standard {@code standardId}. */
  static EvaluationResult against(String standardId, String name) {
    return ASSESSOR.assessAgainst(standardId, READER.read(json(name)));
  }

  /** The dossier {@code json}, evaluated against the standard chosen for its unit. */
  static EvaluationResult evaluate(String json) {
    return ASSESSOR.assess(READER.read(json), Assessor.DEMONSTRATION);
  }
}
