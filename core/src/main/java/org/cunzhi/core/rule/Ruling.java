package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

/**
 * What a check decides, without its explanation: the outcome, and for a FAIL whether a veto part
 * failed (DOMAIN S-3). It is what {@link Check#decide} gives, and always what {@link Check#check}'s
 * result says: {@code Ruling.of(check.check(context)) == check.decide(context)}.
 */
public enum Ruling {
  /** The check passes. */
  PASS(Outcome.PASS),
  /** The check fails, no veto part among what failed. */
  FAIL(Outcome.FAIL),
  /** The check fails, and a veto part of it failed (a FAIL that is {@link #isVetoed() vetoed}). */
  VETOED(Outcome.FAIL),
  /** The check does not apply to the unit. */
  NOT_APPLICABLE(Outcome.NOT_APPLICABLE),
  /** Data the check needs are missing. */
  INSUFFICIENT_EVIDENCE(Outcome.INSUFFICIENT_EVIDENCE),
  /** The check broke. */
  ERROR(Outcome.ERROR);

  private static final Ruling[] BY_OUTCOME = {
    PASS, FAIL, NOT_APPLICABLE, INSUFFICIENT_EVIDENCE, ERROR
  };

  private final Outcome outcome;

  Ruling(Outcome outcome) {
    this.outcome = outcome;
  }

  /** The outcome: FAIL for both {@link #FAIL} and {@link #VETOED}. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether a veto part failed: true for {@link #VETOED} only. */
  public boolean isVetoed() {
    return this == VETOED;
  }

  /** The ruling of {@code outcome}, not vetoed. */
  public static Ruling of(Outcome outcome) {
    return BY_OUTCOME[outcome.ordinal()];
  }

  /** The ruling of {@code outcome}, vetoed when {@code vetoed} and the outcome is FAIL. */
  public static Ruling of(Outcome outcome, boolean vetoed) {
    return vetoed && outcome == Outcome.FAIL ? VETOED : BY_OUTCOME[outcome.ordinal()];
  }

  /** What {@code result} decides: its outcome and whether it is vetoed. */
  public static Ruling of(CheckResult result) {
    requireNonNull(result, "result");
    return of(result.outcome(), result.vetoed());
  }

  /** This ruling vetoed when it is a FAIL; unchanged otherwise ({@link CheckResult#asVeto()}). */
  public Ruling asVeto() {
    return this == FAIL ? VETOED : this;
  }
}
