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
 * The outcome of reading one dossier without throwing: either the dossier, or the violations found,
 * ordered by pointer. Made for batches, where one bad dossier must not stop the others.
 *
 * <p>A reader lists at most {@link DossierReader#maxProblems()} violations, the first in pointer
 * order; when it found more, one last violation at {@code ""} counts the others ({@link
 * #unlisted()}).
 */
public final class ReadResult {
  private final @Nullable Dossier dossier;
  private final ImmutableList<Violation> violations;
  private final int unlisted;

  private ReadResult(@Nullable Dossier dossier, ImmutableList<Violation> violations, int unlisted) {
    this.dossier = dossier;
    this.violations = violations;
    this.unlisted = unlisted;
  }

  /** A dossier read without a problem. */
  public static ReadResult of(Dossier dossier) {
    return new ReadResult(requireNonNull(dossier, "dossier"), ImmutableList.of(), 0);
  }

  /** A rejected document, with at least one violation, all of them listed. */
  public static ReadResult rejected(List<Violation> violations) {
    checkArgument(!violations.isEmpty(), "a rejected document needs at least one violation");
    return new ReadResult(null, ImmutableList.sortedCopyOf(violations), 0);
  }

  /**
   * A rejected document whose first {@code max} violations are {@code listed}, and {@code unlisted}
   * more were found: those are counted by one last violation at {@code ""}.
   */
  static ReadResult rejected(List<Violation> listed, int unlisted, int max) {
    checkArgument(!listed.isEmpty(), "a rejected document needs at least one violation");
    if (unlisted == 0) {
      return rejected(listed);
    }
    ImmutableList<Violation> violations =
        ImmutableList.<Violation>builder()
            .addAll(ImmutableList.sortedCopyOf(listed))
            .add(
                new Violation(
                    "",
                    unlisted
                        + " more problems not listed ("
                        + (listed.size() + unlisted)
                        + " found) — expected at most "
                        + max
                        + " problems listed for one dossier"))
            .build();
    return new ReadResult(null, violations, unlisted);
  }

  /** Whether the dossier was read without a problem. */
  public boolean isValid() {
    return dossier != null;
  }

  /** The dossier, when it was read without a problem. */
  public Optional<Dossier> dossier() {
    return Optional.ofNullable(dossier);
  }

  /**
   * The violations found, ordered by pointer, then the one that counts those not listed if there
   * were too many to list; empty when valid.
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * How many problems were found beyond those listed: 0 unless there were more than the reader's
   * {@link DossierReader#maxProblems()}.
   */
  public int unlisted() {
    return unlisted;
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
