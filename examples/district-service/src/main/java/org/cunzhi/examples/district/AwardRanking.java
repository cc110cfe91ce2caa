package org.cunzhi.examples.district;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cunzhi.core.evaluation.Verdict;
import org.springframework.stereotype.Component;

/**
 * The order in which the district puts its units forward for an award, from each unit's latest
 * evaluation. TJ-C3 puts demonstration units first; the service does not record who holds the
 * plaque, so units that meet their standard come first. Cunzhi's results do not yet carry a rank,
 * so this orders by what an evaluation offers:
 *
 * <ol>
 *   <li>the verdict: MEETS, then INCONCLUSIVE, then DOES_NOT_MEET; a vetoed unit last of all;
 *   <li>the score, higher first, for a scoring standard (a unit without one after those with one);
 *   <li>fewer failed criteria, then fewer undecided ones, then more passed ones;
 *   <li>the division code, ascending: neutral and stable, as TJ-C3 breaks ties.
 * </ol>
 *
 * <p>Units equal up to the division code share a rank (1, 2, 2, 4). The one class to change when
 * the library ranks results itself.
 */
@Component
public class AwardRanking {
  private static final Comparator<StoredEvaluation> MERIT =
      Comparator.comparingInt(AwardRanking::verdictOrder)
          .thenComparing(
              StoredEvaluation::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
          .thenComparingInt(StoredEvaluation::failed)
          .thenComparingInt(StoredEvaluation::undecided)
          .thenComparing(Comparator.comparingInt(StoredEvaluation::passed).reversed());

  private static final Comparator<StoredEvaluation> ORDER =
      MERIT.thenComparing(StoredEvaluation::unitCode);

  /** {@code latest} (one evaluation per unit) in order, each with its rank. */
  public List<Ranked> rank(List<StoredEvaluation> latest) {
    List<StoredEvaluation> sorted = new ArrayList<>(latest);
    sorted.sort(ORDER);
    List<Ranked> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      StoredEvaluation e = sorted.get(i);
      int rank =
          i > 0 && MERIT.compare(sorted.get(i - 1), e) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new Ranked(rank, e));
    }
    return List.copyOf(ranked);
  }

  private static int verdictOrder(StoredEvaluation e) {
    if (e.vetoed()) {
      return 3;
    }
    return e.verdict() == Verdict.MEETS ? 0 : e.verdict() == Verdict.INCONCLUSIVE ? 1 : 2;
  }

  /**
   * A unit's place.
   *
   * @param rank its rank, 1 for the first; equal units share one
   * @param evaluation its latest evaluation
   */
  public record Ranked(int rank, StoredEvaluation evaluation) {}
}
