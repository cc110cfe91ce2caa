package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a check found: the outcome, why, the figures it used, what would change it, and whether a
 * veto part failed.
 *
 * @param outcome the outcome
 * @param reasons why, in plain words
 * @param measures the figures used
 * @param remedies what would change a FAIL or INSUFFICIENT_EVIDENCE outcome
 * @param vetoed whether a veto part of the criterion failed (DOMAIN S-3)
 */
public record CheckResult(
    Outcome outcome,
    List<Reason> reasons,
    List<Measure> measures,
    List<Remedy> remedies,
    boolean vetoed) {

  public CheckResult {
    requireNonNull(outcome, "outcome");
    reasons = ImmutableList.copyOf(reasons);
    measures = ImmutableList.copyOf(measures);
    remedies = ImmutableList.copyOf(remedies);
    if (vetoed && outcome != Outcome.FAIL) {
      throw new IllegalArgumentException("only a failed check can be vetoed, was " + outcome);
    }
  }

  /** A result with {@code outcome} and one reason. */
  public static CheckResult of(Outcome outcome, Reason reason) {
    return new CheckResult(
        outcome, ImmutableList.of(reason), ImmutableList.of(), ImmutableList.of(), false);
  }

  /** A pass, with its reason. */
  public static CheckResult pass(Reason reason) {
    return of(Outcome.PASS, reason);
  }

  /** A fail, with its reason. */
  public static CheckResult fail(Reason reason) {
    return of(Outcome.FAIL, reason);
  }

  /** Not applicable, with its reason. */
  public static CheckResult notApplicable(Reason reason) {
    return of(Outcome.NOT_APPLICABLE, reason);
  }

  /** Insufficient evidence, with its reason. */
  public static CheckResult insufficient(Reason reason) {
    return of(Outcome.INSUFFICIENT_EVIDENCE, reason);
  }

  /** This result with {@code measure} added. */
  public CheckResult withMeasure(Measure measure) {
    return new CheckResult(
        outcome,
        reasons,
        ImmutableList.<Measure>builder().addAll(measures).add(measure).build(),
        remedies,
        vetoed);
  }

  /** This result with {@code remedy} added. */
  public CheckResult withRemedy(Remedy remedy) {
    return new CheckResult(
        outcome,
        reasons,
        measures,
        ImmutableList.<Remedy>builder().addAll(remedies).add(remedy).build(),
        vetoed);
  }

  /** This result marked vetoed when it is a fail; unchanged otherwise. */
  public CheckResult asVeto() {
    return outcome == Outcome.FAIL
        ? new CheckResult(outcome, reasons, measures, remedies, true)
        : this;
  }
}
