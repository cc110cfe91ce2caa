package org.cunzhi.core.evaluation;

import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.ParameterValues;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;

/**
 * Evaluations for tests, each once it is known that {@link Evaluator#decide} decides what the
 * evaluation says: every test of an evaluation's verdict and outcomes tests the decision too.
 */
final class Decided {
  private Decided() {}

  /** {@code evaluator.evaluate(standard, dossier)}, checked against its decision. */
  static EvaluationResult evaluate(Evaluator evaluator, Standard standard, Dossier dossier) {
    EvaluationResult result = evaluator.evaluate(standard, dossier);
    Decision decided = evaluator.decide(standard, dossier);
    Decision evaluated = Decision.of(result);
    if (!decided.equals(evaluated)) {
      throw new AssertionError("decided " + decided + " where evaluated " + evaluated);
    }
    return result;
  }

  /** With assessments, which only a full evaluation weighs: as it is. */
  static EvaluationResult evaluate(
      Evaluator evaluator, Standard standard, Dossier dossier, Assessments assessments) {
    return evaluator.evaluate(standard, dossier, assessments);
  }

  /** One criterion: as it is. */
  static CriterionResult evaluate(
      Evaluator evaluator, Criterion criterion, Dossier dossier, ParameterValues values) {
    return evaluator.evaluate(criterion, dossier, values);
  }
}
