package org.cunzhi.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Finding;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Credit;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterValues;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.ScoringModel;
import org.cunzhi.core.standard.Standard;

/**
 * Evaluates dossiers against standards. Stateless and thread-safe: evaluating the same dossier
 * against the same standard from any number of threads gives equal results.
 *
 * <p>A check that throws yields {@link Outcome#ERROR} for its criterion, naming the class at fault
 * (never the exception's message, which might carry a person's data); it never crashes the
 * evaluation and never passes silently. Inspection findings merge as DOSSIER-v1 says: NOT_MET fails
 * the criterion; MET never overrides what the data show. Remedies are kept only for FAIL and
 * INSUFFICIENT_EVIDENCE.
 *
 * <p>The verdict follows the standard's {@link ScoringModel}: DOMAIN S-4 for {@link
 * ScoringModel.AllMustPass}, and for {@link ScoringModel.WeightedPoints} the rules documented
 * there. A standard whose base is missing never MEETS. The result's notes say how many criteria did
 * not apply, lacked evidence or broke, whether a veto fired, and, for scores, what the score rests
 * on.
 */
public final class Evaluator {
  private static final Messages CORE = CoreMessages.get();

  private Evaluator() {}

  /** An evaluator. */
  public static Evaluator create() {
    return new Evaluator();
  }

  /** Evaluates {@code dossier} against {@code standard}. */
  public EvaluationResult evaluate(Standard standard, Dossier dossier) {
    return evaluate(standard, dossier, Assessments.none());
  }

  /**
   * Evaluates {@code dossier} against {@code standard}, combining the standard's own score with
   * {@code assessments} made outside it (CV-2) as the standard's scoring model weights them.
   *
   * @throws IllegalArgumentException when an assessment is supplied that the standard does not
   *     weight
   */
  public EvaluationResult evaluate(Standard standard, Dossier dossier, Assessments assessments) {
    requireNonNull(standard, "standard");
    requireNonNull(dossier, "dossier");
    requireNonNull(assessments, "assessments");
    checkAssessments(standard, assessments);
    ParameterValues values = standard.values();
    List<Judged> judged = new ArrayList<>();
    for (Criterion criterion : standard.allCriteria()) {
      judged.add(judge(criterion, dossier, values));
    }
    return conclude(standard, dossier, judged, assessments);
  }

  /**
   * Evaluates one criterion on its own, with {@code values} in force: for testing a criterion or a
   * check as the evaluator runs it.
   */
  public CriterionResult evaluate(Criterion criterion, Dossier dossier, ParameterValues values) {
    requireNonNull(criterion, "criterion");
    requireNonNull(dossier, "dossier");
    requireNonNull(values, "values");
    return judge(criterion, dossier, values).result();
  }

  private static void checkAssessments(Standard standard, Assessments assessments) {
    if (assessments.scores().isEmpty()) {
      return;
    }
    Map<String, ?> weights =
        standard.scoring() instanceof ScoringModel.WeightedPoints points
            ? points.assessmentWeights()
            : Map.of();
    for (String id : assessments.scores().keySet()) {
      checkArgument(
          !id.equals(ScoringModel.WeightedPoints.OWN),
          "the \"%s\" assessment is computed, not supplied",
          id);
      checkArgument(
          weights.containsKey(id),
          "standard %s does not weight an assessment \"%s\"; it weights %s",
          standard.id(),
          id,
          weights.keySet());
    }
  }

  /** A criterion's result, with the credit its check gave. */
  record Judged(CriterionResult result, Optional<Credit> credit) {}

  private static Judged judge(Criterion criterion, Dossier dossier, ParameterValues values) {
    Context context = new Context(dossier, values, criterion.id());
    CheckResult result;
    try {
      result = requireNonNull(criterion.check().check(context), "check returned null");
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      result =
          CheckResult.error(
              CORE.reason(
                  "evaluation.error",
                  criterion.id(),
                  className(criterion.check()),
                  e.getClass().getName()));
    }
    result = mergeInspection(result, context.inspectionFinding());
    boolean remedied =
        result.outcome() == Outcome.FAIL || result.outcome() == Outcome.INSUFFICIENT_EVIDENCE;
    CriterionResult r =
        new CriterionResult(
            criterion.id(),
            criterion.title(values),
            result.outcome(),
            criterion.carriesVeto(),
            result.vetoed(),
            criterion.reference(),
            result.reasons(),
            result.measures(),
            remedied ? result.remedies() : ImmutableList.of(),
            context.read);
    return new Judged(r, result.credit());
  }

  /** The check's class name, without the run-dependent suffix of a lambda's hidden class. */
  private static String className(Check check) {
    String name = check.getClass().getName();
    int lambda = name.indexOf("$$Lambda");
    return lambda > 0 ? name.substring(0, lambda) : name;
  }

  private static CheckResult mergeInspection(CheckResult result, Optional<InspectionFinding> f) {
    if (f.isEmpty() || result.outcome() == Outcome.ERROR) {
      return result;
    }
    InspectionFinding finding = f.get();
    List<Reason> reasons = new ArrayList<>(result.reasons());
    if (finding.finding() == Finding.NOT_MET) {
      addOnce(
          reasons, CORE.reason("inspection.not-met", finding.date().toString(), finding.note()));
      return new CheckResult(
          Outcome.FAIL,
          reasons,
          result.measures(),
          result.remedies(),
          result.vetoed(),
          result.outcome() == Outcome.FAIL ? result.partialCredit() : null);
    }
    String key =
        result.outcome() == Outcome.FAIL ? "inspection.met-not-overriding" : "inspection.met";
    addOnce(reasons, CORE.reason(key, finding.date().toString(), finding.note()));
    return new CheckResult(
        result.outcome(),
        reasons,
        result.measures(),
        result.remedies(),
        result.vetoed(),
        result.partialCredit());
  }

  /**
   * Adds {@code reason} unless the check already gave it (e.g. {@code Checks.inspectorFinding}).
   */
  private static void addOnce(List<Reason> reasons, Reason reason) {
    if (!reasons.contains(reason)) {
      reasons.add(reason);
    }
  }

  private static EvaluationResult conclude(
      Standard standard, Dossier dossier, List<Judged> judged, Assessments assessments) {
    List<CriterionResult> results = new ArrayList<>();
    for (Judged j : judged) {
      results.add(j.result());
    }
    List<Reason> notes = new ArrayList<>();
    boolean vetoed = results.stream().anyMatch(CriterionResult::vetoed);
    if (standard.isBaseMissing()) {
      notes.add(CORE.reason("note.base-missing", standard.baseId().orElse("?")));
    }
    note(notes, results, Outcome.ERROR, "note.errors");
    note(notes, results, Outcome.INSUFFICIENT_EVIDENCE, "note.insufficient");
    ScoringModel scoring = standard.scoring();
    if (scoring instanceof ScoringModel.WeightedPoints points) {
      Scorer.Scored scored =
          Scorer.score(points, judged, vetoed, standard.isBaseMissing(), assessments, notes);
      ScoreCard card = scored.card();
      return new EvaluationResult(
          standard.id(),
          standard.version(),
          standard.title(),
          standard.fingerprint(),
          dossier.unit(),
          dossier.assessmentYear(),
          scored.verdict(),
          vetoed,
          card.displayScore().orElse(null),
          card.grade() == null ? null : card.grade().title(),
          scored.criteria(),
          notes,
          card);
    }
    if (!(scoring instanceof ScoringModel.AllMustPass)) {
      throw new IllegalStateException("unsupported scoring model " + scoring);
    }
    Verdict verdict = allMustPass(results);
    if (standard.isBaseMissing() && verdict == Verdict.MEETS) {
      verdict = Verdict.INCONCLUSIVE;
    }
    long notApplicable =
        results.stream().filter(r -> r.outcome() == Outcome.NOT_APPLICABLE).count();
    if (notApplicable > 0) {
      notes.add(CORE.reason("note.not-applicable", String.valueOf(notApplicable)));
    }
    if (vetoed) {
      notes.add(CORE.reason("note.vetoed"));
    }
    return new EvaluationResult(
        standard.id(),
        standard.version(),
        standard.title(),
        standard.fingerprint(),
        dossier.unit(),
        dossier.assessmentYear(),
        verdict,
        vetoed,
        null,
        null,
        results,
        notes);
  }

  /** Adds a note naming the criteria with {@code outcome}, if any. */
  private static void note(
      List<Reason> notes, List<CriterionResult> results, Outcome outcome, String key) {
    List<String> ids = new ArrayList<>();
    for (CriterionResult r : results) {
      if (r.outcome() == outcome) {
        ids.add(r.id());
      }
    }
    if (!ids.isEmpty()) {
      notes.add(CORE.reason(key, String.valueOf(ids.size()), String.join(", ", ids)));
    }
  }

  private static Verdict allMustPass(List<CriterionResult> results) {
    if (results.stream().anyMatch(r -> r.outcome() == Outcome.FAIL)) {
      return Verdict.DOES_NOT_MEET;
    }
    if (results.stream()
        .anyMatch(
            r -> r.outcome() == Outcome.INSUFFICIENT_EVIDENCE || r.outcome() == Outcome.ERROR)) {
      return Verdict.INCONCLUSIVE;
    }
    return Verdict.MEETS;
  }

  /** The context one criterion's check sees; records the parameters it reads. */
  private static final class Context implements CheckContext {
    private final Dossier dossier;
    private final ParameterValues values;
    private final String criterionId;
    private final Map<String, String> read = new TreeMap<>();

    Context(Dossier dossier, ParameterValues values, String criterionId) {
      this.dossier = dossier;
      this.values = values;
      this.criterionId = criterionId;
    }

    @Override
    public Dossier dossier() {
      return dossier;
    }

    @Override
    public <T> T parameter(Parameter<T> parameter) {
      T value = values.get(parameter);
      read.put(parameter.key(), parameter.format(value));
      return value;
    }

    @Override
    public String criterionId() {
      return criterionId;
    }

    @Override
    public Messages coreMessages() {
      return CORE;
    }
  }
}
