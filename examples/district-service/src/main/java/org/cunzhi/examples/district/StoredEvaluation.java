package org.cunzhi.examples.district;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.UnitKind;
import org.jspecify.annotations.Nullable;

/**
 * One stored evaluation, without its report: what lists and rankings show.
 *
 * @param id the evaluation's id
 * @param unitCode the unit's division code
 * @param unitName the unit's name
 * @param kind village or community
 * @param township the unit's township, when the dossier gave it
 * @param assessmentYear the year assessed
 * @param standardId the standard's id
 * @param standardVersion the standard's version
 * @param fingerprint the standard's fingerprint
 * @param verdict the verdict
 * @param vetoed whether a veto fired
 * @param score the exact score, an interval where evidence is missing, for a points standard
 * @param grade the grade code as the report JSON writes it ({@code DEMONSTRATION}, {@code
 *     NOT_QUALIFIED}, {@code INCONCLUSIVE}), for a points standard
 * @param gradeTitle the awarded grade's title, in Chinese; null when none is awarded
 * @param lowestGrade the id of the worst grade the evidence allows; null for none
 * @param highestGrade the id of the best grade the evidence allows; null for none
 * @param passed criteria that passed
 * @param failed criteria that failed
 * @param undecided criteria without enough evidence, or that errored
 * @param evaluatedAt when it was evaluated and stored
 */
public record StoredEvaluation(
    long id,
    String unitCode,
    String unitName,
    UnitKind kind,
    @Nullable String township,
    int assessmentYear,
    String standardId,
    String standardVersion,
    String fingerprint,
    Verdict verdict,
    boolean vetoed,
    @Nullable Span score,
    @Nullable String grade,
    @Nullable String gradeTitle,
    @Nullable String lowestGrade,
    @Nullable String highestGrade,
    int passed,
    int failed,
    int undecided,
    OffsetDateTime evaluatedAt) {

  public StoredEvaluation {
    requireNonNull(unitCode, "unitCode");
    requireNonNull(unitName, "unitName");
    requireNonNull(kind, "kind");
    requireNonNull(standardId, "standardId");
    requireNonNull(standardVersion, "standardVersion");
    requireNonNull(fingerprint, "fingerprint");
    requireNonNull(verdict, "verdict");
    requireNonNull(evaluatedAt, "evaluatedAt");
  }
}
