package org.cunzhi.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Ruling;
import org.jspecify.annotations.Nullable;

/**
 * What an evaluation decides, without its explanation ({@link Evaluator#decide}): the verdict, each
 * criterion's outcome in the standard's order, whether a veto fired, and for a points standard the
 * grade. It equals {@code Decision.of(evaluator.evaluate(standard, dossier))} for every dossier.
 * Immutable.
 */
public final class Decision {
  private final String standardId;
  private final Verdict verdict;
  private final boolean vetoed;
  private final List<String> criterionIds;
  private final Ruling[] rulings;
  private final @Nullable String gradeCode;

  Decision(
      String standardId,
      Verdict verdict,
      boolean vetoed,
      List<String> criterionIds,
      Ruling[] rulings,
      @Nullable String gradeCode) {
    this.standardId = standardId;
    this.verdict = verdict;
    this.vetoed = vetoed;
    this.criterionIds = criterionIds;
    this.rulings = rulings;
    this.gradeCode = gradeCode;
  }

  /** What {@code result} decides: its verdict, its criteria's outcomes and vetoes, its grade. */
  public static Decision of(EvaluationResult result) {
    requireNonNull(result, "result");
    List<CriterionResult> criteria = result.criteria();
    ImmutableList.Builder<String> ids = ImmutableList.builderWithExpectedSize(criteria.size());
    Ruling[] rulings = new Ruling[criteria.size()];
    for (int i = 0; i < rulings.length; i++) {
      CriterionResult c = criteria.get(i);
      ids.add(c.id());
      rulings[i] = Ruling.of(c.outcome(), c.vetoed());
    }
    ScoreCard card = result.scoreCard();
    return new Decision(
        result.standardId(),
        result.verdict(),
        result.vetoed(),
        ids.build(),
        rulings,
        card == null ? null : card.gradeCode());
  }

  /** The id of the standard decided against. */
  public String standardId() {
    return standardId;
  }

  /** The verdict (DOMAIN S-4). */
  public Verdict verdict() {
    return verdict;
  }

  /** Whether a veto fired (DOMAIN S-3). */
  public boolean vetoed() {
    return vetoed;
  }

  /** The ids of the standard's criteria, its base's first, in order. */
  public List<String> criterionIds() {
    return criterionIds;
  }

  /** Each criterion's outcome, in the order of {@link #criterionIds()}. */
  public List<Outcome> outcomes() {
    ImmutableList.Builder<Outcome> b = ImmutableList.builderWithExpectedSize(rulings.length);
    for (Ruling r : rulings) {
      b.add(r.outcome());
    }
    return b.build();
  }

  /**
   * Each criterion's outcome with whether its veto fired, in the order of {@link #criterionIds()}.
   */
  public List<Ruling> rulings() {
    return ImmutableList.copyOf(rulings);
  }

  /** The outcome of the criterion {@code id}, if the standard has it. */
  public Optional<Outcome> outcome(String id) {
    int i = criterionIds.indexOf(id);
    return i < 0 ? Optional.empty() : Optional.of(rulings[i].outcome());
  }

  /**
   * For a points standard, the grade as the report JSON writes it ({@link ScoreCard#gradeCode()}:
   * {@code DEMONSTRATION}, {@code NOT_QUALIFIED}, {@code INCONCLUSIVE}); empty for a pass/fail
   * standard.
   */
  public Optional<String> gradeCode() {
    return Optional.ofNullable(gradeCode);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Decision d
        && standardId.equals(d.standardId)
        && verdict == d.verdict
        && vetoed == d.vetoed
        && criterionIds.equals(d.criterionIds)
        && Arrays.equals(rulings, d.rulings)
        && Objects.equals(gradeCode, d.gradeCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(standardId, verdict, vetoed, criterionIds, Arrays.hashCode(rulings));
  }

  /** As {@code Decision[example.village: MEETS; example.village.1=PASS, …]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Decision[").append(standardId).append(": ");
    s.append(verdict);
    if (vetoed) {
      s.append(", vetoed");
    }
    if (gradeCode != null) {
      s.append(", grade ").append(gradeCode);
    }
    for (int i = 0; i < rulings.length; i++) {
      s.append(i == 0 ? "; " : ", ").append(criterionIds.get(i)).append('=').append(rulings[i]);
    }
    return s.append(']').toString();
  }
}
