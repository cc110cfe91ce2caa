package org.cunzhi.core.rule;

import java.util.Comparator;
import java.util.Optional;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
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
   * The inspectors' finding on this criterion, if the dossier has one. A NOT_MET finding fails its
   * criterion (DOSSIER-v1), so any NOT_MET finding is the one that counts, whatever MET findings
   * there are besides; among findings of the same kind the latest counts, and on the same day the
   * note that sorts first, so that the order of the dossier's list never changes the outcome.
   */
  default Optional<InspectionFinding> inspectionFinding() {
    return dossier().inspection().stream()
        .filter(f -> f.criterion().equals(criterionId()))
        .max(
            Comparator.comparing((InspectionFinding f) -> f.finding() == Finding.NOT_MET)
                .thenComparing(InspectionFinding::date)
                .thenComparing(InspectionFinding::note, Comparator.reverseOrder()));
  }

  /** Core's own report text (reasons and remedies the shared checks give). */
  Messages coreMessages();
}
