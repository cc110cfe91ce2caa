package org.cunzhi.plugins.tianjin.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cunzhi.core.rule.LocalizedText;

/**
 * One dated milestone of a campaign year (TJ-C1). A deadline has its due day as both {@code from}
 * and {@code to}.
 *
 * @param kind which milestone
 * @param timing how its dates are meant
 * @param from its first day
 * @param to its last day (the due day of a deadline)
 * @param name its name, in both languages
 * @param description what happens, in both languages
 */
public record Milestone(
    MilestoneKind kind,
    MilestoneTiming timing,
    LocalDate from,
    LocalDate to,
    LocalizedText name,
    LocalizedText description) {

  public Milestone {
    requireNonNull(kind, "kind");
    requireNonNull(timing, "timing");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    checkArgument(
        !to.isBefore(from), "milestone %s ends (%s) before it starts (%s)", kind, to, from);
    checkArgument(
        timing != MilestoneTiming.DEADLINE || from.equals(to),
        "deadline %s must be a single day, was %s to %s",
        kind,
        from,
        to);
  }

  /** Whether {@code date} falls within the milestone, both ends included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
