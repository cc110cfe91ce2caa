package org.cunzhi.core.rule;

/**
 * A small, composable piece of a criterion: it looks at the dossier through the context and says
 * what it found. A check never throws for a unit that falls short: that is a result. A check that
 * throws anyway is caught by the evaluator and reported as {@link Outcome#ERROR}.
 */
@FunctionalInterface
public interface Check {

  /** What this check finds in {@code context}'s dossier. */
  CheckResult check(CheckContext context);
}
