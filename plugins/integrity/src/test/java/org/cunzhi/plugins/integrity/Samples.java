package org.cunzhi.plugins.integrity;

import java.nio.file.Path;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.json.DossierReader;

/** The example dossiers of examples/dossiers, read as an outsider reads them, and evaluation. */
final class Samples {
  private Samples() {}

  static final Standard STANDARD = FiveGoodsVillage.standard();

  private static final Path DOSSIERS = Path.of("..", "..", "examples", "dossiers");

  static Dossier taizi() {
    return read("taizi-2025.json");
  }

  static Dossier dongying() {
    return read("dongying-2025-fails.json");
  }

  static Dossier xihe() {
    return read("xihe-2025-inconclusive.json");
  }

  static Dossier read(String file) {
    return DossierReader.create().read(DOSSIERS.resolve(file));
  }

  static EvaluationResult evaluate(Dossier d) {
    return Evaluator.create().evaluate(STANDARD, d);
  }

  /** Criterion {@code id} of {@code d}'s evaluation. */
  static CriterionResult criterion(String id, Dossier d) {
    return evaluate(d).criterion(id).orElseThrow();
  }
}
