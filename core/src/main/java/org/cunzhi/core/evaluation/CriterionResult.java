package org.cunzhi.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.internal.collect.Lists;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Missed;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.jspecify.annotations.Nullable;

/**
 * The result of one criterion for one dossier.
 *
 * @param id the criterion's id
 * @param title the criterion's title
 * @param outcome the outcome
 * @param carriesVeto whether the criterion carries a veto part (DOMAIN S-3)
 * @param vetoed whether its veto fired
 * @param reference where the criterion comes from
 * @param reasons why, in plain words
 * @param measures the figures used
 * @param remedies what would change a FAIL or INSUFFICIENT_EVIDENCE outcome, or regain the points a
 *     scored PASS fell short of
 * @param parameters the parameter values read, by key, in canonical text
 * @param points how the criterion counts towards a points score; null under a pass/fail standard
 * @param missed the periods or items a procedure missed, in order (CLI-v1 {@code "missed"}); empty
 *     when none
 */
public record CriterionResult(
    String id,
    LocalizedText title,
    Outcome outcome,
    boolean carriesVeto,
    boolean vetoed,
    LegalReference reference,
    List<Reason> reasons,
    List<Measure> measures,
    List<Remedy> remedies,
    Map<String, String> parameters,
    @Nullable CriterionPoints points,
    List<Missed> missed) {

  public CriterionResult {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(outcome, "outcome");
    requireNonNull(reference, "reference");
    reasons = Lists.immutable(reasons);
    measures = Lists.immutable(measures);
    remedies = Lists.immutable(remedies);
    parameters = ImmutableSortedMap.copyOf(parameters);
    missed = Lists.immutable(missed);
    if (!remedies.isEmpty() && (outcome == Outcome.NOT_APPLICABLE || outcome == Outcome.ERROR)) {
      throw new IllegalArgumentException(
          "only a FAIL, INSUFFICIENT_EVIDENCE or a PASS short of its points carries remedies, was "
              + outcome);
    }
  }

  /** A result with no missed period. */
  public CriterionResult(
      String id,
      LocalizedText title,
      Outcome outcome,
      boolean carriesVeto,
      boolean vetoed,
      LegalReference reference,
      List<Reason> reasons,
      List<Measure> measures,
      List<Remedy> remedies,
      Map<String, String> parameters,
      @Nullable CriterionPoints points) {
    this(
        id,
        title,
        outcome,
        carriesVeto,
        vetoed,
        reference,
        reasons,
        measures,
        remedies,
        parameters,
        points,
        ImmutableList.of());
  }

  /** A result without points, as a pass/fail standard gives. */
  public CriterionResult(
      String id,
      LocalizedText title,
      Outcome outcome,
      boolean carriesVeto,
      boolean vetoed,
      LegalReference reference,
      List<Reason> reasons,
      List<Measure> measures,
      List<Remedy> remedies,
      Map<String, String> parameters) {
    this(
        id,
        title,
        outcome,
        carriesVeto,
        vetoed,
        reference,
        reasons,
        measures,
        remedies,
        parameters,
        null);
  }

  /** This result with {@code values} as its missed periods. */
  public CriterionResult withMissed(List<Missed> values) {
    return new CriterionResult(
        id,
        title,
        outcome,
        carriesVeto,
        vetoed,
        reference,
        reasons,
        measures,
        remedies,
        parameters,
        points,
        values);
  }

  /** This result with {@code value} as its points. */
  public CriterionResult withPoints(CriterionPoints value) {
    return new CriterionResult(
        id,
        title,
        outcome,
        carriesVeto,
        vetoed,
        reference,
        reasons,
        measures,
        remedies,
        parameters,
        requireNonNull(value, "points"),
        missed);
  }
}
