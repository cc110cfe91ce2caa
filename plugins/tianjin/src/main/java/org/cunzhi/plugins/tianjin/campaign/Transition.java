package org.cunzhi.plugins.tianjin.campaign;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a candidacy step gives: the candidacy that results, or a refusal. A late or out-of-order
 * step is an outcome, not an error, so steps never throw for it.
 */
public sealed interface Transition permits Transition.Accepted, Transition.Refused {

  /** Whether the step was taken. */
  boolean isAccepted();

  /** The resulting candidacy; empty when refused. */
  Optional<Candidacy> candidacy();

  /** The refusal; empty when accepted. */
  Optional<Refusal> refusal();

  /**
   * The resulting candidacy.
   *
   * @throws IllegalStateException with the refusal's English text when the step was refused
   */
  Candidacy orElseThrow();

  /**
   * The step was taken.
   *
   * @param next the resulting candidacy
   */
  record Accepted(Candidacy next) implements Transition {
    public Accepted {
      requireNonNull(next, "next");
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public Optional<Candidacy> candidacy() {
      return Optional.of(next);
    }

    @Override
    public Optional<Refusal> refusal() {
      return Optional.empty();
    }

    @Override
    public Candidacy orElseThrow() {
      return next;
    }
  }

  /**
   * The step was refused.
   *
   * @param why the refusal
   */
  record Refused(Refusal why) implements Transition {
    public Refused {
      requireNonNull(why, "why");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public Optional<Candidacy> candidacy() {
      return Optional.empty();
    }

    @Override
    public Optional<Refusal> refusal() {
      return Optional.of(why);
    }

    @Override
    public Candidacy orElseThrow() {
      throw new IllegalStateException(why.text().en());
    }
  }
}
