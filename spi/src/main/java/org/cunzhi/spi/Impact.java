package org.cunzhi.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.Decision;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.standard.Standard;
import org.jspecify.annotations.Nullable;

/**
 * What a change of standard would do: every dossier evaluated under a base standard and under a
 * tailored one (e.g. {@code Tailoring.parse(...).applyTo(base)}), and the units whose verdict or
 * grade changes, each with the criteria whose outcome changed and the figures that decided them. A
 * county deciding whether to raise a threshold sees, before it does, which of its units would lose
 * the title. Units whose verdict and grade stay the same while a criterion's outcome changes (a
 * unit that already fails on one criterion and would now fail on another too) are kept apart, in
 * {@link #criteriaOnly()}: the county sees every criterion its change would move.
 *
 * <p>Only the changes are kept; a unit whose verdict, grade and criteria all stay the same is only
 * counted, so memory grows with the changes, not with the dossiers. Immutable and thread-safe.
 */
public final class Impact {
  private final Standard base;
  private final Standard tailored;
  private final List<Change> changes;
  private final List<Change> criteriaOnly;
  private final int units;

  private Impact(
      Standard base,
      Standard tailored,
      List<Change> changes,
      List<Change> criteriaOnly,
      int units) {
    this.base = base;
    this.tailored = tailored;
    this.changes = ImmutableList.copyOf(changes);
    this.criteriaOnly = ImmutableList.copyOf(criteriaOnly);
    this.units = units;
  }

  /**
   * Evaluates every dossier under {@code base} and under {@code tailored} (each as {@link
   * Assessor#assessAgainst(Standard, Dossier)} does) and keeps the units whose verdict, grade or
   * any criterion's outcome changes, in the order given.
   *
   * @throws org.cunzhi.core.InvalidInputException when a dossier breaks the model's rules (a host
   *     that wants to skip such dossiers checks them first, or uses {@link #accumulate})
   */
  public static Impact of(
      Assessor assessor, Standard base, Standard tailored, Iterable<Dossier> dossiers) {
    Accumulator a = accumulate(assessor, base, tailored);
    dossiers.forEach(a::add);
    return a.impact();
  }

  /** An impact built one dossier at a time, for a host that reads dossiers as it goes. */
  public static Accumulator accumulate(Assessor assessor, Standard base, Standard tailored) {
    return new Accumulator(assessor, base, tailored);
  }

  /** Collects an {@link Impact} one dossier at a time; not thread-safe. */
  public static final class Accumulator {
    private final Assessor assessor;
    private final Standard base;
    private final Standard tailored;
    private final List<Change> changes = new ArrayList<>();
    private final List<Change> criteriaOnly = new ArrayList<>();
    private int units;

    private Accumulator(Assessor assessor, Standard base, Standard tailored) {
      this.assessor = requireNonNull(assessor, "assessor");
      this.base = requireNonNull(base, "base");
      this.tailored = requireNonNull(tailored, "tailored");
    }

    /**
     * Decides {@code dossier} under both standards, and evaluates it in full under both only when
     * the decisions differ, to explain the change.
     *
     * @return the change, or empty when its verdict, grade and every criterion's outcome stay the
     *     same ({@link Change#verdictChanged()} tells a change of verdict or grade from one of
     *     criteria only)
     * @throws org.cunzhi.core.InvalidInputException when the dossier breaks the model's rules
     */
    public Optional<Change> add(Dossier dossier) {
      // decided first, so that only a unit that changes is evaluated in full, to be explained
      Decision decidedBefore = assessor.decideAgainst(base, dossier);
      Decision decidedAfter = assessor.decideAgainst(tailored, dossier);
      if (isSame(decidedBefore, decidedAfter)) {
        units++;
        return Optional.empty();
      }
      EvaluationResult before = assessor.assessAgainst(base, dossier);
      EvaluationResult after = assessor.assessAgainst(tailored, dossier);
      units++;
      Change change = Change.between(before, after);
      if (change == null) {
        return Optional.empty();
      }
      (change.verdictChanged() ? changes : criteriaOnly).add(change);
      return Optional.of(change);
    }

    /**
     * Whether two decisions show no change as {@link Change#between} sees one: the same verdict and
     * grade, and each criterion of the first that the second has with the same outcome.
     */
    private static boolean isSame(Decision before, Decision after) {
      if (before.verdict() != after.verdict() || !before.gradeCode().equals(after.gradeCode())) {
        return false;
      }
      List<String> ids = before.criterionIds();
      List<Outcome> outcomes = before.outcomes();
      for (int i = 0; i < ids.size(); i++) {
        Optional<Outcome> o = after.outcome(ids.get(i));
        if (o.isPresent() && o.get() != outcomes.get(i)) {
          return false;
        }
      }
      return true;
    }

    /** What has been collected so far. */
    public Impact impact() {
      return new Impact(base, tailored, changes, criteriaOnly, units);
    }
  }

  /** The standard as it is. */
  public Standard base() {
    return base;
  }

  /** The standard as tailored. */
  public Standard tailored() {
    return tailored;
  }

  /** The units whose verdict or grade changes, in the order evaluated. */
  public List<Change> changes() {
    return changes;
  }

  /**
   * The units whose verdict and grade stay the same while at least one criterion's outcome changes,
   * in the order evaluated.
   */
  public List<Change> criteriaOnly() {
    return criteriaOnly;
  }

  /** How many dossiers were evaluated. */
  public int units() {
    return units;
  }

  /** How many units change verdict or grade. */
  public int changed() {
    return changes.size();
  }

  /**
   * How many units keep their verdict and grade while a criterion changes: {@code
   * criteriaOnly().size()}.
   */
  public int changedCriteriaOnly() {
    return criteriaOnly.size();
  }

  /** How many units keep their verdict, grade and every criterion's outcome. */
  public int unchanged() {
    return units - changes.size() - criteriaOnly.size();
  }

  @Override
  public String toString() {
    return "Impact["
        + base.id()
        + " -> "
        + tailored.id()
        + ", "
        + changed()
        + " (+"
        + changedCriteriaOnly()
        + " criteria only)/"
        + units
        + "]";
  }

  /**
   * A unit whose verdict, grade or criteria change.
   *
   * @param unit the unit
   * @param assessmentYear its assessment year
   * @param verdictBefore its verdict under the base standard
   * @param verdictAfter its verdict under the tailored one
   * @param gradeBefore its grade code under the base standard ({@link ScoreCard#gradeCode()}), null
   *     when the standard does not score
   * @param gradeAfter its grade code under the tailored one, null when it does not score
   * @param criteria the criteria whose outcome changed, in the standard's order; never empty when
   *     the verdict and grade stay the same
   */
  public record Change(
      Unit unit,
      int assessmentYear,
      Verdict verdictBefore,
      Verdict verdictAfter,
      @Nullable String gradeBefore,
      @Nullable String gradeAfter,
      List<CriterionChange> criteria) {
    public Change {
      requireNonNull(unit, "unit");
      requireNonNull(verdictBefore, "verdictBefore");
      requireNonNull(verdictAfter, "verdictAfter");
      criteria = ImmutableList.copyOf(criteria);
    }

    /** Whether the verdict or the grade changes (else only criteria do). */
    public boolean verdictChanged() {
      return verdictBefore != verdictAfter || !Objects.equals(gradeBefore, gradeAfter);
    }

    /**
     * The change between two results of one dossier; null when the verdict, the grade and every
     * criterion's outcome are the same.
     */
    static @Nullable Change between(EvaluationResult before, EvaluationResult after) {
      String gradeBefore = grade(before);
      String gradeAfter = grade(after);
      List<CriterionChange> criteria = new ArrayList<>();
      for (CriterionResult b : before.criteria()) {
        Optional<CriterionResult> a = after.criterion(b.id());
        if (a.isPresent() && a.get().outcome() != b.outcome()) {
          criteria.add(CriterionChange.between(b, a.get()));
        }
      }
      if (before.verdict() == after.verdict()
          && Objects.equals(gradeBefore, gradeAfter)
          && criteria.isEmpty()) {
        return null;
      }
      return new Change(
          before.unit(),
          before.assessmentYear(),
          before.verdict(),
          after.verdict(),
          gradeBefore,
          gradeAfter,
          criteria);
    }

    private static @Nullable String grade(EvaluationResult r) {
      ScoreCard card = r.scoreCard();
      return card == null ? null : card.gradeCode();
    }
  }

  /**
   * A criterion whose outcome changed.
   *
   * @param id the criterion's id
   * @param title its title under the tailored standard
   * @param before its outcome under the base standard
   * @param after its outcome under the tailored one
   * @param figures the figures that decided it: those whose threshold or whose meeting it differs
   *     between the two; empty when no figure explains the change (a parameter that is not a rate)
   */
  public record CriterionChange(
      String id, LocalizedText title, Outcome before, Outcome after, List<Figure> figures) {
    public CriterionChange {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      figures = ImmutableList.copyOf(figures);
    }

    static CriterionChange between(CriterionResult before, CriterionResult after) {
      List<Figure> figures = new ArrayList<>();
      for (Measure b : before.measures()) {
        for (Measure a : after.measures()) {
          if (a.name().equals(b.name())
              && Objects.equals(a.year(), b.year())
              && (!Objects.equals(a.threshold(), b.threshold()) || !a.met().equals(b.met()))) {
            figures.add(new Figure(b, a));
          }
        }
      }
      return new CriterionChange(
          before.id(), after.title(), before.outcome(), after.outcome(), figures);
    }
  }

  /**
   * A figure that decided a change: the same rate held to each standard's threshold.
   *
   * @param before the measure under the base standard
   * @param after the measure under the tailored one
   */
  public record Figure(Measure before, Measure after) {
    public Figure {
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }
  }
}
