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

  /** The inspector's finding on this criterion, if the dossier has one. */
  default Optional<InspectionFinding> inspectionFinding() {
    return dossier().inspection().stream()
        .filter(f -> f.criterion().equals(criterionId()))
        .reduce((first, later) -> later.date().isBefore(first.date()) ? first : later);
  }

  /** Core's own report text (reasons and remedies the shared checks give). */
  Messages coreMessages();
}
