package org.cunzhi.core.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How a standard turns its criteria's outcomes into a verdict, and for scoring standards a score
 * and a grade.
 */
public sealed interface ScoringModel permits ScoringModel.AllMustPass, ScoringModel.WeightedPoints {

  /**
   * Pass/fail: the unit MEETS when every criterion passes or is not applicable, DOES_NOT_MEET when
   * any fails, and is INCONCLUSIVE otherwise (DOMAIN S-4). No score, no grade.
   */
  record AllMustPass() implements ScoringModel {
    @Override
    public String toString() {
      return "all-must-pass";
    }
  }

  /**
   * Weighted points with grades (CV-2, CV-3).
   *
   * <p><b>Points.</b> Each criterion carries points. A criterion earns its points times its
   * result's {@linkplain org.cunzhi.core.rule.CheckResult#credit() credit}: all for a PASS, none
   * for a FAIL, unless the check gives partial credit. A NOT_APPLICABLE criterion leaves both what
   * is earned and what is possible, and the result's notes say so. The standard's score is {@code
   * 100 × earned ÷ possible}, held exactly; it is shown to two decimal places, rounded half up.
   *
   * <p><b>Several assessments.</b> When {@link #assessmentWeights()} is not empty, the final score
   * is the weighted mean of assessments: the standard's own computed score under the key {@link
   * #OWN}, and the others (self-assessment, inspection, mass appraisal…) as the caller supplies
   * them, each on the 0-100 scale.
   *
   * <p><b>Provisional.</b> The score is provisional when a criterion is INSUFFICIENT_EVIDENCE or
   * ERROR, when the base standard is missing, or when a weighted assessment is not supplied. A
   * provisional score is a floor: missing evidence and missing assessments earn nothing. It is
   * shown, but no grade is given, and the verdict is INCONCLUSIVE, unless a veto already decides
   * the unit has no grade.
   *
   * <p><b>Grades and verdict.</b> The grade is the one with the highest minimum that the score
   * reaches; the verdict is MEETS with a grade and DOES_NOT_MEET without one. A veto (DOMAIN S-3)
   * caps the grade at {@link #vetoCap()}: at most a named grade, or no grade at all (the default,
   * so a veto fails the unit whatever else it scores).
   *
   * @param points each criterion's points, by criterion id; every criterion must have points
   * @param grades the grades, best first (ordered by minimum score, highest first)
   * @param vetoCap the best a unit can get when a veto fires
   * @param assessmentWeights the weight of each assessment, by id, {@link #OWN} among them; empty
   *     when the standard's own score is the score
   */
  record WeightedPoints(
      Map<String, BigDecimal> points,
      List<Grade> grades,
      VetoCap vetoCap,
      Map<String, BigDecimal> assessmentWeights)
      implements ScoringModel {

    /** The assessment id of the standard's own computed score. */
    public static final String OWN = "standard";

    public WeightedPoints {
      points = ImmutableSortedMap.copyOf(points);
      checkArgument(!points.isEmpty(), "a points standard needs points for its criteria");
      points.forEach(
          (id, p) ->
              checkArgument(
                  p.signum() >= 0, "points of criterion %s must not be negative, was %s", id, p));
      checkArgument(!grades.isEmpty(), "a points standard needs at least one grade");
      grades =
          ImmutableList.sortedCopyOf(Comparator.comparing(Grade::minimumScore).reversed(), grades);
      Set<String> ids = new HashSet<>();
      Set<BigDecimal> minimums = new HashSet<>();
      for (Grade g : grades) {
        checkArgument(ids.add(g.id()), "grade %s is defined twice", g.id());
        checkArgument(
            minimums.add(g.minimumScore()),
            "grade %s has the same minimum score (%s) as another grade",
            g.id(),
            g.minimumScore());
      }
      requireNonNull(vetoCap, "vetoCap");
      String cap = vetoCap.gradeId();
      checkArgument(
          cap == null || ids.contains(cap),
          "the veto cap names grade \"%s\", which is not one of %s",
          cap,
          ids);
      assessmentWeights = ImmutableSortedMap.copyOf(assessmentWeights);
      checkArgument(
          assessmentWeights.isEmpty() || assessmentWeights.containsKey(OWN),
          "combined assessments must include the standard's own score, \"%s\"",
          OWN);
      assessmentWeights.forEach(
          (id, w) ->
              checkArgument(
                  w.signum() > 0, "weight of assessment %s must be positive, was %s", id, w));
    }

    /** Points per criterion and grades; a veto gives no grade; no combined assessments. */
    public static WeightedPoints of(Map<String, BigDecimal> points, List<Grade> grades) {
      return new WeightedPoints(points, grades, VetoCap.noGrade(), Map.of());
    }

    /** This model with the veto cap {@code cap}. */
    public WeightedPoints withVetoCap(VetoCap cap) {
      return new WeightedPoints(points, grades, cap, assessmentWeights);
    }

    /**
     * This model combining assessments with {@code weights} (by assessment id, {@link #OWN} for the
     * standard's own score), e.g. {@code {standard: 5, self-assessment: 2, mass-appraisal: 3}}.
     */
    public WeightedPoints combining(Map<String, BigDecimal> weights) {
      return new WeightedPoints(points, grades, vetoCap, weights);
    }

    /** The points of criterion {@code id}, if it has any. */
    public Optional<BigDecimal> pointsOf(String id) {
      return Optional.ofNullable(points.get(id));
    }

    /** The grade {@code id}, if defined. */
    public Optional<Grade> grade(String id) {
      return grades.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** A canonical text of the model (it enters the standard's fingerprint). */
    @Override
    public String toString() {
      return "weighted-points{points="
          + points.entrySet().stream()
              .map(e -> e.getKey() + ":" + plain(e.getValue()))
              .collect(Collectors.joining(","))
          + "; grades="
          + grades.stream().map(Grade::toString).collect(Collectors.joining(","))
          + "; veto-cap="
          + vetoCap
          + "; assessments="
          + assessmentWeights.entrySet().stream()
              .map(e -> e.getKey() + ":" + plain(e.getValue()))
              .collect(Collectors.joining(","))
          + "}";
    }

    private static String plain(BigDecimal d) {
      BigDecimal s = d.stripTrailingZeros();
      return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
  }

  /**
   * The best a unit can get when a veto fires: at most the grade {@code gradeId}, or no grade at
   * all when it is null.
   *
   * @param gradeId the best grade allowed; null for no grade
   */
  record VetoCap(@Nullable String gradeId) {
    /** A veto leaves the unit without a grade: it does not meet the standard. */
    public static VetoCap noGrade() {
      return new VetoCap(null);
    }

    /** A veto caps the grade at {@code gradeId}. */
    public static VetoCap atMost(String gradeId) {
      return new VetoCap(requireNonNull(gradeId, "gradeId"));
    }

    @Override
    public String toString() {
      return gradeId == null ? "no-grade" : "at-most:" + gradeId;
    }
  }

  /** The pass/fail model. */
  static ScoringModel allMustPass() {
    return new AllMustPass();
  }

  /** Weighted points per criterion with grades; see {@link WeightedPoints}. */
  static WeightedPoints weightedPoints(Map<String, BigDecimal> points, List<Grade> grades) {
    return WeightedPoints.of(points, grades);
  }
}
