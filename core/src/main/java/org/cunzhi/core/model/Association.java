package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The village family-planning association (计生协会, D-ORG-3).
 *
 * @param established when it was founded
 * @param president who presides
 * @param fiveEldersVicePresident whether a vice-president comes from the "five elders"
 * @param secretaryGeneral who serves as secretary-general
 * @param councilMembers council members
 * @param groups association groups
 * @param members members
 */
public record Association(
    LocalDate established,
    PresidentKind president,
    boolean fiveEldersVicePresident,
    SecretaryGeneralKind secretaryGeneral,
    int councilMembers,
    int groups,
    int members) {
  public Association {
    requireNonNull(established, "established");
    requireNonNull(president, "president");
    requireNonNull(secretaryGeneral, "secretaryGeneral");
    Counts.nonNegative(councilMembers, "councilMembers");
    Counts.nonNegative(groups, "groups");
    Counts.nonNegative(members, "members");
  }
}
