package org.cunzhi.core.evaluation;

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
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
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
 * <p>A check that throws yields {@link Outcome#ERROR} for its criterion, naming the class at fault;
 * it never crashes the evaluation and never passes silently. Inspection findings merge as
 * DOSSIER-v1 says: NOT_MET fails the criterion; MET never overrides what the data show.
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
    requireNonNull(standard, "standard");
    requireNonNull(dossier, "dossier");
    ParameterValues values = standard.values();
    List<CriterionResult> results = new ArrayList<>();
    for (Criterion criterion : standard.allCriteria()) {
      results.add(evaluate(criterion, dossier, values));
    }
    return conclude(standard, dossier, results);
  }

  private static CriterionResult evaluate(
      Criterion criterion, Dossier dossier, ParameterValues values) {
    Context context = new Context(dossier, values, criterion.id());
    CheckResult result;
    try {
      result = requireNonNull(criterion.check().check(context), "check returned null");
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      result =
          CheckResult.of(
              Outcome.ERROR,
              CORE.reason(
                  "evaluation.error",
                  criterion.id(),
                  criterion.check().getClass().getName(),
                  e.getClass().getName()));
    }
    result = mergeInspection(result, context.inspectionFinding());
    return new CriterionResult(
        criterion.id(),
        criterion.title(),
        result.outcome(),
        criterion.hasVeto(),
        result.vetoed(),
        criterion.reference(),
        result.reasons(),
        result.measures(),
        result.outcome() == Outcome.PASS || result.outcome() == Outcome.NOT_APPLICABLE
            ? ImmutableList.of()
            : result.remedies(),
        context.read);
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
      Standard standard, Dossier dossier, List<CriterionResult> results) {
    List<Reason> notes = new ArrayList<>();
    boolean vetoed = results.stream().anyMatch(CriterionResult::vetoed);
    ScoringModel scoring = standard.scoring();
    if (!(scoring instanceof ScoringModel.AllMustPass)) {
      throw new IllegalStateException("unsupported scoring model " + scoring);
    }
    Verdict verdict = allMustPass(results);
    if (standard.isBaseMissing()) {
      notes.add(CORE.reason("note.base-missing", standard.baseId().orElse("?")));
      if (verdict == Verdict.MEETS) {
        verdict = Verdict.INCONCLUSIVE;
      }
    }
    long notApplicable =
        results.stream().filter(r -> r.outcome() == Outcome.NOT_APPLICABLE).count();
    if (notApplicable > 0) {
      notes.add(CORE.reason("note.not-applicable", notApplicable));
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
