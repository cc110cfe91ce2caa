package org.cunzhi.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The village or community a dossier describes (D-ADM-1, D-ADM-2).
 *
 * @param code statistical division code
 * @param name the unit's name, e.g. 台子村
 * @param kind village or community
 * @param township the township or street's name, for reports; null when not given
 * @param county the district or county's name, for reports; null when not given
 * @param households households in the unit (at least 1); null when not given
 * @param adultResidents residents aged 18 and over, the assembly's electorate (at least 1); null
 *     when not given
 */
public record Unit(
    DivisionCode code,
    String name,
    UnitKind kind,
    @Nullable String township,
    @Nullable String county,
    @Nullable Integer households,
    @Nullable Integer adultResidents) {

  public Unit {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    checkArgument(households == null || households >= 1, "households must be at least 1");
    checkArgument(
        adultResidents == null || adultResidents >= 1, "adultResidents must be at least 1");
  }

  /** A unit with only the required parts. */
  public static Unit of(DivisionCode code, String name, UnitKind kind) {
    return new Unit(code, name, kind, null, null, null, null);
  }
}
