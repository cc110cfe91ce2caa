package org.cunzhi.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.evaluation.StandardChoice.Basis;
import org.cunzhi.core.evaluation.StandardChoice.Candidate;
import org.cunzhi.core.evaluation.StandardChoice.Loosening;
import org.cunzhi.core.evaluation.StandardChoice.Role;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Standard;
import org.jspecify.annotations.Nullable;

/**
 * The standards of one purpose that apply to a unit on a date, which of them is chosen, and why
 * each of the others is not. Immutable.
 *
 * <p>Precedence (D-ADM-4): the higher level first (national, municipal, county, township); then the
 * more specific division-code prefix matching the unit (a standard for everywhere is least
 * specific); then the later effective date; then the id, so the order is always the same.
 *
 * <p>Stricter, never looser (D-ADM-5): a standard that sets any parameter looser than a standard it
 * extends (directly or through others; each parameter declares which direction is stricter) is
 * {@linkplain Role#EXCLUDED excluded}: it is never chosen automatically, and its standing names the
 * parameters. Of the others, the first in precedence <em>prevails</em>. A standard that extends the
 * prevailing one, directly or through a chain, and is not excluded is its <em>refinement</em>: it
 * keeps every criterion of its base (an extension always does) and is at least as strict. The most
 * refined applicable one is chosen: the one that extends the prevailing standard through the
 * longest chain, and among equally long chains the first in precedence. With no refinement, the
 * prevailing standard is chosen.
 */
public final class Selection {
  private final Unit unit;
  private final LocalDate date;
  private final String purpose;
  private final ImmutableList<Standard> candidates;
  private final ImmutableList<Candidate> standings;
  private final @Nullable Standard prevailing;
  private final @Nullable Standard chosen;

  private Selection(Unit unit, LocalDate date, String purpose, List<Standard> ordered) {
    this.unit = unit;
    this.date = date;
    this.purpose = purpose;
    this.candidates = ImmutableList.copyOf(ordered);
    List<List<Loosening>> looser = new ArrayList<>();
    Standard first = null;
    for (Standard s : candidates) {
      List<Loosening> l = loosenings(s);
      looser.add(l);
      if (first == null && l.isEmpty()) {
        first = s;
      }
    }
    this.prevailing = first;
    Standard best = first;
    int bestDepth = 0;
    if (first != null) {
      for (int i = 0; i < candidates.size(); i++) {
        int depth = depthBelow(candidates.get(i), first);
        if (looser.get(i).isEmpty() && depth > bestDepth) {
          best = candidates.get(i);
          bestDepth = depth;
        }
      }
    }
    this.chosen = best;
    ImmutableList.Builder<Candidate> b = ImmutableList.builder();
    for (int i = 0; i < candidates.size(); i++) {
      b.add(standing(candidates.get(i), looser.get(i), first, best, bestDepth));
    }
    this.standings = b.build();
  }

  /**
   * Selects, from {@code standards}, those of {@code purpose} that apply to {@code unit} and are in
   * effect on {@code date}, in order of precedence, and chooses among them.
   */
  public static Selection of(Unit unit, LocalDate date, String purpose, List<Standard> standards) {
    requireNonNull(unit, "unit");
    requireNonNull(date, "date");
    requireNonNull(purpose, "purpose");
    List<Standard> applicable = new ArrayList<>();
    for (Standard s : standards) {
      if (s.purpose().equals(purpose)
          && s.isEffectiveOn(date)
          && s.applicability().appliesTo(unit)) {
        applicable.add(s);
      }
    }
    if (applicable.size() > 1) {
      applicable.sort(precedenceFor(unit)); // stable, as the stream's sort was
    }
    return new Selection(unit, date, purpose, applicable);
  }

  /** The order of precedence among standards that apply to {@code unit}, the prevailing first. */
  static Comparator<Standard> precedenceFor(Unit unit) {
    return Comparator.comparing(Standard::level)
        .thenComparing(
            Comparator.comparingInt((Standard s) -> s.applicability().specificityFor(unit))
                .reversed())
        .thenComparing(Standard::effectiveFrom, Comparator.reverseOrder())
        .thenComparing(Standard::id);
  }

  private Candidate standing(
      Standard s,
      List<Loosening> looser,
      @Nullable Standard first,
      @Nullable Standard best,
      int bestDepth) {
    if (!looser.isEmpty()) {
      return candidate(s, Role.EXCLUDED, Basis.LOOSER, looser.get(0).baseId(), looser);
    }
    if (first == null || best == null) {
      throw new IllegalStateException("a standard that is not looser leaves one to choose");
    }
    if (s == best) {
      return s == first
          ? candidate(s, Role.CHOSEN, Basis.PREVAILING, null, List.of())
          : candidate(s, Role.CHOSEN, Basis.REFINEMENT, first.id(), List.of());
    }
    if (depthBelow(best, s) > 0) {
      return candidate(s, Role.SHADOWED, Basis.REFINED, best.id(), List.of());
    }
    int depth = depthBelow(s, first);
    if (depth > 0) {
      Basis basis = depth < bestDepth ? Basis.LESS_REFINED : precedenceBasis(best, s);
      return candidate(s, Role.SHADOWED, basis, best.id(), List.of());
    }
    return candidate(s, Role.SHADOWED, precedenceBasis(first, s), first.id(), List.of());
  }

  /** Why {@code first}, ahead of {@code other} in precedence, is ahead. */
  private Basis precedenceBasis(Standard first, Standard other) {
    if (first.level() != other.level()) {
      return Basis.HIGHER_LEVEL;
    }
    if (first.applicability().specificityFor(unit) != other.applicability().specificityFor(unit)) {
      return Basis.MORE_SPECIFIC;
    }
    if (!first.effectiveFrom().equals(other.effectiveFrom())) {
      return Basis.LATER;
    }
    return Basis.BY_ID;
  }

  private static Candidate candidate(
      Standard s, Role role, Basis basis, @Nullable String against, List<Loosening> looser) {
    return new Candidate(s.id(), s.version(), s.level(), role, basis, against, looser);
  }

  /**
   * How many links of {@code s}'s joined bases lead to {@code ancestor} (1 when {@code s} extends
   * it directly); 0 when they do not lead there, or {@code s} is {@code ancestor}.
   */
  private static int depthBelow(Standard s, Standard ancestor) {
    int depth = 0;
    Optional<Standard> at = s.base();
    while (at.isPresent()) {
      depth++;
      if (at.get().id().equals(ancestor.id())
          && at.get().fingerprint().equals(ancestor.fingerprint())) {
        return depth;
      }
      at = at.get().base();
    }
    return 0;
  }

  /**
   * The parameters {@code standard} sets looser than a standard it extends, through its joined
   * bases (D-ADM-5): each base's parameters compared, in the direction each declares, with the
   * value in force in {@code standard}. A key is named once, against the nearest base it loosens.
   * Empty when it loosens nothing, or has no joined base.
   */
  public static List<Loosening> loosenings(Standard standard) {
    requireNonNull(standard, "standard");
    List<Loosening> found = new ArrayList<>();
    Set<String> named = new HashSet<>();
    Optional<Standard> at = standard.base();
    while (at.isPresent()) {
      Standard base = at.get();
      for (Parameter<?> p : base.allParameters()) {
        if (!named.contains(p.key())) {
          looser(standard, base, p)
              .ifPresent(
                  l -> {
                    found.add(l);
                    named.add(l.key());
                  });
        }
      }
      at = base.base();
    }
    return ImmutableList.copyOf(found);
  }

  private static <T> Optional<Loosening> looser(Standard s, Standard base, Parameter<T> p) {
    T value = s.valueOf(p);
    T reference = base.valueOf(p);
    return p.isLooser(value, reference)
        ? Optional.of(new Loosening(p.key(), p.format(value), base.id(), p.format(reference)))
        : Optional.empty();
  }

  /** Whether {@code code} starts with one of {@code prefixes}. */
  private static boolean startsWithAny(String code, Iterable<String> prefixes) {
    for (String prefix : prefixes) {
      if (code.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why {@code standard} would not apply to {@code unit} on {@code date} (S-8): it covers another
   * kind of unit, its code prefixes do not cover the unit's code, or it is not in effect on that
   * date; one reason each, in core's words. Empty when it applies. The purpose is not looked at: a
   * standard named explicitly serves whatever purpose it serves.
   */
  public static List<Reason> outsideScope(Standard standard, Unit unit, LocalDate date) {
    requireNonNull(standard, "standard");
    requireNonNull(unit, "unit");
    requireNonNull(date, "date");
    Messages core = Messages.core();
    List<Reason> reasons = new ArrayList<>();
    if (!standard.applicability().kinds().contains(unit.kind())) {
      reasons.add(
          core.reason(
              "note.outside-scope.kind",
              standard.id(),
              core.text("unit-kind." + standard.applicability().kinds().iterator().next().name()),
              core.text("unit-kind." + unit.kind().name())));
    }
    if (!standard.applicability().codePrefixes().isEmpty()
        && !startsWithAny(unit.code().value(), standard.applicability().codePrefixes())) {
      reasons.add(
          core.reason(
              "note.outside-scope.code",
              standard.id(),
              unit.code().value(),
              String.join(" ", standard.applicability().codePrefixes())));
    }
    if (!standard.isEffectiveOn(date)) {
      reasons.add(
          core.reason(
              "note.outside-scope.date",
              standard.id(),
              date.toString(),
              standard.effectiveFrom().toString(),
              standard
                  .effectiveTo()
                  .<Object>map(LocalDate::toString)
                  .orElse(core.text("note.outside-scope.open"))));
    }
    return ImmutableList.copyOf(reasons);
  }

  /** The unit asked about. */
  public Unit unit() {
    return unit;
  }

  /** The date asked about. */
  public LocalDate date() {
    return date;
  }

  /** The purpose asked for. */
  public String purpose() {
    return purpose;
  }

  /** Every applicable standard, looser ones included, in order of precedence (D-ADM-4). */
  public List<Standard> candidates() {
    return candidates;
  }

  /** What became of each candidate and why, in the order of {@link #candidates()}. */
  public List<Candidate> standings() {
    return standings;
  }

  /** The standing of the candidate {@code id}; empty when it is not a candidate. */
  public Optional<Candidate> standingOf(String id) {
    requireNonNull(id, "id");
    return standings.stream().filter(c -> c.standardId().equals(id)).findFirst();
  }

  /**
   * The standard chosen automatically: the prevailing one, or its most refined applicable
   * refinement; empty when none applies, or only looser ones do.
   */
  public Optional<Standard> chosen() {
    return Optional.ofNullable(chosen);
  }

  /**
   * The first in precedence of the applicable standards that are not looser than what they extend
   * (D-ADM-4): the one chosen, or the one the chosen standard refines.
   */
  public Optional<Standard> prevailing() {
    return Optional.ofNullable(prevailing);
  }

  /** Every candidate but the chosen one (shadowed or excluded), in order of precedence. */
  public List<Standard> shadowed() {
    return candidates.stream().filter(s -> s != chosen).collect(ImmutableList.toImmutableList());
  }

  /** Whether no standard applies. */
  public boolean isEmpty() {
    return candidates.isEmpty();
  }

  /**
   * The chosen standard.
   *
   * @throws NoApplicableStandardException when none applies, or only looser ones do
   */
  public Standard require() {
    return chosen()
        .orElseThrow(
            () -> new NoApplicableStandardException(unit.code(), unit.kind(), date, purpose));
  }

  /**
   * The record, for a result, of how {@code evaluated} (one of the candidates, or any standard
   * evaluated beside them) stands in this selection.
   */
  public StandardChoice choiceFor(Standard evaluated) {
    return new StandardChoice(evaluated.id(), false, List.of(), standings);
  }

  @Override
  public String toString() {
    return "Selection["
        + purpose
        + " for "
        + unit.kind()
        + " "
        + unit.code()
        + " on "
        + date
        + ": "
        + candidates.stream().map(Standard::id).toList()
        + (chosen == null ? "" : ", chosen " + chosen.id())
        + "]";
  }
}
