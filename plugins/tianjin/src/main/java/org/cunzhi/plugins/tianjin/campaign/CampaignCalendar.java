package org.cunzhi.plugins.tianjin.campaign;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;
import org.cunzhi.plugins.tianjin.TianjinText;
import org.jspecify.annotations.Nullable;

/**
 * The dates of one year of the Tianjin demonstration campaign (TJ-C1), from the municipal plan's
 * section 三:
 *
 * <ul>
 *   <li>filing by 31 January (in the campaign's first year, by 15 March);
 *   <li>creation from February to September;
 *   <li>district evaluation from October to December, with reports due by 20 October;
 *   <li>municipal inspection about November;
 *   <li>then, for units that pass, the plaque and national candidacy. The plan dates this only as
 *       following the inspection, within the evaluation phase, so the calendar gives it as about
 *       November to December.
 * </ul>
 *
 * <p>Immutable. Milestones are listed in the plan's order, which in the first year is not the order
 * of their first days (creation starts in February, filing closes in March).
 */
public final class CampaignCalendar {
  private final int year;
  private final boolean firstYear;
  private final ImmutableList<Milestone> milestones;

  private CampaignCalendar(int year, boolean firstYear) {
    this.year = year;
    this.firstYear = firstYear;
    LocalDate filing =
        firstYear ? LocalDate.of(year, Month.MARCH, 15) : LocalDate.of(year, Month.JANUARY, 31);
    this.milestones =
        ImmutableList.of(
            milestone(MilestoneKind.FILING_DEADLINE, MilestoneTiming.DEADLINE, filing, filing),
            milestone(
                MilestoneKind.CREATION,
                MilestoneTiming.PERIOD,
                LocalDate.of(year, Month.FEBRUARY, 1),
                LocalDate.of(year, Month.SEPTEMBER, 30)),
            milestone(
                MilestoneKind.DISTRICT_EVALUATION,
                MilestoneTiming.PERIOD,
                LocalDate.of(year, Month.OCTOBER, 1),
                LocalDate.of(year, Month.DECEMBER, 31)),
            milestone(
                MilestoneKind.DISTRICT_REPORT_DEADLINE,
                MilestoneTiming.DEADLINE,
                LocalDate.of(year, Month.OCTOBER, 20),
                LocalDate.of(year, Month.OCTOBER, 20)),
            milestone(
                MilestoneKind.MUNICIPAL_INSPECTION,
                MilestoneTiming.APPROXIMATE,
                LocalDate.of(year, Month.NOVEMBER, 1),
                LocalDate.of(year, Month.NOVEMBER, 30)),
            milestone(
                MilestoneKind.AWARD,
                MilestoneTiming.APPROXIMATE,
                LocalDate.of(year, Month.NOVEMBER, 1),
                LocalDate.of(year, Month.DECEMBER, 31)));
  }

  private static Milestone milestone(
      MilestoneKind kind, MilestoneTiming timing, LocalDate from, LocalDate to) {
    String key = "campaign.milestone." + kind.name();
    return new Milestone(
        kind,
        timing,
        from,
        to,
        TianjinText.text(key + ".name"),
        TianjinText.text(key + ".description", from, to));
  }

  /**
   * The calendar of {@code year}; {@code firstYear} when it is the campaign's first year, in which
   * filing closes on 15 March instead of 31 January.
   *
   * @throws IllegalArgumentException when the year is not between 1 and 9999
   */
  public static CampaignCalendar of(int year, boolean firstYear) {
    checkArgument(year >= 1 && year <= 9999, "campaign year must be 1 to 9999, was %s", year);
    return new CampaignCalendar(year, firstYear);
  }

  /** The campaign year. */
  public int year() {
    return year;
  }

  /** Whether this is the campaign's first year. */
  public boolean isFirstYear() {
    return firstYear;
  }

  /** Every milestone, in the plan's order. */
  public List<Milestone> milestones() {
    return milestones;
  }

  /** The milestone of {@code kind}. */
  public Milestone milestone(MilestoneKind kind) {
    return milestones.stream()
        .filter(m -> m.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("calendar lacks milestone " + kind));
  }

  /** The last day to file: 31 January, or 15 March in the first year. */
  public LocalDate filingDeadline() {
    return milestone(MilestoneKind.FILING_DEADLINE).to();
  }

  /** The last day for districts to report units that passed: 20 October. */
  public LocalDate reportDeadline() {
    return milestone(MilestoneKind.DISTRICT_REPORT_DEADLINE).to();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CampaignCalendar other
        && year == other.year
        && firstYear == other.firstYear;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, firstYear);
  }

  @Override
  public String toString() {
    return "CampaignCalendar[" + year + (firstYear ? ", first year]" : "]");
  }
}
