package org.cunzhi.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cunzhi.core.model.Activity;
import org.cunzhi.core.model.Appraisal;
import org.cunzhi.core.model.Disclosure;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Meeting;
import org.cunzhi.core.model.Occasion;
import org.cunzhi.core.model.Section;
import org.jspecify.annotations.Nullable;

/**
 * The dated events of one section of a dossier that count for a {@link Procedure}: the meetings of
 * a body, the activities of a kind, the disclosures that cover policy. Events keep the dossier's
 * order; a procedure decides which of them fall in the assessment year. Immutable.
 *
 * <pre>{@code
 * Events.meetings(m -> m.body() == MeetingBody.ASSOCIATION_COUNCIL)
 * Events.activities(a -> a.body() == ActivityBody.GROUP)
 * }</pre>
 */
public final class Events {
  private final Section section;
  private final Function<Dossier, List<Event>> read;
  private final Marker marker;

  private Events(Section section, Function<Dossier, List<Event>> read, Marker marker) {
    this.section = section;
    this.read = read;
    this.marker = marker;
  }

  /**
   * What a procedure deciding without explaining ({@link Procedure#decide}) asks of each event that
   * counts: the bits of the periods or days it covers (see {@link Procedure}).
   */
  interface Mark {
    /**
     * The bits the event dated {@code date}, marking {@code occasion}, covers in {@code year} at
     * {@code cadence}.
     */
    long mark(LocalDate date, @Nullable Occasion occasion, int year, @Nullable Cadence cadence);
  }

  /**
   * The events of a dossier as a procedure deciding without explaining reads them: each one that
   * keeps {@code records} marked by {@code mark}, the bits ORed, with no list or event made. It
   * reads the same items and applies the same tests as {@link #in}, so it fails where that fails.
   */
  interface Marker {
    /** The marks, added when {@code count}, else ORed. */
    long marks(
        Dossier dossier,
        Set<MeetingRecord> records,
        Mark mark,
        int year,
        @Nullable Cadence cadence,
        boolean count);
  }

  private static long combine(long bits, long mark, boolean count) {
    return count ? bits + mark : bits | mark;
  }

  /**
   * One event as a procedure sees it: its date, the day it marked (activities only) and the records
   * it kept (meetings only).
   */
  record Event(LocalDate date, @Nullable Occasion occasion, Set<MeetingRecord> records) {
    Event {
      requireNonNull(date, "date");
      records = Sets.immutableEnumSet(records);
    }

    static Event on(LocalDate date) {
      return new Event(date, null, EnumSet.noneOf(MeetingRecord.class));
    }
  }

  /** The meetings for which {@code which} holds, with the records each kept. */
  public static Events meetings(Predicate<? super Meeting> which) {
    requireNonNull(which, "which");
    return new Events(
        Section.MEETINGS,
        d ->
            d.meetings().stream()
                .filter(which)
                .map(m -> new Event(m.date(), null, kept(m)))
                .collect(ImmutableList.toImmutableList()),
        (d, records, mark, year, cadence, count) -> {
          long bits = 0;
          List<Meeting> meetings = d.meetings();
          for (int i = 0; i < meetings.size(); i++) {
            Meeting m = meetings.get(i);
            if (which.test(m) && keeps(m, records)) {
              bits = combine(bits, mark.mark(m.date(), null, year, cadence), count);
            }
          }
          return bits;
        });
  }

  /** The activities for which {@code which} holds, with the day each marked. */
  public static Events activities(Predicate<? super Activity> which) {
    requireNonNull(which, "which");
    return new Events(
        Section.ACTIVITIES,
        d ->
            d.activities().stream()
                .filter(which)
                .map(a -> new Event(a.date(), a.occasion(), EnumSet.noneOf(MeetingRecord.class)))
                .collect(ImmutableList.toImmutableList()),
        (d, records, mark, year, cadence, count) -> {
          long bits = 0;
          List<Activity> activities = d.activities();
          for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            // an activity keeps no record: where records are required it never counts
            if (which.test(a) && records.isEmpty()) {
              bits =
                  combine(
                      bits,
                      mark.mark(requireNonNull(a.date(), "date"), a.occasion(), year, cadence),
                      count);
            }
          }
          return bits;
        });
  }

  /** The disclosures for which {@code which} holds. */
  public static Events disclosures(Predicate<? super Disclosure> which) {
    requireNonNull(which, "which");
    return new Events(
        Section.DISCLOSURES,
        d ->
            d.disclosures().stream()
                .filter(which)
                .map(x -> Event.on(x.date()))
                .collect(ImmutableList.toImmutableList()),
        (d, records, mark, year, cadence, count) -> {
          long bits = 0;
          List<Disclosure> disclosures = d.disclosures();
          for (int i = 0; i < disclosures.size(); i++) {
            Disclosure x = disclosures.get(i);
            if (which.test(x) && records.isEmpty()) {
              bits =
                  combine(
                      bits,
                      mark.mark(requireNonNull(x.date(), "date"), null, year, cadence),
                      count);
            }
          }
          return bits;
        });
  }

  /** The appraisals for which {@code which} holds. */
  public static Events appraisals(Predicate<? super Appraisal> which) {
    requireNonNull(which, "which");
    return dated(
        Section.APPRAISALS,
        d -> d.appraisals().stream().filter(which).map(Appraisal::date).toList());
  }

  /**
   * Events of {@code section} known by their dates alone ({@code dates} reads only that section):
   * for event lists this class does not name.
   */
  public static Events dated(
      Section section, Function<Dossier, ? extends Collection<LocalDate>> dates) {
    requireNonNull(section, "section");
    return new Events(section, datedEvents(dates), datedMarker(dates));
  }

  /** The events {@code dates} gives, known by their dates alone. */
  static Function<Dossier, List<Event>> datedEvents(
      Function<Dossier, ? extends Collection<LocalDate>> dates) {
    requireNonNull(dates, "dates");
    return d -> dates.apply(d).stream().map(Event::on).collect(ImmutableList.toImmutableList());
  }

  /** {@link #datedEvents}' marker: every date is read, as the events are made of every one. */
  static Marker datedMarker(Function<Dossier, ? extends Collection<LocalDate>> dates) {
    requireNonNull(dates, "dates");
    return (d, records, mark, year, cadence, count) -> {
      long bits = 0;
      for (LocalDate date : dates.apply(d)) {
        requireNonNull(date, "date");
        if (records.isEmpty()) {
          bits = combine(bits, mark.mark(date, null, year, cadence), count);
        }
      }
      return bits;
    };
  }

  /** The section the events come from. */
  public Section section() {
    return section;
  }

  /** The events in {@code dossier}, in its order (none when it lacks the section). */
  List<Event> in(Dossier dossier) {
    return read.apply(dossier);
  }

  /** How a procedure deciding without explaining reads these events. */
  Marker marker() {
    return marker;
  }

  private static boolean keeps(Meeting m, Set<MeetingRecord> records) {
    for (MeetingRecord r : records) {
      if (!r.isKeptBy(m)) {
        return false;
      }
    }
    return true;
  }

  private static Set<MeetingRecord> kept(Meeting m) {
    Set<MeetingRecord> kept = EnumSet.noneOf(MeetingRecord.class);
    for (MeetingRecord r : MeetingRecord.values()) {
      if (r.isKeptBy(m)) {
        kept.add(r);
      }
    }
    return kept;
  }

  @Override
  public String toString() {
    return "Events[" + section.fieldName() + "]";
  }
}
