package org.cunzhi.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Grade;
import org.jspecify.annotations.Nullable;

/**
 * The result of evaluating one dossier against one standard: the verdict first, then each
 * criterion. Deterministic: the same dossier and standard give an equal result.
 *
 * @param standardId the standard's id
 * @param standardVersion the standard's version
 * @param standardTitle the standard's title
 * @param fingerprint the standard's fingerprint
 * @param unit the unit evaluated
 * @param assessmentYear the year assessed
 * @param verdict the verdict
 * @param vetoed whether a veto fired
 * @param criteria each criterion's result, in the standard's order
 * @param notes what the reader should know about the evaluation as a whole
 * @param scoreCard the exact score (an interval where evidence is missing), the grade and what they
 *     rest on, for scoring standards; null otherwise
 * @param choice how the standard came to be evaluated and what it shadowed, when a host chose or
 *     was told it ({@link #withChoice}); null for a bare evaluation
 */
public record EvaluationResult(
    String standardId,
    String standardVersion,
    LocalizedText standardTitle,
    String fingerprint,
    Unit unit,
    int assessmentYear,
    Verdict verdict,
    boolean vetoed,
    List<CriterionResult> criteria,
    List<Reason> notes,
    @Nullable ScoreCard scoreCard,
    @Nullable StandardChoice choice) {

  public EvaluationResult {
    requireNonNull(standardId, "standardId");
    requireNonNull(standardVersion, "standardVersion");
    requireNonNull(standardTitle, "standardTitle");
    requireNonNull(fingerprint, "fingerprint");
    requireNonNull(unit, "unit");
    requireNonNull(verdict, "verdict");
    criteria = ImmutableList.copyOf(criteria);
    notes = ImmutableList.copyOf(notes);
  }

  /** A result without a recorded choice, as the evaluator gives. */
  public EvaluationResult(
      String standardId,
      String standardVersion,
      LocalizedText standardTitle,
      String fingerprint,
      Unit unit,
      int assessmentYear,
      Verdict verdict,
      boolean vetoed,
      List<CriterionResult> criteria,
      List<Reason> notes,
      @Nullable ScoreCard scoreCard) {
    this(
        standardId,
        standardVersion,
        standardTitle,
        fingerprint,
        unit,
        assessmentYear,
        verdict,
        vetoed,
        criteria,
        notes,
        scoreCard,
        null);
  }

  /** A result without a score card, as a pass/fail standard gives. */
  public EvaluationResult(
      String standardId,
      String standardVersion,
      LocalizedText standardTitle,
      String fingerprint,
      Unit unit,
      int assessmentYear,
      Verdict verdict,
      boolean vetoed,
      List<CriterionResult> criteria,
      List<Reason> notes) {
    this(
        standardId,
        standardVersion,
        standardTitle,
        fingerprint,
        unit,
        assessmentYear,
        verdict,
        vetoed,
        criteria,
        notes,
        null,
        null);
  }

  /**
   * This result with {@code choice} recorded: how its standard came to be evaluated and what it
   * shadowed. The reasons a named standard would not apply ({@link StandardChoice#outsideScope()},
   * S-8) become the first notes (replacing those of a choice recorded before).
   *
   * @throws IllegalArgumentException when {@code choice} is about another standard
   */
  public EvaluationResult withChoice(StandardChoice choice) {
    requireNonNull(choice, "choice");
    if (!choice.standardId().equals(standardId)) {
      throw new IllegalArgumentException(
          "the choice is about " + choice.standardId() + ", the result about " + standardId);
    }
    List<Reason> own =
        this.choice == null
            ? notes
            : notes.subList(this.choice.outsideScope().size(), notes.size());
    List<Reason> withScope =
        ImmutableList.<Reason>builder().addAll(choice.outsideScope()).addAll(own).build();
    return new EvaluationResult(
        standardId,
        standardVersion,
        standardTitle,
        fingerprint,
        unit,
        assessmentYear,
        verdict,
        vetoed,
        criteria,
        withScope,
        scoreCard,
        choice);
  }

  /**
   * The exact score, an interval where evidence is missing (DOMAIN CV-D5); empty for a pass/fail
   * standard or when no criterion applies.
   */
  public Optional<Span> score() {
    return scoreCard == null ? Optional.empty() : Optional.ofNullable(scoreCard.score());
  }

  /**
   * The grade awarded; empty for a pass/fail standard, a unit that is not qualified, or a grade the
   * evidence leaves undecided (see {@link ScoreCard#standing()}).
   */
  public Optional<Grade> grade() {
    return scoreCard == null ? Optional.empty() : scoreCard.grade();
  }

  /** How many criteria had {@code outcome}. */
  public long count(Outcome outcome) {
    return criteria.stream().filter(c -> c.outcome() == outcome).count();
  }

  /** The result of the criterion {@code id}, if the standard has it. */
  public Optional<CriterionResult> criterion(String id) {
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The criteria with {@code outcome}. */
  public List<CriterionResult> withOutcome(Outcome outcome) {
    return criteria.stream()
        .filter(c -> c.outcome() == outcome)
        .collect(ImmutableList.toImmutableList());
  }
}
