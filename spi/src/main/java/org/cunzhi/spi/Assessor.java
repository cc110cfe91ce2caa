package org.cunzhi.spi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.internal.validation.ModelValidator;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.standard.Standard;

/**
 * The library in one object, for embedders: a registry of standards and core's evaluator. It checks
 * each dossier against the model's rules before evaluating it. Immutable and thread-safe.
 */
public final class Assessor {
  private final StandardRegistry registry;
  private final Evaluator evaluator;

  private Assessor(StandardRegistry registry) {
    this.registry = requireNonNull(registry, "registry");
    // every installed standard's criteria, so inspection findings are sorted out as S-7 says
    this.evaluator = Evaluator.create().withInstalledCriteria(registry.criterionIds());
  }

  /** An assessor over the standards of the plugins {@link StandardRegistry#discover()} finds. */
  public static Assessor discover() {
    return new Assessor(StandardRegistry.discover());
  }

  /** An assessor over {@code registry}. */
  public static Assessor of(StandardRegistry registry) {
    return new Assessor(registry);
  }

  /** The registry it draws standards from. */
  public StandardRegistry registry() {
    return registry;
  }

  /**
   * Evaluates {@code dossier} against the standard {@code standardId}.
   *
   * @throws org.cunzhi.core.InvalidInputException with every violation, when the dossier breaks the
   *     model's rules
   * @throws org.cunzhi.core.UnknownStandardException when no plugin offers the standard
   */
  public EvaluationResult evaluate(String standardId, Dossier dossier) {
    Standard standard = registry.get(standardId);
    return evaluator.evaluate(standard, ModelValidator.get().requireValid(dossier));
  }

  /**
   * Evaluates {@code dossier} against the standard of {@code purpose} that prevails for its unit on
   * the last day of its assessment year (D-ADM-4).
   *
   * @throws org.cunzhi.core.InvalidInputException with every violation, when the dossier breaks the
   *     model's rules
   * @throws NoApplicableStandardException when no standard of that purpose applies
   */
  public EvaluationResult evaluate(Dossier dossier, String purpose) {
    ModelValidator.get().requireValid(dossier);
    Standard standard =
        registry
            .select(dossier.unit(), LocalDate.of(dossier.assessmentYear(), 12, 31), purpose)
            .require();
    return evaluator.evaluate(standard, dossier);
  }

  @Override
  public String toString() {
    return "Assessor[" + registry + "]";
  }
}
