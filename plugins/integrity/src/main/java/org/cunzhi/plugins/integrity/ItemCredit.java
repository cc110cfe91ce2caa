package org.cunzhi.plugins.integrity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;

/**
 * What one quantitative item earns on one reading of the dossier (DOMAIN CV-D3): a share of the
 * item's points from {@code low} to {@code high} (both in [0, 1]; equal when the data decide it),
 * or nothing to earn at all when it does not apply, its points going to the dimension's other
 * items.
 *
 * @param applicable whether the item applies
 * @param low the least share the data allow
 * @param high the greatest share the data allow
 * @param detail what the data show, in plain words
 * @param remedies what would earn more, or what is missing
 * @param notes further reasons (e.g. the findings of a shared check)
 * @param measures the rates used
 */
record ItemCredit(
    boolean applicable,
    Fraction low,
    Fraction high,
    LocalizedText detail,
    List<Remedy> remedies,
    List<Reason> notes,
    List<Measure> measures) {

  private static final Fraction ONE = Fraction.of(1, 1);

  ItemCredit {
    requireNonNull(low, "low");
    requireNonNull(high, "high");
    requireNonNull(detail, "detail");
    checkArgument(
        low.compareTo(Fraction.ZERO) >= 0 && low.compareTo(high) <= 0 && high.compareTo(ONE) <= 0,
        "an item's share must lie in [0, 1], was [%s, %s]",
        low,
        high);
    remedies = ImmutableList.copyOf(remedies);
    notes = ImmutableList.copyOf(notes);
    measures = ImmutableList.copyOf(measures);
  }

  /** All of the share when {@code met}, else none ("all or nothing"). */
  static ItemCredit allOrNothing(boolean met, LocalizedText detail) {
    Fraction f = met ? ONE : Fraction.ZERO;
    return new ItemCredit(true, f, f, detail, List.of(), List.of(), List.of());
  }

  /** {@code numerator / denominator} of the share ("proportional"); the denominator is positive. */
  static ItemCredit proportional(long numerator, long denominator, LocalizedText detail) {
    Fraction f = Fraction.of(numerator, denominator);
    return new ItemCredit(true, f, f, detail, List.of(), List.of(), List.of());
  }

  /** From {@code low} to {@code high} of the share: part of the data is missing (CV-D5). */
  static ItemCredit between(Fraction low, Fraction high, LocalizedText detail, Remedy missing) {
    return new ItemCredit(true, low, high, detail, List.of(missing), List.of(), List.of());
  }

  /** Nothing to all of the share: the item's data are missing (CV-D5). */
  static ItemCredit missing(LocalizedText detail, Remedy missing) {
    return between(Fraction.ZERO, ONE, detail, missing);
  }

  /** The item does not apply: its share goes to the dimension's other items (CV-D2). */
  static ItemCredit notApplicable(LocalizedText detail) {
    return new ItemCredit(
        false, Fraction.ZERO, Fraction.ZERO, detail, List.of(), List.of(), List.of());
  }

  /** Whether the share is known exactly. */
  boolean isExact() {
    return low.equals(high);
  }

  /** Whether it earns the whole share for certain. */
  boolean isFull() {
    return applicable && low.equals(ONE);
  }

  ItemCredit withRemedy(Remedy remedy) {
    return new ItemCredit(
        applicable,
        low,
        high,
        detail,
        ImmutableList.<Remedy>builder().addAll(remedies).add(remedy).build(),
        notes,
        measures);
  }

  ItemCredit withNotes(List<Reason> more) {
    return new ItemCredit(
        applicable,
        low,
        high,
        detail,
        remedies,
        ImmutableList.<Reason>builder().addAll(notes).addAll(more).build(),
        measures);
  }

  ItemCredit withRemedies(List<Remedy> more) {
    return new ItemCredit(
        applicable,
        low,
        high,
        detail,
        ImmutableList.<Remedy>builder().addAll(remedies).addAll(more).build(),
        notes,
        measures);
  }

  ItemCredit withMeasure(Measure measure) {
    return new ItemCredit(
        applicable,
        low,
        high,
        detail,
        remedies,
        notes,
        ImmutableList.<Measure>builder().addAll(measures).add(measure).build());
  }
}
