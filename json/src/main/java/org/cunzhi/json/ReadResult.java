package org.cunzhi.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Dossier;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of reading one dossier without throwing: either the dossier, or every violation
 * found, ordered by pointer. Made for batches, where one bad dossier must not stop the others.
 */
public final class ReadResult {
  private final @Nullable Dossier dossier;
  private final ImmutableList<Violation> violations;

  private ReadResult(@Nullable Dossier dossier, ImmutableList<Violation> violations) {
    this.dossier = dossier;
    this.violations = violations;
  }

  /** A dossier read without a problem. */
  public static ReadResult of(Dossier dossier) {
    return new ReadResult(requireNonNull(dossier, "dossier"), ImmutableList.of());
  }

  /** A rejected document, with at least one violation. */
  public static ReadResult rejected(List<Violation> violations) {
    checkArgument(!violations.isEmpty(), "a rejected document needs at least one violation");
    return new ReadResult(null, ImmutableList.sortedCopyOf(violations));
  }

  /** Whether the dossier was read without a problem. */
  public boolean isValid() {
    return dossier != null;
  }

  /** The dossier, when it was read without a problem. */
  public Optional<Dossier> dossier() {
    return Optional.ofNullable(dossier);
  }

  /** Every violation found, ordered by pointer; empty when valid. */
  public List<Violation> violations() {
    return violations;
  }

  /** The dossier, or an {@link InvalidInputException} carrying every violation. */
  public Dossier orElseThrow() {
    if (dossier == null) {
      throw new InvalidInputException(violations);
    }
    return dossier;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReadResult that
        && Objects.equals(dossier, that.dossier)
        && violations.equals(that.violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dossier, violations);
  }

  /** Whether it is valid, or how many violations; never the dossier's content. */
  @Override
  public String toString() {
    return dossier != null
        ? "ReadResult[valid, unit " + dossier.unit().code() + "]"
        : "ReadResult[" + violations.size() + " violation(s): " + violations + "]";
  }
}
