package org.cunzhi.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import org.cunzhi.core.rule.LegalReference;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;

/**
 * The result of one criterion for one dossier.
 *
 * @param id the criterion's id
 * @param title the criterion's title
 * @param outcome the outcome
 * @param veto whether the criterion carries a veto
 * @param vetoed whether its veto fired
 * @param reference where the criterion comes from
 * @param reasons why, in plain words
 * @param measures the figures used
 * @param remedies what would change a FAIL or INSUFFICIENT_EVIDENCE outcome
 * @param parameters the parameter values read, by key, in canonical text
 */
public record CriterionResult(
    String id,
    LocalizedText title,
    Outcome outcome,
    boolean veto,
    boolean vetoed,
    LegalReference reference,
    List<Reason> reasons,
    List<Measure> measures,
    List<Remedy> remedies,
    Map<String, String> parameters) {

  public CriterionResult {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(outcome, "outcome");
    requireNonNull(reference, "reference");
    reasons = ImmutableList.copyOf(reasons);
    measures = ImmutableList.copyOf(measures);
    remedies = ImmutableList.copyOf(remedies);
    parameters = ImmutableSortedMap.copyOf(parameters);
  }
}
