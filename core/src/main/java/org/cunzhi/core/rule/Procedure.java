package org.cunzhi.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Occasion;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.jspecify.annotations.Nullable;

/**
 * A procedure of the village work system (D-PROC) as a check: when something must happen, which
 * dated events of the dossier count, and which records they must keep. It looks at the assessment
 * year only, and lists what it missed as data ({@link CheckResult#missed()}): each period or day
 * without a counting event, named by its code ({@code 2025-03}, {@code 2025-Q2}, {@code 2025-H1},
 * {@code 2025}, {@code 2025-07-11}). Immutable.
 *
 * <p>When:
 *
 * <ul>
 *   <li>{@link #each(Cadence)}: an event in each period of the year (each month, quarter,
 *       half-year, or the year), the cadence fixed or a parameter;
 *   <li>{@link #in(Cadence, int)}: an event in one given period, e.g. the fourth quarter;
 *   <li>{@link #on(MonthDay, Occasion, LocalizedText)}: an event on a given day, e.g. World
 *       Population Day, 07-11 (D-PROC-5);
 *   <li>{@link #atLeastInYear(Parameter)}: at least N events in the year, whatever their months.
 * </ul>
 *
 * <p>What counts: {@link Events} of one or more sections (meetings, activities, disclosures,
 * appraisals), and, with {@link #requiring}, only meetings that kept the records named (D-PROC-6:
 * minutes and a sign-in sheet). For complaints, whose rule is a deadline, see {@link
 * #complaintsHandled}.
 *
 * <pre>{@code
 * Procedure.each(GROUP_LEADERS_CADENCE)
 *     .of("group-leaders-meeting",
 *         Events.meetings(m -> m.body() == MeetingBody.GROUP_LEADERS_MONTHLY))
 *     .requiring(MeetingRecord.MINUTES, MeetingRecord.SIGN_IN_SHEET)
 *     .labelled(text)
 * }</pre>
 *
 * <p>Sections: when the events come from several sections, the sections present may settle the
 * procedure alone (S-9); it is INSUFFICIENT_EVIDENCE, naming the absent sections, only when a
 * period is left open, and when every section is absent. Otherwise a period or day without an event
 * FAILs it, with an ADD_EVENT remedy for each (subject: the procedure's name).
 *
 * <p>Text: by default core's, naming the event by its {@linkplain #labelled label}. A procedure
 * over the periods of a cadence sums up a pass in one reason and gives one {@link Measure}, periods
 * covered out of periods, held to "all"; one period or one day gives its reason, held or missing,
 * and no measure. {@link #worded} takes the text from a standard's own bundle instead.
 */
public final class Procedure implements Check {

  private enum Kind {
    EACH,
    IN,
    ON,
    AT_LEAST
  }

  /**
   * When a procedure's events must happen; {@link #of} names the procedure and its events.
   * Immutable.
   */
  public static final class When {
    private final Kind kind;
    private final @Nullable Cadence cadence;
    private final @Nullable Parameter<Cadence> cadenceParameter;
    private final int index;
    private final @Nullable MonthDay day;
    private final @Nullable Occasion occasion;
    private final @Nullable LocalizedText dayName;
    private final @Nullable Parameter<Integer> minimum;

    private When(
        Kind kind,
        @Nullable Cadence cadence,
        @Nullable Parameter<Cadence> cadenceParameter,
        int index,
        @Nullable MonthDay day,
        @Nullable Occasion occasion,
        @Nullable LocalizedText dayName,
        @Nullable Parameter<Integer> minimum) {
      this.kind = kind;
      this.cadence = cadence;
      this.cadenceParameter = cadenceParameter;
      this.index = index;
      this.day = day;
      this.occasion = occasion;
      this.dayName = dayName;
      this.minimum = minimum;
    }

    /**
     * The procedure {@code name} (the measure's and the remedies' stable name, e.g. {@code
     * disclosure}) over {@code events}.
     *
     * @throws IllegalArgumentException when no events are given
     */
    public Procedure of(String name, Events... events) {
      requireNonNull(name, "name");
      checkArgument(events.length > 0, "name the events of procedure %s", name);
      List<Events> all = Arrays.asList(events);
      Set<Section> sections = new LinkedHashSet<>();
      for (Events e : all) {
        sections.add(e.section());
      }
      ImmutableList<Events> sources = ImmutableList.copyOf(all);
      ImmutableList.Builder<Events.Marker> markers = ImmutableList.builder();
      for (Events e : sources) {
        markers.add(e.marker());
      }
      return new Procedure(
          this,
          name,
          ImmutableList.copyOf(sections),
          d -> {
            ImmutableList.Builder<Events.Event> b = ImmutableList.builder();
            sources.forEach(e -> b.addAll(e.in(d)));
            return b.build();
          },
          markers.build(),
          ImmutableSet.of(),
          null,
          null);
    }

    /**
     * As {@link #of(String, Events...)}, the events known by the dates {@code dates} reads from
     * {@code sections}.
     */
    Procedure of(
        String name,
        List<Section> sections,
        Function<Dossier, ? extends Collection<LocalDate>> dates) {
      return new Procedure(
          this,
          name,
          ImmutableList.copyOf(sections),
          Events.datedEvents(dates),
          ImmutableList.of(Events.datedMarker(dates)),
          ImmutableSet.of(),
          null,
          null);
    }
  }

  private final When when;
  private final String name;
  private final ImmutableList<Section> sections;
  private final Function<Dossier, List<Events.Event>> events;
  private final ImmutableList<Events.Marker> markers;
  private final Marks marks;
  private final ImmutableSet<MeetingRecord> records;
  private final @Nullable LocalizedText label;
  private final @Nullable Wording wording;

  private Procedure(
      When when,
      String name,
      ImmutableList<Section> sections,
      Function<Dossier, List<Events.Event>> events,
      ImmutableList<Events.Marker> markers,
      ImmutableSet<MeetingRecord> records,
      @Nullable LocalizedText label,
      @Nullable Wording wording) {
    this.when = when;
    this.name = requireNonNull(name, "name");
    this.sections = sections;
    this.events = requireNonNull(events, "events");
    this.markers = markers;
    this.marks = new Marks(when);
    this.records = records;
    this.label = label;
    this.wording = wording;
  }

  // ---------------------------------------------------------------- when

  /** An event in each period of the assessment year at {@code cadence}. */
  public static When each(Cadence cadence) {
    return new When(Kind.EACH, requireNonNull(cadence, "cadence"), null, 0, null, null, null, null);
  }

  /** An event in each period of the assessment year at the cadence {@code cadence} sets. */
  public static When each(Parameter<Cadence> cadence) {
    return new When(Kind.EACH, null, requireNonNull(cadence, "cadence"), 0, null, null, null, null);
  }

  /**
   * An event in period {@code index} of the assessment year at {@code cadence}: {@code
   * in(QUARTERLY, 4)} is the fourth quarter.
   *
   * @throws IllegalArgumentException when the year has no such period
   */
  public static When in(Cadence cadence, int index) {
    Period.of(2000, cadence, index); // checks the index
    return new When(Kind.IN, cadence, null, index, null, null, null, null);
  }

  /**
   * An event on {@code day} of the assessment year, known as {@code name} (e.g. 世界人口日 / World
   * Population Day): an event dated that day, or an activity whose {@code occasion} is {@code
   * occasion} dated in the year. It is missed under its date, {@code 2025-07-11}.
   */
  public static When on(MonthDay day, Occasion occasion, LocalizedText name) {
    return new When(
        Kind.ON,
        null,
        null,
        0,
        requireNonNull(day, "day"),
        requireNonNull(occasion, "occasion"),
        requireNonNull(name, "name"),
        null);
  }

  /**
   * At least as many events in the assessment year as {@code minimum} says ("on average monthly",
   * D-PROC-5), whatever months they fall in. A shortfall FAILs with an ADD_EVENT remedy for the
   * difference and misses the year ({@code 2025}); the measure is the count held to the minimum
   * (capped at it), so 11 of 12 shows a gap of 1. Core's text only.
   */
  public static When atLeastInYear(Parameter<Integer> minimum) {
    return new When(
        Kind.AT_LEAST, null, null, 0, null, null, null, requireNonNull(minimum, "minimum"));
  }

  /**
   * Every complaint received in the assessment year investigated within {@code days} days of
   * receipt ({@code investigated − received ≤ days}) and its outcome published (D-PROC-3); see
   * {@link Deadline}.
   */
  public static Deadline complaintsHandled(Parameter<Integer> days) {
    return Deadline.complaints(days);
  }

  // ---------------------------------------------------------------- refinements

  /**
   * This procedure, counting only meetings that kept every one of {@code required} (D-PROC-6): a
   * month whose only meeting lacks its sign-in sheet is missed.
   */
  public Procedure requiring(MeetingRecord... required) {
    Set<MeetingRecord> all = EnumSet.noneOf(MeetingRecord.class);
    all.addAll(records);
    all.addAll(Arrays.asList(required));
    return new Procedure(
        when, name, sections, events, markers, Sets.immutableEnumSet(all), label, wording);
  }

  /**
   * This procedure, naming its event {@code event} (e.g. 政策公开 / policy disclosure) in core's text.
   */
  public Procedure labelled(LocalizedText event) {
    return new Procedure(
        when, name, sections, events, markers, records, requireNonNull(event, "event"), wording);
  }

  /**
   * This procedure, speaking with {@code bundle}'s messages under {@code prefix} instead of core's.
   * The occasion is a period in words ({@code 2025年第四季度} / {@code Q4 2025}) or the day's name:
   *
   * <ul>
   *   <li>{@code <prefix>.held}: held; {0} the occasion, {1} the day, or the date of the first
   *       event that counts in the period;
   *   <li>{@code <prefix>.missing}: a reason, not held; {0} the occasion, and {1} the day for a
   *       day;
   *   <li>{@code <prefix>.remedy}: what to hold; arguments as for {@code missing};
   *   <li>{@code <prefix>.missed} (optional): the missed item's text; {0} the occasion; without it,
   *       the {@code missing} message;
   *   <li>{@code <prefix>.every}, for {@link #each}: passed; {0} the year, {1} the periods covered,
   *       {2} the periods.
   * </ul>
   *
   * @throws IllegalArgumentException when the bundle lacks a key the procedure needs, or for {@link
   *     #atLeastInYear}, which has core's text only
   */
  public Procedure worded(Messages bundle, String prefix) {
    requireNonNull(bundle, "bundle");
    requireNonNull(prefix, "prefix");
    checkArgument(when.kind != Kind.AT_LEAST, "a count in the year has core's text only");
    List<String> needed = new ArrayList<>(List.of("held", "missing", "remedy"));
    if (when.kind == Kind.EACH) {
      needed.add("every");
    }
    for (String part : needed) {
      checkArgument(
          bundle.has(prefix + "." + part),
          "message bundle %s has no key \"%s.%s\"",
          bundle.base(),
          prefix,
          part);
    }
    return new Procedure(
        when, name, sections, events, markers, records, label, new BundleWording(bundle, prefix));
  }

  /** The procedure's stable name, e.g. {@code disclosure}. */
  public String name() {
    return name;
  }

  /**
   * Its sections, any one of which may settle it (S-9), and the parameter it reads, if any. Without
   * sections, where the events come from is unknown.
   */
  @Override
  public Requirements requirements() {
    Requirements r = sections.isEmpty() ? Requirements.unknown() : Requirements.none();
    r = r.needingAnyOf(sections);
    if (when.cadenceParameter != null) {
      r = r.reading(when.cadenceParameter);
    }
    return when.minimum == null ? r : r.reading(when.minimum);
  }

  // ---------------------------------------------------------------- evaluation

  /** A period or a day on which an event is due. */
  private record Due(String code, LocalizedText text, @Nullable Integer quarter, boolean isDay) {}

  @Override
  public CheckResult check(CheckContext context) {
    Messages core = context.coreMessages();
    Dossier dossier = context.dossier();
    int year = context.assessmentYear();
    // the cadence is read before the sections are looked at, so the result always shows it
    @Nullable Cadence cadence =
        when.cadenceParameter != null ? context.parameter(when.cadenceParameter) : when.cadence;
    List<Section> absent = new ArrayList<>();
    for (Section s : sections) {
      if (!dossier.has(s)) {
        absent.add(s);
      }
    }
    if (!sections.isEmpty() && absent.size() == sections.size()) {
      return Checks.missingSections(core, absent);
    }
    LocalizedText event = label == null ? Labels.of(name) : label;
    int periods = when.kind == Kind.EACH ? requireNonNull(cadence).periodsPerYear() : 1;
    // the first counting event of each period, or of the day, in one pass; for each period only
    // whether one is held, which the events' marks say as they do for deciding, no event made
    @Nullable LocalDate[] first = null;
    long coveredBits = 0;
    if (when.kind == Kind.EACH) {
      for (int i = 0; i < markers.size(); i++) {
        coveredBits |= markers.get(i).marks(dossier, records, marks, year, cadence, false);
      }
    } else {
      List<Events.Event> counting = new ArrayList<>();
      for (Events.Event e : events.apply(dossier)) {
        if (e.records().containsAll(records)) {
          counting.add(e);
        }
      }
      if (when.kind == Kind.AT_LEAST) {
        return countInYear(context, core, year, counting, event, absent);
      }
      first = new LocalDate[periods];
      for (Events.Event e : counting) {
        long bit = marks.mark(e.date(), e.occasion(), year, cadence);
        if (bit != 0) {
          int i = Long.numberOfTrailingZeros(bit);
          if (first[i] == null) {
            first[i] = e.date();
            coveredBits |= bit;
          }
        }
      }
    }
    Wording words = wording == null ? new CoreWording(core, event) : wording;
    List<Reason> reasons = new ArrayList<>();
    List<Remedy> remedies = new ArrayList<>();
    List<Missed> missed = new ArrayList<>();
    int covered = 0;
    @Nullable Reason held = null;
    for (int i = 0; i < periods; i++) {
      if ((coveredBits & (1L << i)) != 0) {
        covered++;
        if (when.kind != Kind.EACH) {
          // a pass of one period or a day gives its reason; of every period, one summing up
          Due due = due(year, cadence, i);
          held =
              words.held(
                  due,
                  due.isDay()
                      ? requireNonNull(when.day).atYear(year)
                      : requireNonNull(requireNonNull(first)[i]));
        }
      } else {
        Due due = due(year, cadence, i);
        reasons.add(words.missing(due));
        missed.add(new Missed(due.code(), words.missed(due)));
        remedies.add(
            new Remedy(Remedy.Kind.ADD_EVENT, name, year, due.quarter(), 1, words.remedy(due)));
      }
    }
    List<Measure> measures = new ArrayList<>();
    if (when.kind == Kind.EACH) {
      Cadence c = requireNonNull(cadence);
      measures.add(
          new Measure(
              name,
              core.text("measure.periods", Labels.of("cadence", c), event),
              year,
              Rate.of(covered, periods),
              Threshold.all(),
              Measure.Kind.COVERAGE));
    }
    if (covered == periods) {
      Reason passed =
          when.kind == Kind.EACH
              ? words.every(year, requireNonNull(cadence), covered, periods)
              : requireNonNull(held);
      return new CheckResult(
          Outcome.PASS, ImmutableList.of(passed), measures, ImmutableList.of(), false);
    }
    if (!absent.isEmpty()) {
      CheckResult missing = Checks.missingSections(core, absent);
      reasons.addAll(missing.reasons());
      return new CheckResult(
          Outcome.INSUFFICIENT_EVIDENCE,
          reasons,
          measures,
          missing.remedies(),
          false,
          null,
          missed);
    }
    return new CheckResult(Outcome.FAIL, reasons, measures, remedies, false, null, missed);
  }

  /**
   * What {@link #check} decides, without its text, measures or lists: the same sections looked at,
   * the same events read and tested, each period or day covered or not.
   */
  @Override
  public Ruling decide(CheckContext context) {
    Dossier dossier = context.dossier();
    int year = context.assessmentYear();
    @Nullable Cadence cadence =
        when.cadenceParameter != null ? context.parameter(when.cadenceParameter) : when.cadence;
    int absent = 0;
    for (int i = 0; i < sections.size(); i++) {
      if (!dossier.has(sections.get(i))) {
        absent++;
      }
    }
    if (!sections.isEmpty() && absent == sections.size()) {
      return Ruling.INSUFFICIENT_EVIDENCE;
    }
    boolean counting = when.kind == Kind.AT_LEAST;
    long bits = 0;
    for (int i = 0; i < markers.size(); i++) {
      bits =
          counting
              ? bits + markers.get(i).marks(dossier, records, marks, year, cadence, true)
              : bits | markers.get(i).marks(dossier, records, marks, year, cadence, false);
    }
    boolean covered;
    switch (when.kind) {
      case EACH:
        int periods = requireNonNull(cadence).periodsPerYear();
        covered = bits == (1L << periods) - 1;
        break;
      case AT_LEAST:
        int least = context.parameter(requireNonNull(when.minimum));
        // as the measure's rate, Rate.of(min(held, least), least), would refuse it
        checkArgument(least >= 0, "numerator must not be negative, was %s", least);
        covered = bits >= least;
        break;
      default:
        covered = bits != 0;
        break;
    }
    if (covered) {
      return Ruling.PASS;
    }
    return absent > 0 ? Ruling.INSUFFICIENT_EVIDENCE : Ruling.FAIL;
  }

  /** The period {@code i} (from 0) of the year the procedure is due in, or its day. */
  private Due due(int year, @Nullable Cadence cadence, int i) {
    switch (when.kind) {
      case EACH:
        Period p = Period.of(year, requireNonNull(cadence), i + 1);
        return new Due(p.code(), p.text(), p.quarter(), false);
      case IN:
        Period one = Period.of(year, requireNonNull(when.cadence), when.index);
        return new Due(one.code(), one.text(), one.quarter(), false);
      default:
        LocalDate day = requireNonNull(when.day).atYear(year);
        return new Due(
            day.toString(), requireNonNull(when.dayName), (day.getMonthValue() - 1) / 3 + 1, true);
    }
  }

  private CheckResult countInYear(
      CheckContext context,
      Messages core,
      int year,
      List<Events.Event> counting,
      LocalizedText event,
      List<Section> absent) {
    int least = context.parameter(requireNonNull(when.minimum));
    int held = 0;
    for (Events.Event e : counting) {
      if (e.date().getYear() == year) {
        held++;
      }
    }
    String y = Numerals.of(year);
    String h = Numerals.of(held);
    String n = Numerals.of(least);
    Measure measure =
        new Measure(
            name,
            core.text("measure.count-of-minimum", event),
            year,
            Rate.of(Math.min(held, least), least),
            Threshold.all(),
            Measure.Kind.COVERAGE);
    if (held >= least) {
      return CheckResult.pass(core.reason("event.enough", y, event, h, n)).withMeasure(measure);
    }
    List<Reason> reasons = new ArrayList<>();
    reasons.add(core.reason("event.too-few", y, event, h, n));
    ImmutableList<Missed> missed =
        ImmutableList.of(
            Missed.of(
                Period.of(year, Cadence.YEARLY, 1),
                core.text("event.too-few.missed", y, event, h, n)));
    if (!absent.isEmpty()) {
      CheckResult missing = Checks.missingSections(core, absent);
      reasons.addAll(missing.reasons());
      return new CheckResult(
          Outcome.INSUFFICIENT_EVIDENCE,
          reasons,
          ImmutableList.of(measure),
          missing.remedies(),
          false,
          null,
          missed);
    }
    return new CheckResult(
        Outcome.FAIL,
        reasons,
        ImmutableList.of(measure),
        ImmutableList.of(
            new Remedy(
                Remedy.Kind.ADD_EVENT,
                name,
                year,
                null,
                least - held,
                core.text("remedy.add-events", event, Numerals.of(least - held)))),
        false,
        null,
        missed);
  }

  /** How an event marks what it covers, for {@link #decide}; one per procedure. */
  private static final class Marks implements Events.Mark {
    private final When when;

    Marks(When when) {
      this.when = when;
    }

    /**
     * The bits of what an event dated {@code date} covers in {@code year}: for {@link #each} the
     * bit of its period (bit 0 the first), for one period or a day bit 0 when it counts, for {@link
     * #atLeastInYear} 1 when it is in the year (the procedure adds these). As the periods' {@link
     * Period#contains} and the day's date decide it, without making either.
     */
    @Override
    public long mark(LocalDate date, @Nullable Occasion occasion, int year, @Nullable Cadence c) {
      int y = date.getYear();
      switch (when.kind) {
        case EACH:
          return y == year ? 1L << (requireNonNull(c).periodOfMonth(date.getMonthValue()) - 1) : 0;
        case IN:
          return y == year && requireNonNull(c).periodOfMonth(date.getMonthValue()) == when.index
              ? 1
              : 0;
        case ON:
          MonthDay d = requireNonNull(when.day);
          // MonthDay.atYear gives 28 February for 29 February in a common year
          int dayOfMonth = d.isValidYear(year) ? d.getDayOfMonth() : 28;
          boolean onTheDay =
              y == year
                  && date.getMonthValue() == d.getMonthValue()
                  && date.getDayOfMonth() == dayOfMonth;
          return onTheDay || (occasion == when.occasion && y == year) ? 1 : 0;
        default:
          return y == year ? 1 : 0;
      }
    }
  }

  // ---------------------------------------------------------------- text

  /** How a procedure speaks. */
  private interface Wording {
    Reason held(Due due, LocalDate date);

    Reason missing(Due due);

    Message missed(Due due);

    Message remedy(Due due);

    Reason every(int year, Cadence cadence, int covered, int periods);
  }

  /** Core's text, naming the event. */
  private record CoreWording(Messages core, LocalizedText event) implements Wording {
    @Override
    public Reason held(Due due, LocalDate date) {
      return core.reason("event.held", due.text(), event, Numerals.of(date));
    }

    @Override
    public Reason missing(Due due) {
      return core.reason(due.isDay() ? "event.missing-on" : "event.missing", due.text(), event);
    }

    @Override
    public Message missed(Due due) {
      return core.text(due.isDay() ? "event.missing-on" : "event.missing", due.text(), event);
    }

    @Override
    public Message remedy(Due due) {
      return core.text(due.isDay() ? "remedy.add-event-on" : "remedy.add-event", due.text(), event);
    }

    @Override
    public Reason every(int year, Cadence cadence, int covered, int periods) {
      return core.reason(
          "event.every-period",
          Numerals.of(year),
          event,
          Labels.of("cadence", cadence),
          Numerals.of(covered),
          Numerals.of(periods));
    }
  }

  /** A standard's own text; see {@link #worded}. */
  private record BundleWording(Messages bundle, String prefix) implements Wording {
    private Object[] args(Due due) {
      return due.isDay() ? new Object[] {due.text(), due.code()} : new Object[] {due.text()};
    }

    @Override
    public Reason held(Due due, LocalDate date) {
      return bundle.reason(prefix + ".held", due.text(), Numerals.of(date));
    }

    @Override
    public Reason missing(Due due) {
      return bundle.reason(prefix + ".missing", args(due));
    }

    @Override
    public Message missed(Due due) {
      return bundle.has(prefix + ".missed")
          ? bundle.text(prefix + ".missed", due.text())
          : bundle.text(prefix + ".missing", args(due));
    }

    @Override
    public Message remedy(Due due) {
      return bundle.text(prefix + ".remedy", args(due));
    }

    @Override
    public Reason every(int year, Cadence cadence, int covered, int periods) {
      return bundle.reason(
          prefix + ".every", Numerals.of(year), Numerals.of(covered), Numerals.of(periods));
    }
  }

  @Override
  public String toString() {
    return "Procedure[" + name + " " + when.kind + "]";
  }
}
