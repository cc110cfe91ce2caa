package org.cunzhi.core.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cunzhi.core.validation.NotGreaterThan;
import org.cunzhi.core.validation.SumNotGreaterThan;
import org.jspecify.annotations.Nullable;

/**
 * The vote that adopted a charter or covenant (D-CH-3).
 *
 * @param body the assembly that voted
 * @param date the day of the vote
 * @param eligible for a villagers' assembly the residents aged 18+, for a representatives' assembly
 *     its members
 * @param present those present
 * @param householdsRepresented households represented at a villagers' assembly; null when not
 *     counted
 * @param votesFor votes for
 * @param votesAgainst votes against
 * @param abstentions abstentions
 */
@SumNotGreaterThan(
    parts = {"votesFor", "votesAgainst", "abstentions"},
    limit = "present",
    label = "votes cast",
    limitLabel = "those present")
@NotGreaterThan(field = "present", limit = "eligible")
public record Adoption(
    AdoptionBody body,
    LocalDate date,
    int eligible,
    int present,
    @Nullable Integer householdsRepresented,
    int votesFor,
    int votesAgainst,
    int abstentions) {
  public Adoption {
    requireNonNull(body, "body");
    requireNonNull(date, "date");
    Counts.nonNegative(eligible, "eligible");
    Counts.nonNegative(present, "present");
    if (householdsRepresented != null) {
      Counts.nonNegative(householdsRepresented, "householdsRepresented");
    }
    Counts.nonNegative(votesFor, "votesFor");
    Counts.nonNegative(votesAgainst, "votesAgainst");
    Counts.nonNegative(abstentions, "abstentions");
  }
}
