package org.cunzhi.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Lists;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.InspectionFinding;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckContext;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Credit;
import org.cunzhi.core.rule.CreditRange;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterValues;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Ruling;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.ScoringModel;
import org.cunzhi.core.standard.Standard;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates dossiers against standards. Thread-safe: evaluating the same dossier against the same
 * standard from any number of threads gives equal results. Its only state is a cache of how each
 * criterion's check read its parameters, which never changes a result.
 *
 * <p>A check that throws yields {@link Outcome#ERROR} for its criterion, naming the class at fault
 * (never the exception's message, which might carry a person's data); it never crashes the
 * evaluation and never passes silently. Inspection findings are applied as DOSSIER-v1 and DOMAIN
 * S-7 say: NOT_MET fails the criterion it names and MET never overrides what the data show, when
 * the finding is dated in the assessment year or later; an earlier finding, one naming a criterion
 * of another installed standard, and one naming a criterion no installed standard has are noted,
 * not applied, and the last, when NOT_MET, keeps the verdict from MEETS. To tell the second from
 * the third, the evaluator is given the criterion ids of every installed standard ({@link
 * #withInstalledCriteria}); without them, only the evaluated standard's own criteria are known.
 * Remedies are kept only for FAIL and INSUFFICIENT_EVIDENCE, and for a scored PASS that earns less
 * than all its points (what would regain them).
 *
 * <p>The verdict follows the standard's {@link ScoringModel}: DOMAIN S-4 for {@link
 * ScoringModel.AllMustPass}, and for {@link ScoringModel.WeightedPoints} the rules documented
 * there. A standard whose base is missing never MEETS. The result's notes say how many criteria did
 * not apply, lacked evidence or broke, whether a veto fired, and, for scores, what the score rests
 * on.
 */
public final class Evaluator {
  private static final Messages CORE = CoreMessages.get();

  private final ImmutableSortedSet<String> installedCriteria;
  private final @Nullable Duration checkTimeLimit;
  private final Reads reads = new Reads();

  private Evaluator(
      ImmutableSortedSet<String> installedCriteria, @Nullable Duration checkTimeLimit) {
    this.installedCriteria = installedCriteria;
    this.checkTimeLimit = checkTimeLimit;
  }

  /**
   * An evaluator that knows no installed standard besides the one it evaluates: a finding naming a
   * criterion outside that standard counts as naming an unknown one (DOMAIN S-7).
   */
  public static Evaluator create() {
    return new Evaluator(ImmutableSortedSet.of(), null);
  }

  /**
   * This evaluator, knowing {@code ids} as the criterion ids of every installed standard (e.g.
   * {@code StandardRegistry.criterionIds()}), so that an inspection finding naming a criterion of
   * another installed standard is noted as such and not taken for a misspelt id (DOMAIN S-7). The
   * ids replace any given before; the evaluated standard's own criteria are always known.
   */
  public Evaluator withInstalledCriteria(Collection<String> ids) {
    return new Evaluator(ImmutableSortedSet.copyOf(ids), checkTimeLimit);
  }

  /**
   * This evaluator, holding every check to {@code limit} (DOMAIN S-2): a check still running when
   * its limit is up gives {@link Outcome#ERROR} for its criterion, with a reason naming the
   * criterion and the limit, and the evaluation goes on with the other criteria. Without a limit
   * (the default of {@link #create()}) checks run on the caller's thread, as long as they take.
   *
   * <p>With a limit, a dossier's checks run one after another on a worker thread of a shared pool
   * of daemon threads while the caller waits, so a dossier costs one hand-over, not one per check.
   * A check that overruns is interrupted and abandoned (Java cannot stop a thread that ignores
   * interruption: it keeps its thread until it ends, which being a daemon never keeps the JVM
   * alive) and the remaining checks go on on a fresh worker. On a thread of an {@link
   * EvaluationPool} there is no hand-over: the checks run on that thread, watched by the pool,
   * which runs the work again on a fresh thread when one overruns. The limit is wall-clock time, so
   * on a busy machine it should be generous: the command line uses 10 seconds.
   *
   * @param limit how long one check may run; {@code null} for no limit
   * @throws IllegalArgumentException when {@code limit} is zero or negative
   */
  public Evaluator withCheckTimeLimit(@Nullable Duration limit) {
    checkArgument(
        limit == null || (!limit.isNegative() && !limit.isZero()),
        "the check time limit must be positive, got %s",
        limit);
    return new Evaluator(installedCriteria, limit);
  }

  /** The time limit each check is held to; empty when there is none. */
  public Optional<Duration> checkTimeLimit() {
    return Optional.ofNullable(checkTimeLimit);
  }

  /** The criterion ids of the installed standards this evaluator knows, in order. */
  public Set<String> installedCriteria() {
    return installedCriteria;
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
    Inspections inspections = Inspections.of(dossier, standard.allCriteria(), installedCriteria);
    List<Criterion> all = standard.allCriteria();
    List<Judged> judged = new ArrayList<>(all.size());
    if (checkTimeLimit == null) {
      for (int i = 0; i < all.size(); i++) {
        judged.add(judge(all.get(i), dossier, values, inspections, reads));
      }
    } else {
      List<Criterion> criteria = standard.allCriteria();
      Checked[] results =
          TimedChecks.run(criteria, dossier, values, inspections, checkTimeLimit, reads);
      for (int i = 0; i < criteria.size(); i++) {
        judged.add(finish(criteria.get(i), values, inspections, results[i]));
      }
    }
    return conclude(standard, dossier, judged, assessments, inspections);
  }

  /**
   * Decides {@code dossier} against {@code standard} without explaining: what {@link
   * #evaluate(Standard, Dossier)} would give as its verdict, each criterion's outcome and veto, and
   * for a points standard its grade, always equal to {@code Decision.of(evaluate(standard,
   * dossier))}. Each criterion's check is asked only to {@linkplain Check#decide decide}: core's
   * checks then build no reasons, measures, remedies or lists. Inspection findings, a missing base
   * and the time limit are applied as in {@code evaluate}; a check that throws, returns null or
   * overruns is ERROR.
   *
   * <p>A {@link ScoringModel.WeightedPoints} standard is evaluated in full and its decision taken
   * from the result: its grade rests on each criterion's credit, which only the full results give.
   */
  public Decision decide(Standard standard, Dossier dossier) {
    requireNonNull(standard, "standard");
    requireNonNull(dossier, "dossier");
    if (!(standard.scoring() instanceof ScoringModel.AllMustPass)) {
      return Decision.of(evaluate(standard, dossier));
    }
    ParameterValues values = standard.values();
    List<Criterion> criteria = standard.allCriteria();
    Inspections inspections = Inspections.of(dossier, criteria, installedCriteria, false);
    Ruling[] rulings;
    if (checkTimeLimit == null) {
      rulings = new Ruling[criteria.size()];
      Deciding context = new Deciding(dossier, values);
      for (int i = 0; i < rulings.length; i++) {
        Criterion criterion = criteria.get(i);
        @Nullable InspectionFinding finding = inspections.applicableAt(i);
        context.serve(criterion.id(), finding);
        rulings[i] = Inspections.apply(finding, decide(criterion, context));
      }
    } else {
      rulings = TimedChecks.decide(criteria, dossier, values, inspections, checkTimeLimit);
      for (int i = 0; i < rulings.length; i++) {
        rulings[i] = Inspections.apply(inspections.applicableAt(i), rulings[i]);
      }
    }
    boolean fail = false;
    boolean open = false;
    boolean vetoed = false;
    for (int i = 0; i < rulings.length; i++) {
      Ruling r = rulings[i];
      fail |= r.outcome() == Outcome.FAIL;
      vetoed |= r.isVetoed();
      open |= r == Ruling.INSUFFICIENT_EVIDENCE || r == Ruling.ERROR;
    }
    Verdict verdict =
        fail
            ? Verdict.DOES_NOT_MEET
            : open || standard.isBaseMissing() || inspections.leavesFailureOpen()
                ? Verdict.INCONCLUSIVE
                : Verdict.MEETS;
    return new Decision(
        standard.id(), verdict, vetoed, Lists.transform(criteria, Criterion::id), rulings, null);
  }

  /**
   * What {@code criterion}'s check decides in {@code context}, containing what it throws or a null
   * it returns as ERROR, as {@link #check} does.
   */
  static Ruling decide(Criterion criterion, CheckContext context) {
    try {
      return requireNonNull(criterion.check().decide(context), "check returned null");
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      return Ruling.ERROR;
    }
  }

  /** A context of its own for deciding {@code criterion}. */
  static CheckContext deciding(
      Dossier dossier, ParameterValues values, Criterion criterion, Inspections inspections) {
    Deciding context = new Deciding(dossier, values);
    context.serve(criterion.id(), inspections.applicableOrNull(criterion.id()));
    return context;
  }

  /**
   * Evaluates one criterion on its own, with {@code values} in force: for testing a criterion or a
   * check as the evaluator runs it.
   */
  public CriterionResult evaluate(Criterion criterion, Dossier dossier, ParameterValues values) {
    requireNonNull(criterion, "criterion");
    requireNonNull(dossier, "dossier");
    requireNonNull(values, "values");
    Inspections inspections = Inspections.of(dossier, List.of(criterion), installedCriteria);
    return judge(criterion, dossier, values, inspections, reads).result();
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

  /** A criterion's result, with the credit its check gave (a range where evidence is missing). */
  record Judged(CriterionResult result, Optional<CreditRange> credit) {}

  private static Judged judge(
      Criterion criterion,
      Dossier dossier,
      ParameterValues values,
      Inspections inspections,
      Reads reads) {
    return finish(
        criterion, values, inspections, check(criterion, dossier, values, inspections, reads));
  }

  /**
   * Runs {@code criterion}'s check, containing what it throws or a null it returns as ERROR; the
   * parameters it read travel with the result ({@link Checked}).
   */
  static Checked check(
      Criterion criterion,
      Dossier dossier,
      ParameterValues values,
      Inspections inspections,
      Reads reads) {
    Context context =
        new Context(dossier, values, criterion.id(), inspections.applicableOrNull(criterion.id()));
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
    return new Checked(result, reads.of(criterion, context));
  }

  /**
   * The parameters each criterion's check read, as the results show them: a key's value formatted
   * once, the map remembered for the next dossier whose check reads the same parameters with the
   * same values (the usual case), so that it is not formatted and sorted again. Thread-safe; holds
   * at most {@value #MOST} criteria's maps: a criterion new to a full cache takes the place of one
   * other criterion's, so an evaluator that meets more criteria than that (many tailorings) keeps
   * most of its cache instead of losing it all at once.
   */
  static final class Reads {
    static final int MOST = 4096;

    private final ConcurrentHashMap<Criterion, Read> last = new ConcurrentHashMap<>();

    /** What one check read, in order, and the map it makes. */
    private record Read(
        @Nullable Parameter<?>[] parameters,
        @Nullable Object[] values,
        int size,
        ImmutableSortedMap<String, String> shown) {
      boolean isSameAs(Context c) {
        if (c.size != size) {
          return false;
        }
        for (int i = 0; i < size; i++) {
          if (c.parameters[i] != parameters[i] || !Objects.equals(c.read[i], values[i])) {
            return false;
          }
        }
        return true;
      }
    }

    /** The parameters {@code context} recorded as read, by key, each value formatted. */
    Map<String, String> of(Criterion criterion, Context context) {
      if (context.size == 0) {
        return ImmutableSortedMap.of();
      }
      Read known = last.get(criterion);
      if (known != null && known.isSameAs(context)) {
        return known.shown();
      }
      ImmutableSortedMap.Builder<String, String> shown = ImmutableSortedMap.naturalOrder();
      for (int i = 0; i < context.size; i++) {
        shown.put(requireNonNull(context.parameters[i]).key(), format(context, i));
      }
      Read read =
          new Read(
              Arrays.copyOf(context.parameters, context.size),
              Arrays.copyOf(context.read, context.size),
              context.size,
              shown.buildOrThrow());
      if (known == null && last.size() >= MOST) {
        // full: make room by letting one other criterion go, whichever comes first
        Iterator<Criterion> any = last.keySet().iterator();
        if (any.hasNext()) {
          last.remove(any.next());
        }
      }
      last.put(criterion, read);
      return read.shown();
    }

    /** How many criteria's maps are held. */
    int size() {
      return last.size();
    }

    /** Whether {@code criterion}'s map is held. */
    boolean holds(Criterion criterion) {
      return last.containsKey(criterion);
    }

    @SuppressWarnings("unchecked") // the value was read for this very parameter
    private static String format(Context context, int i) {
      Parameter<Object> p = (Parameter<Object>) requireNonNull(context.parameters[i]);
      return p.format(requireNonNull(context.read[i]));
    }
  }

  /** A check's result and the parameters it read. */
  record Checked(CheckResult result, Map<String, String> read) {}

  private static Judged finish(
      Criterion criterion, ParameterValues values, Inspections inspections, Checked checked) {
    CheckResult result = inspections.apply(criterion.id(), checked.result());
    // a plain test rather than Optional.map: a lambda passed to map is called through a site that
    // sees every caller's function, which is not inlined, in a step made for every criterion
    Optional<Credit> credit = result.credit();
    boolean remedied =
        result.outcome() == Outcome.FAIL
            || result.outcome() == Outcome.INSUFFICIENT_EVIDENCE
            || (credit.isPresent() && !credit.get().isFull());
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
            checked.read(),
            null,
            result.missed());
    return new Judged(r, result.creditRange());
  }

  /** The check's class name, without the run-dependent suffix of a lambda's hidden class. */
  static String className(Check check) {
    String name = check.getClass().getName();
    int lambda = name.indexOf("$$Lambda");
    return lambda > 0 ? name.substring(0, lambda) : name;
  }

  private static EvaluationResult conclude(
      Standard standard,
      Dossier dossier,
      List<Judged> judged,
      Assessments assessments,
      Inspections inspections) {
    List<CriterionResult> results = new ArrayList<>(judged.size());
    boolean vetoed = false;
    long notApplicable = 0;
    for (int i = 0; i < judged.size(); i++) {
      CriterionResult r = judged.get(i).result();
      results.add(r);
      vetoed |= r.vetoed();
      notApplicable += r.outcome() == Outcome.NOT_APPLICABLE ? 1 : 0;
    }
    List<Reason> notes = new ArrayList<>();
    if (standard.isBaseMissing()) {
      notes.add(CORE.reason("note.base-missing", standard.baseId().orElse("?")));
    }
    note(notes, results, Outcome.ERROR, "note.errors");
    note(notes, results, Outcome.INSUFFICIENT_EVIDENCE, "note.insufficient");
    ScoringModel scoring = standard.scoring();
    if (scoring instanceof ScoringModel.WeightedPoints points) {
      notes.addAll(inspections.notes());
      boolean open = standard.isBaseMissing() || inspections.leavesFailureOpen();
      Scorer.Scored scored =
          Scorer.score(points.resolve(standard.values()), judged, open, assessments, notes);
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
    if (notApplicable > 0) {
      notes.add(CORE.reason("note.not-applicable", String.valueOf(notApplicable)));
    }
    if (vetoed) {
      notes.add(CORE.reason("note.vetoed"));
    }
    notes.addAll(inspections.notes());
    if (inspections.leavesFailureOpen() && verdict == Verdict.MEETS) {
      verdict = Verdict.INCONCLUSIVE;
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
    boolean open = false;
    for (int i = 0; i < results.size(); i++) {
      Outcome o = results.get(i).outcome();
      if (o == Outcome.FAIL) {
        return Verdict.DOES_NOT_MEET;
      }
      open |= o == Outcome.INSUFFICIENT_EVIDENCE || o == Outcome.ERROR;
    }
    return open ? Verdict.INCONCLUSIVE : Verdict.MEETS;
  }

  /**
   * The context the checks of a decision see, one criterion after another ({@link #serve}): it
   * records nothing, as nothing read is shown.
   */
  private static class Deciding implements CheckContext {
    final Dossier dossier;
    final ParameterValues values;
    private String criterionId = "";
    private @Nullable InspectionFinding finding;

    Deciding(Dossier dossier, ParameterValues values) {
      this.dossier = dossier;
      this.values = values;
    }

    void serve(String id, @Nullable InspectionFinding applicable) {
      this.criterionId = id;
      this.finding = applicable;
    }

    @Override
    public Dossier dossier() {
      return dossier;
    }

    @Override
    public <T> T parameter(Parameter<T> parameter) {
      return values.get(parameter);
    }

    @Override
    public String criterionId() {
      return criterionId;
    }

    @Override
    public Optional<InspectionFinding> inspectionFinding() {
      return Optional.ofNullable(finding);
    }

    @Override
    public Messages coreMessages() {
      return CORE;
    }
  }

  /**
   * The context one criterion's check sees when it explains: a deciding context for that criterion
   * that also records the parameters it reads.
   */
  static final class Context extends Deciding {
    private static final Parameter<?>[] NO_PARAMETERS = new Parameter<?>[0];
    private static final Object[] NO_VALUES = new Object[0];

    // the parameters read, each key once (a key read again keeps the last read, as a map would)
    // made at the first read, four at a time: a check that reads no parameter costs no arrays
    private @Nullable Parameter<?>[] parameters = NO_PARAMETERS;
    private @Nullable Object[] read = NO_VALUES;
    private int size;

    Context(
        Dossier dossier,
        ParameterValues values,
        String criterionId,
        @Nullable InspectionFinding finding) {
      super(dossier, values);
      serve(criterionId, finding);
    }

    @Override
    public <T> T parameter(Parameter<T> parameter) {
      T value = values.get(parameter);
      record(parameter, value);
      return value;
    }

    private void record(Parameter<?> parameter, Object value) {
      for (int i = 0; i < size; i++) {
        if (requireNonNull(parameters[i]).key().equals(parameter.key())) {
          parameters[i] = parameter;
          read[i] = value;
          return;
        }
      }
      if (size == parameters.length) {
        int grown = size == 0 ? 4 : size * 2;
        parameters = Arrays.copyOf(parameters, grown);
        read = Arrays.copyOf(read, grown);
      }
      parameters[size] = parameter;
      read[size] = value;
      size++;
    }
  }
}
