package org.cunzhi.core.rule;

/**
 * A small, composable piece of a criterion: it looks at the dossier through the context and says
 * what it found. A check never throws for a unit that falls short: that is a result. A check that
 * throws anyway is caught by the evaluator and reported as {@link Outcome#ERROR}.
 *
 * <p>A check describes what it reads ({@link #requirements()}): core's checks and their
 * combinations do, so a criterion learns its sections, parameters and veto from its check.
 *
 * <p>A check may also decide without explaining ({@link #decide}): the outcome alone, for a host
 * that wants only verdicts ({@code Evaluator.decide}). Core's checks and combinations do so without
 * building any text, figure or list; {@link Checks#withDecision} gives a plugin's lambda a fast
 * decision beside its explanation.
 */
@FunctionalInterface
public interface Check {

  /** What this check finds in {@code context}'s dossier. */
  CheckResult check(CheckContext context);

  /**
   * What this check decides about {@code context}'s dossier, without explaining it: always {@code
   * Ruling.of(check(context))}, the outcome and whether a veto part failed, and it throws where
   * {@link #check} throws. The default runs {@link #check}; a check that overrides it must keep to
   * that, and gains by building no reasons, measures, remedies or lists.
   */
  default Ruling decide(CheckContext context) {
    return Ruling.of(check(context));
  }

  /**
   * The sections this check reads and needs, the parameters it reads, and whether part of it is a
   * veto. {@link Requirements#unknown()} unless overridden, as for a plain lambda: a check class of
   * a plugin overrides it to say what it reads, or its criterion declares it.
   */
  default Requirements requirements() {
    return Requirements.unknown();
  }
}
