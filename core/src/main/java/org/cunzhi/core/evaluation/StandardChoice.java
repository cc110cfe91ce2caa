package org.cunzhi.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.JurisdictionLevel;
import org.jspecify.annotations.Nullable;

/**
 * How the standard of a result came to be evaluated: named by the caller, or chosen among the
 * standards of its purpose that apply to the unit (D-ADM-4, D-ADM-5), and what became of the other
 * applicable standards and why. A host makes it (the SPI's {@code Selection} and {@code Assessor});
 * core only carries it.
 *
 * @param standardId the id of the standard evaluated
 * @param named whether the caller named the standard, rather than letting it be chosen (S-8)
 * @param outsideScope for a named standard, why it would not apply to the unit (another kind, a
 *     code outside its prefixes, a year outside its dates); empty when it applies
 * @param candidates the standards of that purpose that apply to the unit, in order of precedence,
 *     each with its role and why; for a named standard, those it would be chosen among
 */
public record StandardChoice(
    String standardId, boolean named, List<Reason> outsideScope, List<Candidate> candidates) {

  public StandardChoice {
    requireNonNull(standardId, "standardId");
    outsideScope = ImmutableList.copyOf(outsideScope);
    candidates = ImmutableList.copyOf(candidates);
    checkArgument(named || outsideScope.isEmpty(), "only a named standard can be outside scope");
    int chosen = 0;
    for (int i = 0; i < candidates.size(); i++) {
      chosen += candidates.get(i).role() == Role.CHOSEN ? 1 : 0;
    }
    checkArgument(chosen <= 1, "at most one candidate is chosen");
  }

  /** Whether the evaluated standard applies to the unit (always, unless it was named). */
  public boolean appliesToUnit() {
    return outsideScope.isEmpty();
  }

  /** The candidate chosen automatically; empty when none applies (or only looser ones do). */
  public Optional<Candidate> chosen() {
    return candidates.stream().filter(c -> c.role() == Role.CHOSEN).findFirst();
  }

  /** The evaluated standard among the candidates; empty when it is not one of them. */
  public Optional<Candidate> self() {
    return candidates.stream().filter(c -> c.standardId().equals(standardId)).findFirst();
  }

  /** What became of a candidate. */
  public enum Role {
    /** Chosen automatically: the prevailing standard, or its most refined refinement. */
    CHOSEN,
    /** Applies, but the chosen one prevails over it or refines it. */
    SHADOWED,
    /** Applies, but sets a parameter looser than a standard it extends: never chosen (D-ADM-5). */
    EXCLUDED
  }

  /** Why a candidate has its role. */
  public enum Basis {
    /** Chosen: first in precedence (D-ADM-4), and no applicable standard refines it. */
    PREVAILING,
    /** Chosen: refines the prevailing standard, and is the most refined that applies (D-ADM-5). */
    REFINEMENT,
    /** Shadowed: the chosen standard extends it and sets nothing looser (D-ADM-5). */
    REFINED,
    /** Shadowed: also refines the prevailing standard, but the chosen one refines it further. */
    LESS_REFINED,
    /** Shadowed: the standard that prevails over it is of a higher level (D-ADM-4). */
    HIGHER_LEVEL,
    /** Shadowed: same level, but the one that prevails has a longer matching code prefix. */
    MORE_SPECIFIC,
    /** Shadowed: same level and prefix, but the one that prevails took effect later. */
    LATER,
    /** Shadowed: a full tie, settled by id so that the order never changes. */
    BY_ID,
    /** Excluded: sets a parameter looser than a standard it extends (D-ADM-5). */
    LOOSER
  }

  /**
   * One applicable standard and what became of it.
   *
   * @param standardId its id
   * @param version its version
   * @param level its level
   * @param role what became of it
   * @param basis why
   * @param against the standard its basis compares it with: for a refinement, the prevailing
   *     standard it refines; for a shadowed one, the standard that prevails over it or refines it;
   *     for an excluded one, the first standard it loosens; null for the prevailing standard
   * @param loosenings for an excluded one, each parameter it sets looser; else empty
   */
  public record Candidate(
      String standardId,
      String version,
      JurisdictionLevel level,
      Role role,
      Basis basis,
      @Nullable String against,
      List<Loosening> loosenings) {
    public Candidate {
      requireNonNull(standardId, "standardId");
      requireNonNull(version, "version");
      requireNonNull(level, "level");
      requireNonNull(role, "role");
      requireNonNull(basis, "basis");
      loosenings = ImmutableList.copyOf(loosenings);
      checkArgument(
          (role == Role.EXCLUDED) == (basis == Basis.LOOSER)
              && (role == Role.EXCLUDED) == !loosenings.isEmpty(),
          "candidate %s: only an excluded candidate loosens, and it names what",
          standardId);
      checkArgument(
          (role == Role.CHOSEN) == (basis == Basis.PREVAILING || basis == Basis.REFINEMENT),
          "candidate %s: %s is not a basis for %s",
          standardId,
          basis,
          role);
    }
  }

  /**
   * A parameter a standard sets looser than a standard it extends (D-ADM-5).
   *
   * @param key the parameter's key
   * @param value the value in force in the looser standard, as text
   * @param baseId the standard it extends whose value is stricter
   * @param baseValue that standard's value in force, as text
   */
  public record Loosening(String key, String value, String baseId, String baseValue) {
    public Loosening {
      requireNonNull(key, "key");
      requireNonNull(value, "value");
      requireNonNull(baseId, "baseId");
      requireNonNull(baseValue, "baseValue");
    }

    /** {@code awareness-rate >= 85% is looser than >= 90% of example.demonstration-village}. */
    @Override
    public String toString() {
      return key + " " + value + " is looser than " + baseValue + " of " + baseId;
    }
  }
}
