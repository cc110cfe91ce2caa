package org.cunzhi.core.evaluation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cunzhi.core.internal.text.IsoDates;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Ruling;
import org.cunzhi.core.standard.Criterion;
import org.jspecify.annotations.Nullable;

/**
 * The one place where inspectors' findings (DOSSIER-v1 {@code inspection}) are applied, as DOMAIN
 * S-7 says. Each finding is either applied to a criterion or noted, never dropped unseen:
 *
 * <ul>
 *   <li>A finding dated before the assessment year belongs to an earlier assessment: noted, not
 *       applied, whichever criterion it names.
 *   <li>A finding naming a criterion of the standard evaluated applies to it, unless the criterion
 *       takes no findings ({@link Criterion.Findings#NOTED}, CV-D8), when it is noted in the
 *       criterion's reasons. Of the findings that apply to one criterion, a NOT_MET one counts
 *       whatever MET findings there are besides (a re-inspection does not undo a failure); among
 *       findings of the same kind the latest counts, and on the same day the note that sorts first,
 *       so the order of the dossier's list never changes the outcome. NOT_MET fails the criterion,
 *       its note becoming a reason; MET becomes a reason and never overrides a failure the data
 *       show.
 *   <li>A finding naming a criterion of another installed standard is noted in the evaluation's
 *       notes, not applied.
 *   <li>A finding naming a criterion that no installed standard has is noted, with the nearest
 *       known id when one is at most {@value #NEAR} edits away (Levenshtein distance: single
 *       insertions, deletions or substitutions; of equally near ids the one that sorts first). A
 *       NOT_MET one keeps the verdict from MEETS (INCONCLUSIVE): it may be a misspelt id, and an
 *       inspector's failure is never lost silently.
 * </ul>
 *
 * <p>A note gives the criterion id, the date and the finding, never the inspector's note, which
 * goes only into the reasons of the criterion the finding is applied to. Immutable.
 */
final class Inspections {
  /** The largest edit distance at which a known id is offered for an unknown one. */
  static final int NEAR = 2;

  private static final Messages CORE = CoreMessages.get();

  /** The order findings are read in, so that notes come out the same whatever the list order. */
  private static final Comparator<InspectionFinding> READING =
      Comparator.comparing(InspectionFinding::criterion)
          .thenComparing(InspectionFinding::date)
          .thenComparing(InspectionFinding::finding)
          .thenComparing(InspectionFinding::note);

  /** Of two findings that apply to one criterion, the greater counts. */
  private static final Comparator<InspectionFinding> COUNTS =
      Comparator.comparing((InspectionFinding f) -> f.finding() == Finding.NOT_MET)
          .thenComparing(InspectionFinding::date)
          .thenComparing(InspectionFinding::note, Comparator.reverseOrder());

  /** A dossier's findings when it has none: nothing applied, nothing noted. */
  private static final Inspections NONE =
      new Inspections(Map.of(), new InspectionFinding[0], Map.of(), List.of(), false, null);

  private final Map<String, InspectionFinding> applied;

  /**
   * {@link #applied} by the position of its criterion among the criteria these were sorted out for
   * (in their iteration order), null where none applies; empty when nothing applies at all.
   */
  private final @Nullable InspectionFinding[] appliedAt;

  private final Map<String, List<Reason>> noted;
  private final ImmutableList<Reason> notes;
  private final boolean openFailure;

  /**
   * For a decision alone, the criteria these were sorted out for, where {@link #applicableOrNull}
   * finds an id's position (no map by id is made then); null when {@link #applied} is the map.
   */
  private final @Nullable Collection<Criterion> decided;

  private Inspections(
      Map<String, InspectionFinding> applied,
      @Nullable InspectionFinding[] appliedAt,
      Map<String, List<Reason>> noted,
      List<Reason> notes,
      boolean openFailure,
      @Nullable Collection<Criterion> decided) {
    this.applied = applied;
    this.appliedAt = appliedAt;
    this.noted = noted;
    this.notes = ImmutableList.copyOf(notes);
    this.openFailure = openFailure;
    this.decided = decided;
  }

  /**
   * The findings of {@code dossier}, sorted out for an evaluation of {@code criteria} (the
   * standard's own, its base's included), {@code installed} being the criterion ids of every
   * installed standard (it may hold {@code criteria}'s own ids or not).
   */
  static Inspections of(Dossier dossier, Collection<Criterion> criteria, Set<String> installed) {
    return of(dossier, criteria, installed, true);
  }

  /**
   * As {@link #of(Dossier, Collection, Set)}; when not {@code explain}, for a decision alone
   * ({@link Evaluator#decide}), with no reason or note made: only what applies and whether a
   * failure is left open, which the order of the findings never changes.
   */
  static Inspections of(
      Dossier dossier, Collection<Criterion> criteria, Set<String> installed, boolean explain) {
    if (dossier.inspection().isEmpty()) {
      return NONE;
    }
    if (!explain) {
      return decided(dossier, criteria, installed);
    }
    int year = dossier.assessmentYear();
    List<InspectionFinding> findings = new ArrayList<>(dossier.inspection());
    findings.sort(READING);

    Map<String, InspectionFinding> applied = new HashMap<>();
    @Nullable InspectionFinding[] appliedAt = NONE.appliedAt;
    Map<String, List<Reason>> noted = new HashMap<>();
    List<Reason> notes = new ArrayList<>();
    boolean openFailure = false;
    for (InspectionFinding f : findings) {
      String id = f.criterion();
      @Nullable Criterion criterion = own(criteria, id);
      boolean current = f.date().getYear() >= year;
      LocalizedText finding = label(f.finding());
      if (!current) {
        if (criterion != null) {
          noted
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(CORE.reason("inspection.stale", f.date(), finding, year));
        } else {
          notes.add(CORE.reason("note.inspection.stale", id, f.date(), finding, year));
        }
      } else if (criterion != null) {
        if (criterion.findings() == Criterion.Findings.NOTED) {
          noted
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(CORE.reason("inspection.not-taken", f.date(), finding));
        } else {
          appliedAt = place(criteria, appliedAt, id, apply(applied, id, f));
        }
      } else if (installed.contains(id)) {
        // not the standard's own (criterion is null): known when another installed one has it
        notes.add(CORE.reason("note.inspection.other-standard", id, f.date(), finding));
      } else {
        boolean notMet = f.finding() == Finding.NOT_MET;
        openFailure |= notMet;
        String key = notMet ? "note.inspection.unknown-not-met" : "note.inspection.unknown";
        SortedSet<String> known = new TreeSet<>(installed);
        for (Criterion c : criteria) {
          known.add(c.id());
        }
        Optional<String> nearest = nearest(id, known);
        notes.add(
            nearest.isPresent()
                ? CORE.reason(key + ".suggest", id, f.date(), finding, nearest.get())
                : CORE.reason(key, id, f.date(), finding));
      }
    }
    return new Inspections(applied, appliedAt, noted, notes, openFailure, null);
  }

  /**
   * What {@link #of(Dossier, Collection, Set, boolean)} sorts out for a decision alone: what the
   * branches of the full sorting apply or leave open, nothing noted, in one pass over the criteria
   * for each finding. What applies is kept by position alone; of the findings for one criterion the
   * greater by {@link #COUNTS}, as {@link #apply(Map, String, InspectionFinding)} keeps, so the
   * order of the findings changes nothing.
   */
  private static Inspections decided(
      Dossier dossier, Collection<Criterion> criteria, Set<String> installed) {
    int year = dossier.assessmentYear();
    @Nullable InspectionFinding[] at = NONE.appliedAt;
    boolean openFailure = false;
    for (InspectionFinding f : dossier.inspection()) {
      if (f.date().getYear() < year) {
        continue; // an earlier assessment's: only ever noted
      }
      String id = f.criterion();
      boolean own = false; // whether the standard has a criterion of this id
      boolean takes = false; // whether the first of them takes findings (the full sorting's own())
      int i = 0;
      for (Criterion c : criteria) {
        if (named(c, id)) {
          if (!own) {
            own = true;
            takes = c.findings() != Criterion.Findings.NOTED;
          }
          if (takes) {
            if (at.length == 0) {
              at = new InspectionFinding[criteria.size()];
            }
            @Nullable InspectionFinding kept = at[i];
            at[i] = kept == null || COUNTS.compare(kept, f) < 0 ? f : kept;
          }
        }
        i++;
      }
      if (!own && !installed.contains(id)) {
        openFailure |= f.finding() == Finding.NOT_MET;
      }
    }
    return new Inspections(Map.of(), at, Map.of(), List.of(), openFailure, criteria);
  }

  /** Applies {@code f} to the criterion {@code id}: the greater of it and what applies already. */
  private static InspectionFinding apply(
      Map<String, InspectionFinding> applied, String id, InspectionFinding f) {
    InspectionFinding kept = applied.merge(id, f, (a, b) -> COUNTS.compare(a, b) >= 0 ? a : b);
    return requireNonNull(kept);
  }

  /**
   * {@code appliedAt} (made at the first finding applied) with {@code f} at the position of every
   * criterion whose id is {@code id}.
   */
  private static @Nullable InspectionFinding[] place(
      Collection<Criterion> criteria,
      @Nullable InspectionFinding[] appliedAt,
      String id,
      InspectionFinding f) {
    @Nullable InspectionFinding[] at =
        appliedAt.length == 0 ? new InspectionFinding[criteria.size()] : appliedAt;
    int i = 0;
    for (Criterion c : criteria) {
      if (named(c, id)) {
        at[i] = f;
      }
      i++;
    }
    return at;
  }

  /**
   * Whether {@code c}'s id is {@code id}, the one test of it here: compared only where the hashes
   * (which both strings keep once made) are the same, as a finding's id is a string of its own.
   */
  private static boolean named(Criterion c, String id) {
    String cid = c.id();
    return cid.hashCode() == id.hashCode() && cid.equals(id);
  }

  /** The first of {@code criteria} whose id is {@code id}; null when none is. */
  private static @Nullable Criterion own(Collection<Criterion> criteria, String id) {
    for (Criterion c : criteria) {
      if (named(c, id)) {
        return c;
      }
    }
    return null;
  }

  /** The finding that applies to the criterion {@code id}, if any. */
  Optional<InspectionFinding> applicable(String id) {
    return Optional.ofNullable(applicableOrNull(id));
  }

  /** The finding that applies to the criterion {@code id}; null when none does. */
  @Nullable InspectionFinding applicableOrNull(String id) {
    if (appliedAt.length == 0) {
      return null;
    }
    if (decided == null) {
      return applied.get(id);
    }
    int i = 0;
    for (Criterion c : decided) {
      if (named(c, id)) {
        return appliedAt[i]; // the first of that id, as applied holds it
      }
      i++;
    }
    return null;
  }

  /**
   * The finding that applies to the criterion at {@code index} among the criteria these were sorted
   * out for, in their iteration order (what {@link #applicableOrNull} gives for its id, without
   * looking the id up); null when none does.
   */
  @Nullable InspectionFinding applicableAt(int index) {
    return appliedAt.length == 0 ? null : appliedAt[index];
  }

  /** Whether no finding applies to any criterion and none is noted for one. */
  boolean isEmpty() {
    return appliedAt.length == 0 && noted.isEmpty();
  }

  /**
   * What {@link #apply} makes of a result ruled {@code ruling}: a NOT_MET finding fails it (a veto
   * kept), unless it broke; nothing else changes the outcome.
   */
  Ruling apply(String id, Ruling ruling) {
    return apply(applicableOrNull(id), ruling);
  }

  /** What {@code f}, the finding that applies to a criterion ruled {@code ruling}, makes of it. */
  static Ruling apply(@Nullable InspectionFinding f, Ruling ruling) {
    if (f != null
        && ruling != Ruling.ERROR
        && f.finding() == Finding.NOT_MET
        && ruling.outcome() != Outcome.FAIL) {
      return Ruling.FAIL;
    }
    return ruling;
  }

  /**
   * {@code result} of the criterion {@code id} with its findings applied: a NOT_MET one fails it, a
   * MET one is a reason; then the findings noted for it. A check that broke (ERROR) stays broken.
   */
  CheckResult apply(String id, CheckResult result) {
    if (isEmpty()) {
      return result;
    }
    @Nullable InspectionFinding f = applicableOrNull(id);
    List<Reason> notedOnIt = noted.getOrDefault(id, List.of());
    Outcome outcome = result.outcome();
    if ((f == null || outcome == Outcome.ERROR) && notedOnIt.isEmpty()) {
      return result; // nothing applied to this criterion, nothing noted on it
    }
    List<Reason> reasons = new ArrayList<>(result.reasons());
    if (f != null && outcome != Outcome.ERROR) {
      if (f.finding() == Finding.NOT_MET) {
        reasons.add(CORE.reason("inspection.not-met", IsoDates.of(f.date()), f.note()));
        outcome = Outcome.FAIL;
      } else {
        String key = outcome == Outcome.FAIL ? "inspection.met-not-overriding" : "inspection.met";
        reasons.add(CORE.reason(key, IsoDates.of(f.date()), f.note()));
      }
    }
    reasons.addAll(notedOnIt);
    if (reasons.size() == result.reasons().size()) {
      return result;
    }
    return new CheckResult(
        outcome,
        reasons,
        result.measures(),
        result.remedies(),
        result.vetoed(),
        outcome == result.outcome() ? result.partialCredit() : null,
        result.missed());
  }

  /** What the evaluation's notes say about findings that name no criterion of the standard. */
  List<Reason> notes() {
    return notes;
  }

  /**
   * Whether a NOT_MET finding in the assessment names a criterion that no installed standard has,
   * so that the verdict cannot be MEETS.
   */
  boolean leavesFailureOpen() {
    return openFailure;
  }

  private static LocalizedText label(Finding finding) {
    return FINDINGS[finding.ordinal()];
  }

  // each finding's label, made once
  private static final LocalizedText[] FINDINGS = new LocalizedText[Finding.values().length];

  static {
    for (Finding f : Finding.values()) {
      FINDINGS[f.ordinal()] = CORE.text("finding." + f.name());
    }
  }

  /** The known id nearest to {@code id}, when one is at most {@link #NEAR} edits away. */
  static Optional<String> nearest(String id, SortedSet<String> known) {
    @Nullable String best = null;
    int bestDistance = NEAR + 1;
    for (String k : known) {
      int d = distance(id, k, bestDistance);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The Levenshtein distance between {@code a} and {@code b}, or any value of at least {@code
   * limit} once it is known to reach it.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
