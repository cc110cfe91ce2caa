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
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterValues;
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
   * <p><b>Points.</b> Each criterion carries points (zero for one that only vetoes). A criterion
   * earns its points times its result's {@linkplain org.cunzhi.core.rule.CheckResult#creditRange()
   * credit}: all for a PASS, none for a FAIL, unless the check gives partial credit. A
   * NOT_APPLICABLE criterion leaves both what is earned and what is possible, and the result's
   * notes say so. The standard's score is {@code 100 × earned ÷ possible}, held exactly; it is
   * shown to two decimal places, rounded half up, and only the exact value decides a grade.
   *
   * <p><b>Missing evidence is an interval (DOMAIN CV-D5).</b> A criterion whose evidence is missing
   * (INSUFFICIENT_EVIDENCE), or whose check broke (ERROR), earns anywhere from nothing to its
   * points, or within the narrower range its check sets; a weighted assessment not supplied counts
   * anywhere from 0 to 100. The score is therefore an exact interval [lowest, highest], one value
   * when nothing is missing.
   *
   * <p><b>Several assessments.</b> When {@link #assessmentWeights()} is not empty, the final score
   * is the weighted mean of assessments: the standard's own computed score under the key {@link
   * #OWN}, and the others (self-assessment, inspection, mass appraisal…) as the caller supplies
   * them, each on the 0-100 scale.
   *
   * <p><b>Grades and verdict.</b> A score reaches the grade with the highest minimum it attains.
   * The grade is awarded only when both ends of the interval reach the same grade; when they do
   * not, the grade is INCONCLUSIVE and the result names what is missing. A unit whose highest score
   * reaches no grade is not qualified. A veto (DOMAIN S-3) caps the grade at {@link #vetoCap()}: at
   * most a named grade, or no grade at all (the default, so a veto leaves the unit not qualified
   * whatever it scores); the score and points are still shown as computed (CV-D8). A veto criterion
   * whose evidence is missing may or may not fire, so the worst grade is the capped one. A missing
   * base standard, or an inspection finding that could not be applied, leaves the grade undecided.
   * The verdict is MEETS with a grade awarded, DOES_NOT_MEET for a unit not qualified, INCONCLUSIVE
   * otherwise.
   *
   * @param points each criterion's points, by criterion id; every criterion must have points
   * @param grades the grades, best first (ordered by minimum score, highest first)
   * @param vetoCap the best a unit can get when a veto fires
   * @param assessmentWeights the weight of each assessment, by id, {@link #OWN} among them; empty
   *     when the standard's own score is the score
   * @param pointsParameters criteria whose points a tailoring may change: the parameter, by
   *     criterion id, whose value in force replaces the points in {@code points} (which must equal
   *     its default); see {@link #resolve}
   * @param minimumParameters grades whose minimum a tailoring may change, the same way, by grade id
   */
  record WeightedPoints(
      Map<String, BigDecimal> points,
      List<Grade> grades,
      VetoCap vetoCap,
      Map<String, BigDecimal> assessmentWeights,
      Map<String, Parameter<Integer>> pointsParameters,
      Map<String, Parameter<Integer>> minimumParameters)
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
      pointsParameters = ImmutableSortedMap.copyOf(pointsParameters);
      minimumParameters = ImmutableSortedMap.copyOf(minimumParameters);
      for (Map.Entry<String, Parameter<Integer>> e : pointsParameters.entrySet()) {
        BigDecimal given = points.get(e.getKey());
        checkArgument(
            given != null && given.compareTo(BigDecimal.valueOf(e.getValue().defaultValue())) == 0,
            "criterion %s's points must be its parameter %s's default",
            e.getKey(),
            e.getValue().key());
      }
      for (Map.Entry<String, Parameter<Integer>> e : minimumParameters.entrySet()) {
        String gradeId = e.getKey();
        Grade g =
            grades.stream()
                .filter(x -> x.id().equals(gradeId))
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "a minimum parameter names grade \""
                                + gradeId
                                + "\", which is not defined"));
        checkArgument(
            g.minimumScore().compareTo(BigDecimal.valueOf(e.getValue().defaultValue())) == 0,
            "grade %s's minimum must be its parameter %s's default",
            gradeId,
            e.getValue().key());
      }
    }

    /** Points, grades, veto cap and assessments, none of them tailorable. */
    public WeightedPoints(
        Map<String, BigDecimal> points,
        List<Grade> grades,
        VetoCap vetoCap,
        Map<String, BigDecimal> assessmentWeights) {
      this(points, grades, vetoCap, assessmentWeights, Map.of(), Map.of());
    }

    /**
     * This model with criteria's points and grades' minimums read from parameters, so a tailoring
     * can change them (DOMAIN S-5): {@code points} by criterion id, {@code minimums} by grade id.
     * Each parameter's default must equal the number the model already gives.
     */
    public WeightedPoints tailorable(
        Map<String, Parameter<Integer>> points, Map<String, Parameter<Integer>> minimums) {
      return new WeightedPoints(this.points, grades, vetoCap, assessmentWeights, points, minimums);
    }

    /** The parameters this model reads, points' first, then grades'. */
    public List<Parameter<?>> parameters() {
      ImmutableList.Builder<Parameter<?>> b = ImmutableList.builder();
      b.addAll(pointsParameters.values());
      b.addAll(minimumParameters.values());
      return b.build();
    }

    /**
     * This model with the values in force: each tailorable number replaced by its parameter's value
     * in {@code values}.
     *
     * @throws IllegalArgumentException when the values give two grades the same minimum
     */
    public WeightedPoints resolve(ParameterValues values) {
      if (pointsParameters.isEmpty() && minimumParameters.isEmpty()) {
        return this;
      }
      Map<String, BigDecimal> p = new java.util.TreeMap<>(points);
      pointsParameters.forEach((id, param) -> p.put(id, BigDecimal.valueOf(values.get(param))));
      List<Grade> g = new java.util.ArrayList<>();
      for (Grade grade : grades) {
        Parameter<Integer> param = minimumParameters.get(grade.id());
        g.add(
            param == null
                ? grade
                : new Grade(grade.id(), grade.title(), BigDecimal.valueOf(values.get(param))));
      }
      return new WeightedPoints(p, g, vetoCap, assessmentWeights);
    }

    /** Points per criterion and grades; a veto gives no grade; no combined assessments. */
    public static WeightedPoints of(Map<String, BigDecimal> points, List<Grade> grades) {
      return new WeightedPoints(points, grades, VetoCap.noGrade(), Map.of());
    }

    /** This model with the veto cap {@code cap}. */
    public WeightedPoints withVetoCap(VetoCap cap) {
      return new WeightedPoints(
          points, grades, cap, assessmentWeights, pointsParameters, minimumParameters);
    }

    /**
     * This model combining assessments with {@code weights} (by assessment id, {@link #OWN} for the
     * standard's own score), e.g. {@code {standard: 5, self-assessment: 2, mass-appraisal: 3}}.
     */
    public WeightedPoints combining(Map<String, BigDecimal> weights) {
      return new WeightedPoints(
          points, grades, vetoCap, weights, pointsParameters, minimumParameters);
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
          + (pointsParameters.isEmpty() && minimumParameters.isEmpty()
              ? ""
              : "; tailorable="
                  + pointsParameters.entrySet().stream()
                      .map(e -> e.getKey() + ":" + e.getValue().key())
                      .collect(Collectors.joining(","))
                  + ";"
                  + minimumParameters.entrySet().stream()
                      .map(e -> e.getKey() + ":" + e.getValue().key())
                      .collect(Collectors.joining(",")))
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
