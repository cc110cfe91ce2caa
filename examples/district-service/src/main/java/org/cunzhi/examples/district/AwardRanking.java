package org.cunzhi.examples.district;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Fraction;
import org.cunzhi.core.evaluation.Ranking;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.standard.Grade;
import org.cunzhi.core.standard.ScoringModel;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.StandardRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The order in which the district puts its units forward for an award, from each unit's latest
 * evaluation, in groups each ordered by one rule, which the group names:
 *
 * <ul>
 *   <li>{@link Rule#EXACT_SCORE}, one group per points standard: the library's {@link Ranking}
 *       (DOMAIN CV-D7) over the exact scores stored. Equal scores share a rank and nothing breaks
 *       the tie (the division code only orders the listing); the picks are the units awarded the
 *       standard's best grade with the highest score, and a unit whose score is an interval that
 *       could still reach them is a contender.
 *   <li>{@link Rule#VERDICT}, one group for the units of pass/fail standards, which have no score
 *       (and any unit of a points standard that has none, or whose standard the service no longer
 *       knows): TJ-C3 puts demonstration units first, and the service does not record who holds the
 *       plaque, so MEETS, then INCONCLUSIVE, then DOES_NOT_MEET, a vetoed unit last of all; then
 *       fewer failed criteria, fewer undecided ones, more passed ones; the division code,
 *       ascending, orders units equal up to it, as TJ-C3 breaks ties, and they share a rank (1, 2,
 *       2, 4).
 * </ul>
 *
 * <p>The points groups come first, by standard id, then the pass/fail group.
 */
@Component
public class AwardRanking {
  private static final Comparator<StoredEvaluation> MERIT =
      Comparator.comparingInt(AwardRanking::verdictOrder)
          .thenComparingInt(StoredEvaluation::failed)
          .thenComparingInt(StoredEvaluation::undecided)
          .thenComparing(Comparator.comparingInt(StoredEvaluation::passed).reversed());

  private static final Comparator<StoredEvaluation> ORDER =
      MERIT.thenComparing(StoredEvaluation::unitCode);

  private final StandardRegistry registry;

  public AwardRanking(StandardRegistry registry) {
    this.registry = registry;
  }

  /** {@code latest} (one evaluation per unit) in groups, each in order with its ranks. */
  public List<Group> rank(List<StoredEvaluation> latest) {
    Map<String, List<StoredEvaluation>> scored = new TreeMap<>();
    List<StoredEvaluation> passFail = new ArrayList<>();
    for (StoredEvaluation e : latest) {
      if (pointsStandard(e).isPresent()) {
        scored.computeIfAbsent(e.standardId(), k -> new ArrayList<>()).add(e);
      } else {
        passFail.add(e);
      }
    }
    List<Group> groups = new ArrayList<>();
    scored.forEach((id, units) -> groups.add(byScore(registry.get(id), units)));
    if (!passFail.isEmpty()) {
      groups.add(byVerdict(passFail));
    }
    return List.copyOf(groups);
  }

  private Group byScore(Standard standard, List<StoredEvaluation> units) {
    Map<String, StoredEvaluation> byCode = new LinkedHashMap<>();
    List<EvaluationResult> results = new ArrayList<>();
    for (StoredEvaluation e : units) {
      byCode.put(e.unitCode(), e);
      results.add(asResult(standard, e));
    }
    Ranking ranking = Ranking.of(results, standard);
    List<Ranked> ranked = new ArrayList<>();
    for (Ranking.Entry entry : ranking.entries()) {
      String code = entry.result().unit().code().value();
      ranked.add(
          new Ranked(
              entry.rank(),
              entry.tied(),
              ranking.picks().stream().anyMatch(p -> p.result().unit().code().value().equals(code)),
              ranking.contenders().stream()
                  .anyMatch(c -> c.result().unit().code().value().equals(code)),
              requireNonNull(byCode.get(code))));
    }
    return new Group(
        Rule.EXACT_SCORE, standard.id(), ranking.pickGrade().title().zh(), List.copyOf(ranked));
  }

  private static Group byVerdict(List<StoredEvaluation> units) {
    List<StoredEvaluation> sorted = new ArrayList<>(units);
    sorted.sort(ORDER);
    int[] ranks = new int[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      ranks[i] =
          i > 0 && MERIT.compare(sorted.get(i - 1), sorted.get(i)) == 0 ? ranks[i - 1] : i + 1;
    }
    List<Ranked> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      int rank = ranks[i];
      boolean tied =
          (i > 0 && ranks[i - 1] == rank) || (i + 1 < sorted.size() && ranks[i + 1] == rank);
      ranked.add(new Ranked(rank, tied, false, false, sorted.get(i)));
    }
    return new Group(Rule.VERDICT, null, null, List.copyOf(ranked));
  }

  /**
   * The points standard {@code e} is ranked under: known to the registry, scoring by points, with a
   * score stored and grades the standard still has.
   */
  private Optional<Standard> pointsStandard(StoredEvaluation e) {
    if (e.score() == null) {
      return Optional.empty();
    }
    return registry
        .find(e.standardId())
        .filter(s -> s.scoring() instanceof ScoringModel.WeightedPoints)
        .filter(
            s ->
                (e.lowestGrade() == null || grade(s, e.lowestGrade()).isPresent())
                    && (e.highestGrade() == null || grade(s, e.highestGrade()).isPresent()));
  }

  private static Optional<Grade> grade(Standard standard, String id) {
    ScoringModel.WeightedPoints points = (ScoringModel.WeightedPoints) standard.scoring();
    return points.resolve(standard.values()).grades().stream()
        .filter(g -> g.id().equals(id))
        .findFirst();
  }

  /**
   * The stored evaluation as the result {@link Ranking} reads: the unit, the standard, and a score
   * card with the exact score and the range of grades (what Ranking compares and picks by). The
   * criteria, the points earned and possible and whether a veto capped the grade are not stored:
   * the card's {@code earned}, {@code possible} and {@code capped} are placeholders Ranking does
   * not read. The grades are the standard's as the registry now has it, found by id.
   */
  private static EvaluationResult asResult(Standard standard, StoredEvaluation e) {
    Span score = requireNonNull(e.score());
    @Nullable Grade lowest =
        e.lowestGrade() == null ? null : grade(standard, e.lowestGrade()).get();
    @Nullable Grade highest =
        e.highestGrade() == null ? null : grade(standard, e.highestGrade()).get();
    ScoreCard card =
        new ScoreCard(
            score, Fraction.HUNDRED, score, List.of(), score, lowest, highest, false, List.of());
    return new EvaluationResult(
        e.standardId(),
        e.standardVersion(),
        standard.title(),
        e.fingerprint(),
        Unit.of(DivisionCode.parse(e.unitCode()), e.unitName(), e.kind()),
        e.assessmentYear(),
        e.verdict(),
        e.vetoed(),
        List.of(),
        List.of(),
        card);
  }

  private static int verdictOrder(StoredEvaluation e) {
    if (e.vetoed()) {
      return 3;
    }
    return e.verdict() == Verdict.MEETS ? 0 : e.verdict() == Verdict.INCONCLUSIVE ? 1 : 2;
  }

  /** The rule that ordered a group. */
  public enum Rule {
    /** By exact score under one points standard (DOMAIN CV-D7), through the library's Ranking. */
    EXACT_SCORE("CV-D7"),
    /** By verdict, then failed, undecided and passed criteria (TJ-C3's order for pass/fail). */
    VERDICT("TJ-C3");

    private final String ruleId;

    Rule(String ruleId) {
      this.ruleId = ruleId;
    }

    /** The domain rule the order follows. */
    public String ruleId() {
      return ruleId;
    }
  }

  /**
   * Units ranked by one rule.
   *
   * @param rule the rule that ordered them
   * @param standardId the points standard they were evaluated against; null for the pass/fail group
   * @param pickGrade the title of the grade the picks are made among (the standard's best); null
   *     for the pass/fail group
   * @param units the units, best first
   */
  public record Group(
      Rule rule, @Nullable String standardId, @Nullable String pickGrade, List<Ranked> units) {}

  /**
   * A unit's place.
   *
   * @param rank its rank, 1 for the first; equal units share one
   * @param tied whether another unit of the group shares its rank
   * @param pick whether it is a pick: awarded the best grade with the highest exact score (CV-D7)
   * @param contender whether its score, an interval, could still reach the picks (CV-D7)
   * @param evaluation its latest evaluation
   */
  public record Ranked(
      int rank, boolean tied, boolean pick, boolean contender, StoredEvaluation evaluation) {}
}
