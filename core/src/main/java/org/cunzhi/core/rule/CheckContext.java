package org.cunzhi.core.rule;

import java.util.Optional;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.InspectionFinding;

/**
 * What a check sees: the dossier, the parameter values in force, and the criterion it serves.
 * Reading a parameter through the context records it, so the result can show the values used. A
 * context serves one evaluation of one criterion and is confined to its thread.
 */
public interface CheckContext {

  /** The dossier under evaluation. */
  Dossier dossier();

  /** The dossier's assessment year. */
  default int assessmentYear() {
    return dossier().assessmentYear();
  }

  /** The value of {@code parameter} in force, recorded as read. */
  <T> T parameter(Parameter<T> parameter);

  /** The id of the criterion being evaluated. */
  String criterionId();

  /**
   * The inspectors' finding that applies to this criterion, as the evaluator decides it in one
   * place for every criterion (DOMAIN S-7): dated in the assessment year or later, naming this
   * criterion, which takes findings; a NOT_MET one whatever MET ones there are besides, else the
   * latest. The evaluator also applies it to the criterion's result, so a check reads it only to
   * settle a part that only an inspector can judge ({@link Checks#inspectorFinding}). A context
   * made outside the evaluator has none.
   */
  default Optional<InspectionFinding> inspectionFinding() {
    return Optional.empty();
  }

  /** Core's own report text (reasons and remedies the shared checks give). */
  Messages coreMessages();
}
