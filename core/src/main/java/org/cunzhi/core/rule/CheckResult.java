package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.internal.collect.Lists;
import org.jspecify.annotations.Nullable;

/**
 * What a check found: the outcome, why, the figures it used, what would change it, whether a veto
 * part failed, and, for scoring standards, how much credit it earns.
 *
 * @param outcome the outcome
 * @param reasons why, in plain words
 * @param measures the figures used
 * @param remedies what would change a FAIL or INSUFFICIENT_EVIDENCE outcome
 * @param vetoed whether a veto part of the criterion failed (DOMAIN S-3)
 * @param partialCredit the share of the criterion's points earned, when it is not the outcome's
 *     default (see {@link #creditRange()}): exact on a PASS or a FAIL; a range on an
 *     INSUFFICIENT_EVIDENCE result whose evidence bounds what it could earn (DOMAIN CV-D5)
 * @param missed the periods or items a procedure missed (a month, a quarter, a complaint's ref), in
 *     order; empty when none or when the check has no periods
 */
public record CheckResult(
    Outcome outcome,
    List<Reason> reasons,
    List<Measure> measures,
    List<Remedy> remedies,
    boolean vetoed,
    @Nullable CreditRange partialCredit,
    List<Missed> missed) {

  public CheckResult {
    requireNonNull(outcome, "outcome");
    reasons = Lists.immutable(reasons);
    measures = Lists.immutable(measures);
    remedies = Lists.immutable(remedies);
    missed = Lists.immutable(missed);
    if (vetoed && outcome != Outcome.FAIL) {
      throw new IllegalArgumentException("only a failed check can be vetoed, was " + outcome);
    }
    if (partialCredit != null) {
      boolean decided = outcome == Outcome.PASS || outcome == Outcome.FAIL;
      if (decided && !partialCredit.isExact()) {
        throw new IllegalArgumentException(
            "a pass or a fail earns one credit exactly, was " + partialCredit);
      }
      if (!decided && (outcome != Outcome.INSUFFICIENT_EVIDENCE || partialCredit.isExact())) {
        throw new IllegalArgumentException(
            "only a pass or a fail earns credit, and only missing evidence a range; was "
                + outcome
                + " with "
                + partialCredit);
      }
    }
  }

  /** A result with no missed period. */
  public CheckResult(
      Outcome outcome,
      List<Reason> reasons,
      List<Measure> measures,
      List<Remedy> remedies,
      boolean vetoed,
      @Nullable CreditRange partialCredit) {
    this(outcome, reasons, measures, remedies, vetoed, partialCredit, ImmutableList.of());
  }

  /** A result that earns the outcome's default credit. */
  public CheckResult(
      Outcome outcome,
      List<Reason> reasons,
      List<Measure> measures,
      List<Remedy> remedies,
      boolean vetoed) {
    this(outcome, reasons, measures, remedies, vetoed, null);
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

  /** An error, with its reason. */
  public static CheckResult error(Reason reason) {
    return of(Outcome.ERROR, reason);
  }

  /**
   * The share of the criterion's points this result earns: the partial credit when set, else all
   * for a PASS and none for a FAIL; empty for the other outcomes, which earn nothing and are not
   * scored (see the scoring models).
   */
  public Optional<Credit> credit() {
    if (partialCredit != null) {
      return partialCredit.isExact() ? Optional.of(partialCredit.low()) : Optional.empty();
    }
    switch (outcome) {
      case PASS:
        return Optional.of(Credit.full());
      case FAIL:
        return Optional.of(Credit.none());
      default:
        return Optional.empty();
    }
  }

  // what creditRange() gives without a partial credit, made once: every criterion asks for it
  private static final Optional<CreditRange> FULL_RANGE =
      Optional.of(CreditRange.exactly(Credit.full()));
  private static final Optional<CreditRange> NO_RANGE =
      Optional.of(CreditRange.exactly(Credit.none()));
  private static final Optional<CreditRange> UNKNOWN_RANGE = Optional.of(CreditRange.unknown());

  /**
   * The share of the criterion's points this result can earn, given the evidence: its {@link
   * #credit()} exactly for a PASS or a FAIL; for INSUFFICIENT_EVIDENCE the range its check set, or
   * anywhere from none to all when it set none; for an ERROR anywhere from none to all; empty for
   * NOT_APPLICABLE, which is not scored.
   */
  public Optional<CreditRange> creditRange() {
    if (partialCredit != null) {
      return Optional.of(partialCredit);
    }
    switch (outcome) {
      case PASS:
        return FULL_RANGE;
      case FAIL:
        return NO_RANGE;
      case INSUFFICIENT_EVIDENCE:
      case ERROR:
        return UNKNOWN_RANGE;
      default:
        return Optional.empty();
    }
  }

  /** This result with {@code reason} added after the others. */
  public CheckResult withReason(Reason reason) {
    return new CheckResult(
        outcome,
        ImmutableList.<Reason>builderWithExpectedSize(reasons.size() + 1)
            .addAll(reasons)
            .add(reason)
            .build(),
        measures,
        remedies,
        vetoed,
        partialCredit,
        missed);
  }

  /** This result with {@code measure} added. */
  public CheckResult withMeasure(Measure measure) {
    return new CheckResult(
        outcome,
        reasons,
        ImmutableList.<Measure>builderWithExpectedSize(measures.size() + 1)
            .addAll(measures)
            .add(measure)
            .build(),
        remedies,
        vetoed,
        partialCredit,
        missed);
  }

  /** This result with {@code remedy} added. */
  public CheckResult withRemedy(Remedy remedy) {
    return new CheckResult(
        outcome,
        reasons,
        measures,
        ImmutableList.<Remedy>builderWithExpectedSize(remedies.size() + 1)
            .addAll(remedies)
            .add(remedy)
            .build(),
        vetoed,
        partialCredit,
        missed);
  }

  /** This result with {@code values} added after its missed periods. */
  public CheckResult withMissed(List<Missed> values) {
    return new CheckResult(
        outcome,
        reasons,
        measures,
        remedies,
        vetoed,
        partialCredit,
        ImmutableList.<Missed>builderWithExpectedSize(missed.size() + values.size())
            .addAll(missed)
            .addAll(values)
            .build());
  }

  /**
   * This result earning {@code credit} of the criterion's points.
   *
   * @throws IllegalArgumentException when the outcome is neither PASS nor FAIL
   */
  public CheckResult withCredit(Credit credit) {
    return new CheckResult(
        outcome,
        reasons,
        measures,
        remedies,
        vetoed,
        CreditRange.exactly(requireNonNull(credit, "credit")),
        missed);
  }

  /**
   * This result earning from {@code range}'s low to its high end of the criterion's points: an
   * exact range on a PASS or a FAIL, an open one on INSUFFICIENT_EVIDENCE (DOMAIN CV-D5).
   *
   * @throws IllegalArgumentException when the range does not suit the outcome
   */
  public CheckResult withCredit(CreditRange range) {
    return new CheckResult(
        outcome, reasons, measures, remedies, vetoed, requireNonNull(range, "range"), missed);
  }

  /** This result marked vetoed when it is a fail; unchanged otherwise. */
  public CheckResult asVeto() {
    return outcome == Outcome.FAIL
        ? new CheckResult(outcome, reasons, measures, remedies, true, partialCredit, missed)
        : this;
  }
}
