package org.cunzhi.core.standard;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.Set;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;

/**
 * Where a standard applies: to which kinds of unit, and under which division-code prefixes.
 *
 * @param kinds the kinds of unit
 * @param codePrefixes division-code prefixes of 2 to 12 digits; empty means everywhere
 */
public record Applicability(Set<UnitKind> kinds, Set<String> codePrefixes) {
  public Applicability {
    checkArgument(!kinds.isEmpty(), "a standard must apply to at least one kind of unit");
    kinds = Sets.immutableEnumSet(kinds);
    codePrefixes = ImmutableSortedSet.copyOf(codePrefixes);
    for (String p : codePrefixes) {
      checkArgument(
          p.matches("[0-9]{2,12}"), "division-code prefix must be 2 to 12 digits, was \"%s\"", p);
    }
  }

  /** Applies to units of {@code kind} whose code starts with one of {@code prefixes}. */
  public static Applicability of(UnitKind kind, String... prefixes) {
    return new Applicability(Set.of(kind), Set.of(prefixes));
  }

  /** Whether a standard with this applicability applies to {@code unit}. */
  public boolean appliesTo(Unit unit) {
    if (!kinds.contains(unit.kind())) {
      return false;
    }
    if (codePrefixes.isEmpty()) {
      return true;
    }
    DivisionCode code = unit.code();
    for (String prefix : codePrefixes) {
      if (code.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The longest prefix that matches {@code unit}'s code: 0 when none or when applying everywhere.
   */
  public int specificityFor(Unit unit) {
    DivisionCode code = unit.code();
    int longest = 0;
    for (String prefix : codePrefixes) {
      if (code.startsWith(prefix)) {
        longest = Math.max(longest, prefix.length());
      }
    }
    return longest;
  }
}
