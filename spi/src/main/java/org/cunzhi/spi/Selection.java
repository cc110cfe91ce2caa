package org.cunzhi.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.standard.Standard;

/**
 * The standards of one purpose that apply to a unit on a date, in order of precedence (D-ADM-4):
 * the first prevails, the others are shadowed by it.
 *
 * <p>Precedence: the higher level first (national, municipal, county, township); then the more
 * specific division-code prefix matching the unit (a standard for everywhere is least specific);
 * then the later effective date; then the id, so the order is always the same.
 *
 * @param unit the unit asked about
 * @param date the date asked about
 * @param purpose the purpose asked for
 * @param candidates the applicable standards, the prevailing one first; empty when none applies
 */
public record Selection(Unit unit, LocalDate date, String purpose, List<Standard> candidates) {

  public Selection {
    requireNonNull(unit, "unit");
    requireNonNull(date, "date");
    requireNonNull(purpose, "purpose");
    candidates = ImmutableList.copyOf(candidates);
  }

  /**
   * Selects, from {@code standards}, those of {@code purpose} that apply to {@code unit} and are in
   * effect on {@code date}, in order of precedence.
   */
  public static Selection of(Unit unit, LocalDate date, String purpose, List<Standard> standards) {
    requireNonNull(unit, "unit");
    requireNonNull(date, "date");
    requireNonNull(purpose, "purpose");
    List<Standard> applicable =
        standards.stream()
            .filter(s -> s.purpose().equals(purpose))
            .filter(s -> s.isEffectiveOn(date))
            .filter(s -> s.applicability().appliesTo(unit))
            .sorted(precedenceFor(unit))
            .collect(ImmutableList.toImmutableList());
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

  /** The prevailing standard; empty when none applies. */
  public Optional<Standard> prevailing() {
    return candidates.stream().findFirst();
  }

  /** The applicable standards that the prevailing one shadows, in order of precedence. */
  public List<Standard> shadowed() {
    return candidates.isEmpty() ? candidates : candidates.subList(1, candidates.size());
  }

  /** Whether no standard applies. */
  public boolean isEmpty() {
    return candidates.isEmpty();
  }

  /**
   * The prevailing standard.
   *
   * @throws NoApplicableStandardException when none applies
   */
  public Standard require() {
    return prevailing()
        .orElseThrow(
            () -> new NoApplicableStandardException(unit.code(), unit.kind(), date, purpose));
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
        + "]";
  }
}
