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

  private Events(Section section, Function<Dossier, List<Event>> read) {
    this.section = section;
    this.read = read;
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
                .collect(ImmutableList.toImmutableList()));
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
                .collect(ImmutableList.toImmutableList()));
  }

  /** The disclosures for which {@code which} holds. */
  public static Events disclosures(Predicate<? super Disclosure> which) {
    requireNonNull(which, "which");
    return dated(
        Section.DISCLOSURES,
        d -> d.disclosures().stream().filter(which).map(Disclosure::date).toList());
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
    requireNonNull(dates, "dates");
    return new Events(
        section,
        d -> dates.apply(d).stream().map(Event::on).collect(ImmutableList.toImmutableList()));
  }

  /** The section the events come from. */
  public Section section() {
    return section;
  }

  /** The events in {@code dossier}, in its order (none when it lacks the section). */
  List<Event> in(Dossier dossier) {
    return read.apply(dossier);
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
