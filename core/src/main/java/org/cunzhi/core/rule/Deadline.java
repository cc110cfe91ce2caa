package org.cunzhi.core.rule;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.cunzhi.core.model.Complaint;
import org.cunzhi.core.model.Section;
import org.jspecify.annotations.Nullable;

/**
 * Items that must be dealt with in time: every complaint received in the assessment year
 * investigated within a number of calendar days of receipt ({@code investigated − received ≤ days}:
 * received on the 3rd, investigated on the 6th is in time for 3 days) and its outcome published, on
 * any date (D-PROC-3). No complaint passes; the section absent is missing evidence. Made by {@link
 * Procedure#complaintsHandled}; immutable.
 *
 * <p>Each complaint that falls short is missed under its {@code ref} ({@link
 * CheckResult#missed()}), once for the investigation (none, or late) and once for the unpublished
 * outcome. The reasons give counts only; nothing else about a complaint, and nothing about its
 * complainant, appears (DOMAIN S-6).
 *
 * <p>Text is core's unless {@link #worded}.
 */
public final class Deadline implements Check {
  /** Core's keys for the parts of the text; see {@link #worded}. */
  private static final ImmutableMap<String, String> CORE_KEYS =
      ImmutableMap.<String, String>builder()
          .put("none", "complaints.none")
          .put("handled", "complaints.handled")
          .put("not-investigated", "complaints.not-investigated")
          .put("late", "complaints.late")
          .put("unpublished", "complaints.unpublished")
          .put("remedy.investigate", "remedy.investigate-complaints")
          .put("remedy.publish", "remedy.publish-outcomes")
          .put("missed.not-investigated", "complaints.missed.not-investigated")
          .put("missed.late", "complaints.missed.late")
          .put("missed.unpublished", "complaints.missed.unpublished")
          .buildOrThrow();

  private final Parameter<Integer> days;
  private final @Nullable Messages bundle;
  private final String prefix;
  private final boolean listing;

  private Deadline(
      Parameter<Integer> days, @Nullable Messages bundle, String prefix, boolean listing) {
    this.days = requireNonNull(days, "days");
    this.bundle = bundle;
    this.prefix = prefix;
    this.listing = listing;
  }

  static Deadline complaints(Parameter<Integer> days) {
    return new Deadline(days, null, "", true);
  }

  /**
   * This deadline, giving counts only and listing no complaint ({@link Checks#complaintsHandled}).
   */
  Deadline countingOnly() {
    return new Deadline(days, bundle, prefix, false);
  }

  /**
   * This deadline, speaking with {@code bundle}'s messages under {@code prefix} instead of core's:
   * {y} is the year, {n} the complaints received, {k} how many fall short, {l} the limit in days.
   *
   * <ul>
   *   <li>{@code <prefix>.none} {y}; {@code <prefix>.handled} {y} {n} {l};
   *   <li>{@code <prefix>.not-investigated} {y} {k} {n}; {@code <prefix>.late} {y} {k} {n} {l};
   *       {@code <prefix>.unpublished} {y} {k} {n};
   *   <li>{@code <prefix>.remedy.investigate} {k}; {@code <prefix>.remedy.publish} {k};
   *   <li>a missed complaint's text: {@code <prefix>.missed.not-investigated} {l}, {@code
   *       <prefix>.missed.late} (the days taken) {l}, {@code <prefix>.missed.unpublished}.
   * </ul>
   *
   * @throws IllegalArgumentException when the bundle lacks one of these keys
   */
  public Deadline worded(Messages bundle, String prefix) {
    requireNonNull(bundle, "bundle");
    requireNonNull(prefix, "prefix");
    for (String part : CORE_KEYS.keySet()) {
      checkArgument(
          bundle.has(prefix + "." + part),
          "message bundle %s has no key \"%s.%s\"",
          bundle.base(),
          prefix,
          part);
    }
    return new Deadline(days, bundle, prefix, listing);
  }

  /** The complaints section, and the days parameter. */
  @Override
  public Requirements requirements() {
    return Requirements.none().needing(Section.COMPLAINTS).reading(days);
  }

  @Override
  public CheckResult check(CheckContext context) {
    Messages core = context.coreMessages();
    if (!context.dossier().has(Section.COMPLAINTS)) {
      return Checks.missingSections(core, ImmutableList.of(Section.COMPLAINTS));
    }
    Messages words = bundle == null ? core : bundle;
    int limit = context.parameter(days);
    int year = context.assessmentYear();
    String y = Numerals.of(year);
    String l = Numerals.of(limit);
    int received = 0;
    int notInvestigated = 0;
    int late = 0;
    int unpublished = 0;
    List<Missed> missed = new ArrayList<>();
    for (Complaint c : context.dossier().complaints()) {
      if (c.received().getYear() != year) {
        continue;
      }
      received++;
      OptionalLong taken = c.daysToInvestigation();
      if (taken.isEmpty()) {
        notInvestigated++;
        missed.add(new Missed(c.ref(), words.text(key("missed.not-investigated"), l)));
      } else if (taken.getAsLong() > limit) {
        late++;
        missed.add(
            new Missed(c.ref(), words.text(key("missed.late"), Numerals.of(taken.getAsLong()), l)));
      }
      if (c.outcomePublished() == null) {
        unpublished++;
        missed.add(new Missed(c.ref(), words.text(key("missed.unpublished"))));
      }
    }
    String n = Numerals.of(received);
    if (received == 0) {
      return CheckResult.pass(words.reason(key("none"), y));
    }
    if (missed.isEmpty()) {
      return CheckResult.pass(words.reason(key("handled"), y, n, l));
    }
    List<Reason> reasons = new ArrayList<>();
    List<Remedy> remedies = new ArrayList<>();
    if (notInvestigated > 0) {
      String k = Numerals.of(notInvestigated);
      reasons.add(words.reason(key("not-investigated"), y, k, n));
      remedies.add(remedy(words, year, notInvestigated, "remedy.investigate"));
    }
    if (late > 0) {
      reasons.add(words.reason(key("late"), y, Numerals.of(late), n, l));
    }
    if (unpublished > 0) {
      String k = Numerals.of(unpublished);
      reasons.add(words.reason(key("unpublished"), y, k, n));
      remedies.add(remedy(words, year, unpublished, "remedy.publish"));
    }
    return new CheckResult(
        Outcome.FAIL,
        reasons,
        ImmutableList.of(),
        remedies,
        false,
        null,
        listing ? missed : ImmutableList.of());
  }

  /**
   * What {@link #check} decides, without its text or lists: FAIL when a complaint received in the
   * year was not investigated, was investigated late, or has no published outcome.
   */
  @Override
  public Ruling decide(CheckContext context) {
    if (!context.dossier().has(Section.COMPLAINTS)) {
      return Ruling.INSUFFICIENT_EVIDENCE;
    }
    int limit = context.parameter(days);
    int year = context.assessmentYear();
    boolean fallsShort = false;
    List<Complaint> complaints = context.dossier().complaints();
    for (int i = 0; i < complaints.size(); i++) {
      Complaint c = complaints.get(i);
      if (c.received().getYear() != year) {
        continue;
      }
      OptionalLong taken = c.daysToInvestigation();
      fallsShort |= taken.isEmpty() || taken.getAsLong() > limit || c.outcomePublished() == null;
    }
    return fallsShort ? Ruling.FAIL : Ruling.PASS;
  }

  private Remedy remedy(Messages words, int year, int count, String part) {
    return new Remedy(
        Remedy.Kind.CORRECT_RECORD,
        "complaints",
        year,
        null,
        count,
        words.text(key(part), Numerals.of(count)));
  }

  private String key(String part) {
    return bundle == null ? requireNonNull(CORE_KEYS.get(part)) : prefix + "." + part;
  }

  @Override
  public String toString() {
    return "Deadline[complaints]";
  }
}
