package org.cunzhi.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cunzhi.core.standard.Grade;
import org.cunzhi.core.standard.ScoringModel;
import org.cunzhi.core.standard.Standard;
import org.jspecify.annotations.Nullable;

/**
 * A township's units ranked by exact score under one points standard, and its pick for a grade
 * (DOMAIN CV-D7): the highest exact score among the units awarded that grade. Ties are ties: units
 * with equal scores share a rank (1, 2, 2, 4), and several units may share the pick; nothing breaks
 * a tie silently, not even the division code, which only orders tied units for a stable listing.
 *
 * <p>A unit whose score is an interval (evidence missing, CV-D5) is ranked by the low end of its
 * interval, the score it has shown so far, and ties only with units of the same interval. It is
 * never the pick, because its grade is not awarded; when the high end of its interval reaches the
 * pick's score and it could still earn the pick's grade, it is a <em>contender</em>: the pick may
 * change once its evidence is supplied, and the ranking says so.
 *
 * @param standardId the standard every result was evaluated against
 * @param pickGrade the grade the pick is made among, e.g. demonstration
 * @param entries every unit, best first
 * @param picks the units picked: those awarded {@code pickGrade} with the highest exact score;
 *     empty when no unit is awarded it; more than one when they tie
 * @param contenders units whose interval could still reach the pick's grade and score
 */
public record Ranking(
    String standardId,
    Grade pickGrade,
    List<Entry> entries,
    List<Entry> picks,
    List<Entry> contenders) {

  public Ranking {
    requireNonNull(standardId, "standardId");
    requireNonNull(pickGrade, "pickGrade");
    entries = ImmutableList.copyOf(entries);
    picks = ImmutableList.copyOf(picks);
    contenders = ImmutableList.copyOf(contenders);
  }

  /**
   * One unit's place.
   *
   * @param rank its rank, from 1; equal for units whose scores are equal
   * @param tied whether another unit has the same rank
   * @param result its evaluation
   */
  public record Entry(int rank, boolean tied, EvaluationResult result) {
    public Entry {
      checkArgument(rank >= 1, "a rank starts at 1, was %s", rank);
      requireNonNull(result, "result");
    }

    /** The unit's score card. */
    public ScoreCard card() {
      return requireNonNull(result.scoreCard());
    }

    /** The unit's score. */
    public Span score() {
      return requireNonNull(card().score());
    }
  }

  /** Best score first: by low end, then high end, higher first. */
  private static final Comparator<Span> BEST_FIRST =
      Comparator.comparing(Span::low).thenComparing(Span::high).reversed();

  /**
   * Ranks {@code results} of {@code standard}, picking among those awarded its best grade, with the
   * values in force (a tailoring may move the grades' minimums).
   *
   * @throws IllegalArgumentException when the standard does not score by points, or as {@link
   *     #of(List, Grade)}
   */
  public static Ranking of(List<EvaluationResult> results, Standard standard) {
    if (!(standard.scoring() instanceof ScoringModel.WeightedPoints points)) {
      throw new IllegalArgumentException(
          "standard " + standard.id() + " does not score by points: it has no ranking");
    }
    for (EvaluationResult r : results) {
      checkArgument(
          r.standardId().equals(standard.id()),
          "%s was evaluated against %s, not %s",
          r.unit().code().value(),
          r.standardId(),
          standard.id());
    }
    return of(results, points.resolve(standard.values()).grades().get(0));
  }

  /**
   * Ranks {@code results}, picking among those awarded {@code pickGrade}.
   *
   * @throws IllegalArgumentException when a result is of another standard than the first, has no
   *     score (a pass/fail standard, or no criterion applied), or two results are of one unit
   */
  public static Ranking of(List<EvaluationResult> results, Grade pickGrade) {
    requireNonNull(pickGrade, "pickGrade");
    checkArgument(!results.isEmpty(), "nothing to rank");
    String standardId = results.get(0).standardId();
    List<EvaluationResult> scored = new ArrayList<>();
    java.util.Set<String> units = new java.util.HashSet<>();
    for (EvaluationResult r : results) {
      checkArgument(
          r.standardId().equals(standardId),
          "all results must be of one standard: %s and %s",
          standardId,
          r.standardId());
      checkArgument(
          r.score().isPresent(),
          "%s has no score under %s: only a points standard ranks units",
          r.unit().code().value(),
          r.standardId());
      checkArgument(
          units.add(r.unit().code().value()), "unit %s is ranked twice", r.unit().code().value());
      scored.add(r);
    }
    scored.sort(
        Comparator.comparing((EvaluationResult r) -> r.score().orElseThrow(), BEST_FIRST)
            .thenComparing(r -> r.unit().code().value()));
    List<Entry> entries = new ArrayList<>();
    int rank = 0;
    @Nullable Span previous = null;
    for (int i = 0; i < scored.size(); i++) {
      Span s = scored.get(i).score().orElseThrow();
      if (!s.equals(previous)) {
        rank = i + 1;
        previous = s;
      }
      entries.add(new Entry(rank, false, scored.get(i)));
    }
    List<Entry> withTies = new ArrayList<>();
    for (Entry e : entries) {
      long same = entries.stream().filter(o -> o.rank() == e.rank()).count();
      withTies.add(new Entry(e.rank(), same > 1, e.result()));
    }
    List<Entry> awarded =
        withTies.stream()
            .filter(e -> e.card().grade().map(g -> g.id().equals(pickGrade.id())).orElse(false))
            .toList();
    List<Entry> picks =
        awarded.isEmpty()
            ? List.of()
            : awarded.stream().filter(e -> e.rank() == awarded.get(0).rank()).toList();
    List<Entry> contenders = new ArrayList<>();
    for (Entry e : withTies) {
      ScoreCard card = e.card();
      if (card.standing() != GradeStanding.INCONCLUSIVE || !couldReach(card, pickGrade)) {
        continue;
      }
      if (picks.isEmpty() || e.score().high().compareTo(picks.get(0).score().low()) >= 0) {
        contenders.add(e);
      }
    }
    return new Ranking(standardId, pickGrade, withTies, picks, contenders);
  }

  private static boolean couldReach(ScoreCard card, Grade grade) {
    Grade best = card.highest();
    return best != null && best.minimumScore().compareTo(grade.minimumScore()) >= 0;
  }
}
