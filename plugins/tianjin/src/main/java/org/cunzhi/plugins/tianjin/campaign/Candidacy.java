package org.cunzhi.plugins.tianjin.campaign;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.plugins.tianjin.TianjinText;
import org.jspecify.annotations.Nullable;

/**
 * One unit's candidacy in a campaign year (TJ-C1), as an immutable state machine. Each step is
 * dated and returns a {@link Transition}: the next candidacy, or a refusal as a value. Steps never
 * throw for a late or out-of-order step; they throw only for a null argument.
 *
 * <table>
 *   <caption>Steps, the stage each leads from, and the dates it accepts</caption>
 *   <tr><th>step</th><th>from</th><th>to</th><th>accepted dates</th></tr>
 *   <tr><td>{@link #file}</td><td>(none)</td><td>FILED</td>
 *       <td>by the filing deadline (31 January; 15 March in the first year)</td></tr>
 *   <tr><td>{@link #startCreation}</td><td>FILED</td><td>CREATING</td>
 *       <td>1 February to 30 September</td></tr>
 *   <tr><td>{@link #assessByDistrict}</td><td>CREATING</td><td>ASSESSED_BY_DISTRICT</td>
 *       <td>1 October to 31 December</td></tr>
 *   <tr><td>{@link #report}</td><td>ASSESSED_BY_DISTRICT</td><td>REPORTED</td>
 *       <td>by 20 October</td></tr>
 *   <tr><td>{@link #inspect}</td><td>REPORTED</td><td>INSPECTED</td>
 *       <td>by 31 December (the plan says "about November")</td></tr>
 *   <tr><td>{@link #award}</td><td>INSPECTED</td><td>AWARDED</td><td>any date</td></tr>
 *   <tr><td>{@link #notPass}</td><td>ASSESSED_BY_DISTRICT or INSPECTED</td><td>NOT_PASSED</td>
 *       <td>any date</td></tr>
 * </table>
 *
 * <p>Every step after filing must also be dated on or after the step before it. The checks run in
 * this order, and the first that fails is the refusal: out of order, before the previous step, too
 * early, late. The plan sets no date for the plaque, so awarding (and a finding of not passed) is
 * bounded only by the order of steps.
 */
public final class Candidacy {
  private final DivisionCode unit;
  private final CampaignCalendar calendar;
  private final ImmutableList<StageReached> history;

  private Candidacy(DivisionCode unit, CampaignCalendar calendar, ImmutableList<StageReached> h) {
    this.unit = unit;
    this.calendar = calendar;
    this.history = h;
  }

  /**
   * Files {@code unit} for the campaign year of {@code calendar} on {@code date}; refused as late
   * after the filing deadline.
   */
  public static Transition file(DivisionCode unit, CampaignCalendar calendar, LocalDate date) {
    requireNonNull(unit, "unit");
    requireNonNull(calendar, "calendar");
    requireNonNull(date, "date");
    LocalDate deadline = calendar.filingDeadline();
    if (date.isAfter(deadline)) {
      return refuse(CandidacyStage.FILED, null, date, RefusalReason.LATE, deadline);
    }
    return new Transition.Accepted(
        new Candidacy(
            unit, calendar, ImmutableList.of(new StageReached(CandidacyStage.FILED, date))));
  }

  /** Starts creation on {@code date}: from FILED, 1 February to 30 September. */
  public Transition startCreation(LocalDate date) {
    return step(
        CandidacyStage.CREATING,
        date,
        LocalDate.of(calendar.year(), Month.FEBRUARY, 1),
        LocalDate.of(calendar.year(), Month.SEPTEMBER, 30),
        CandidacyStage.FILED);
  }

  /**
   * Records the district's passing assessment on {@code date}: from CREATING, October to December.
   */
  public Transition assessByDistrict(LocalDate date) {
    return step(
        CandidacyStage.ASSESSED_BY_DISTRICT,
        date,
        LocalDate.of(calendar.year(), Month.OCTOBER, 1),
        endOfYear(),
        CandidacyStage.CREATING);
  }

  /** Records the district's report to the municipality on {@code date}: by 20 October. */
  public Transition report(LocalDate date) {
    return step(
        CandidacyStage.REPORTED,
        date,
        null,
        calendar.reportDeadline(),
        CandidacyStage.ASSESSED_BY_DISTRICT);
  }

  /** Records the municipal inspection on {@code date}: from REPORTED, by 31 December. */
  public Transition inspect(LocalDate date) {
    return step(CandidacyStage.INSPECTED, date, null, endOfYear(), CandidacyStage.REPORTED);
  }

  /** Awards the plaque on {@code date}; the unit becomes a national candidate. From INSPECTED. */
  public Transition award(LocalDate date) {
    return step(CandidacyStage.AWARDED, date, null, null, CandidacyStage.INSPECTED);
  }

  /**
   * Records on {@code date} that the unit did not pass: after the district's assessment (the
   * district does not report it) or after the municipal inspection.
   */
  public Transition notPass(LocalDate date) {
    return step(
        CandidacyStage.NOT_PASSED,
        date,
        null,
        null,
        CandidacyStage.ASSESSED_BY_DISTRICT,
        CandidacyStage.INSPECTED);
  }

  private Transition step(
      CandidacyStage next,
      LocalDate date,
      @Nullable LocalDate earliest,
      @Nullable LocalDate latest,
      CandidacyStage... from) {
    requireNonNull(date, "date");
    CandidacyStage current = stage();
    if (!List.of(from).contains(current)) {
      return refuse(next, current, date, RefusalReason.OUT_OF_ORDER, null);
    }
    LocalDate previous = history.get(history.size() - 1).date();
    if (date.isBefore(previous)) {
      return refuse(next, current, date, RefusalReason.BEFORE_PREVIOUS_STEP, previous);
    }
    if (earliest != null && date.isBefore(earliest)) {
      return refuse(next, current, date, RefusalReason.TOO_EARLY, earliest);
    }
    if (latest != null && date.isAfter(latest)) {
      return refuse(next, current, date, RefusalReason.LATE, latest);
    }
    return new Transition.Accepted(
        new Candidacy(
            unit,
            calendar,
            ImmutableList.<StageReached>builder()
                .addAll(history)
                .add(new StageReached(next, date))
                .build()));
  }

  private static Transition refuse(
      CandidacyStage attempted,
      @Nullable CandidacyStage current,
      LocalDate date,
      RefusalReason reason,
      @Nullable LocalDate limit) {
    String key = "campaign.refusal." + reason.name();
    Object[] args =
        current == null
            ? new Object[] {attempted.step(), date, limit, ""}
            : new Object[] {attempted.step(), date, limit, current.title()};
    return new Transition.Refused(
        new Refusal(attempted, current, date, reason, limit, TianjinText.text(key, args)));
  }

  private LocalDate endOfYear() {
    return LocalDate.of(calendar.year(), Month.DECEMBER, 31);
  }

  /** The unit filed. */
  public DivisionCode unit() {
    return unit;
  }

  /** The campaign year's calendar. */
  public CampaignCalendar calendar() {
    return calendar;
  }

  /** The stage reached last. */
  public CandidacyStage stage() {
    return history.get(history.size() - 1).stage();
  }

  /** Every stage reached, in order, with its date. */
  public List<StageReached> history() {
    return history;
  }

  /** When {@code stage} was reached; empty when it was not. */
  public Optional<LocalDate> dateOf(CandidacyStage stage) {
    return history.stream().filter(s -> s.stage() == stage).map(StageReached::date).findFirst();
  }

  /** Whether the unit holds the plaque and is a candidate for national demonstration. */
  public boolean isNationalCandidate() {
    return stage() == CandidacyStage.AWARDED;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Candidacy other
        && unit.equals(other.unit)
        && calendar.equals(other.calendar)
        && history.equals(other.history);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(unit, calendar, history);
  }

  @Override
  public String toString() {
    return "Candidacy[" + unit + " " + calendar.year() + " " + history + "]";
  }
}
