package org.cunzhi.spi.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.Decision;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Section;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Parameter;
import org.cunzhi.core.rule.ParameterValues;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;

/**
 * How every plugin's standards must behave on any valid dossier, complete or not: evaluation never
 * throws, gives exactly one outcome per criterion and never ERROR, not even with parameters at the
 * bounds of their ranges, and gives the same result twice and on several threads. A criterion reads
 * what it declares, and no more: a parameter it reads is among its {@link Criterion#parameters()};
 * without a section it needs it never passes (DOSSIER-v1, S-9), and without a section it does not
 * read its outcome stays the same. Deciding without explaining ({@link Evaluator#decide}, which
 * asks each check's {@link org.cunzhi.core.rule.Check#decide}) gives what the evaluation says. The
 * standards are evaluated as a host holds them: joined to their bases, the provider's own or those
 * of {@link #baseProviders()}.
 *
 * <pre>{@code
 * class CountyStandardsProperties implements EvaluationContract {
 *   @Override
 *   public StandardProvider provider() {
 *     return new CountyStandards();
 *   }
 * }
 * }</pre>
 */
public interface EvaluationContract extends PluginUnderTest {

  /**
   * The dossiers to evaluate: {@link Dossiers#any()} unless overridden (annotate the override with
   * {@code @Provide} too), e.g. to add a plugin's own sample dossiers.
   */
  @Provide
  default Arbitrary<Dossier> dossiers() {
    return Dossiers.any();
  }

  /**
   * The dossiers from which sections are taken away, one at a time, to see what each criterion
   * reads: {@link Dossiers#complete()} unless overridden (with {@code @Provide}); an override
   * should give dossiers with every section, so that each can be taken away.
   */
  @Provide
  default Arbitrary<Dossier> completeDossiers() {
    return Dossiers.complete();
  }

  /** Evaluation never throws and gives one outcome per criterion, in order, and no ERROR. */
  @Property(tries = 200)
  default void evaluate_givesOneOutcomePerCriterionAndNoError(@ForAll("dossiers") Dossier dossier) {
    Evaluator evaluator = Evaluator.create();
    List<String> problems = new ArrayList<>();
    for (Standard standard : Contracts.registered(this)) {
      EvaluationResult result = evaluator.evaluate(standard, dossier);
      List<String> expected = standard.allCriteria().stream().map(Criterion::id).toList();
      List<String> actual = result.criteria().stream().map(CriterionResult::id).toList();
      if (!expected.equals(actual)) {
        problems.add(
            standard.id() + " gave outcomes for " + actual + ", expected one each for " + expected);
      }
      for (CriterionResult c : result.criteria()) {
        if (c.outcome() == Outcome.ERROR) {
          problems.add(c.id() + " gave ERROR: " + texts(c.reasons()));
        }
      }
    }
    Contracts.assertNone(problems);
  }

  /**
   * Deciding gives the evaluation's decision: its verdict, each criterion's outcome and veto, and
   * the grade, so a check's own {@code decide} agrees with its {@code check}.
   */
  @Property(tries = 200)
  default void decide_isTheEvaluationsDecision(@ForAll("dossiers") Dossier dossier) {
    Evaluator evaluator = Evaluator.create();
    List<String> problems = new ArrayList<>();
    for (Standard standard : Contracts.registered(this)) {
      Decision evaluated = Decision.of(evaluator.evaluate(standard, dossier));
      Decision decided = evaluator.decide(standard, dossier);
      if (!decided.equals(evaluated)) {
        problems.add(standard.id() + " decided " + decided + " where it evaluated " + evaluated);
      }
    }
    Contracts.assertNone(problems);
  }

  /**
   * Every parameter a criterion reads while it is evaluated (the keys of {@link
   * CriterionResult#parameters()}) is one it declares, so that a host can show and tailor it.
   */
  @Property(tries = 100)
  default void evaluate_readsOnlyTheParametersItDeclares(@ForAll("dossiers") Dossier dossier) {
    Evaluator evaluator = Evaluator.create();
    Set<String> problems = new TreeSet<>();
    for (Standard standard : Contracts.registered(this)) {
      EvaluationResult result = evaluator.evaluate(standard, dossier);
      for (Criterion c : standard.allCriteria()) {
        Set<String> read =
            new TreeSet<>(result.criterion(c.id()).orElseThrow().parameters().keySet());
        c.parameters().forEach(p -> read.remove(p.key()));
        if (!read.isEmpty()) {
          problems.add(
              "criterion "
                  + c.id()
                  + " read the parameter(s) "
                  + read
                  + " but does not declare them; describe them in its check's requirements(),"
                  + " or add them with .parameters(...) on the criterion");
        }
      }
    }
    Contracts.assertNone(List.copyOf(problems));
  }

  /**
   * Without a section that a criterion needs ({@link Criterion#requirements()}: each section it
   * needs on its own, and each group of alternatives together), it never passes: it is
   * INSUFFICIENT_EVIDENCE, or a FAIL or NOT_APPLICABLE that the other data show (the outcome it has
   * with the section). Missing evidence is never silently a pass or a fail (S-2, S-9).
   */
  @Property(tries = 50)
  default void evaluate_withoutASectionItNeeds_neverPasses(
      @ForAll("completeDossiers") Dossier dossier) {
    Evaluator evaluator = Evaluator.create();
    Set<String> problems = new TreeSet<>();
    for (Standard standard : Contracts.registered(this)) {
      ParameterValues values = standard.values();
      for (Criterion c : standard.allCriteria()) {
        Outcome with = evaluator.evaluate(c, dossier, values).outcome();
        if (with == Outcome.ERROR) {
          continue; // the outcome property reports it
        }
        for (Set<Section> group : c.requirements().needs()) {
          Dossier.Builder b = dossier.toBuilder();
          group.forEach(b::without);
          CriterionResult without = evaluator.evaluate(c, b.build(), values);
          Outcome o = without.outcome();
          boolean shownByOtherData =
              o == with && (o == Outcome.FAIL || o == Outcome.NOT_APPLICABLE);
          if (o != Outcome.INSUFFICIENT_EVIDENCE && !shownByOtherData) {
            problems.add(
                "criterion "
                    + c.id()
                    + " gave "
                    + o
                    + " without "
                    + fieldNames(group)
                    + ", which it needs ("
                    + with
                    + " with it): a missing section is INSUFFICIENT_EVIDENCE unless the other"
                    + " data already decide"
                    + (o == Outcome.ERROR ? "; " + texts(without.reasons()) : ""));
          }
        }
      }
    }
    Contracts.assertNone(List.copyOf(problems));
  }

  /**
   * Without a section that a criterion does not read (not among {@link Criterion#sections()}), its
   * outcome stays the same: a criterion reads only what it declares. The {@code inspection} section
   * is left out: the evaluator applies inspectors' findings to every criterion.
   */
  @Property(tries = 50)
  default void evaluate_withoutASectionItDoesNotRead_keepsItsOutcome(
      @ForAll("completeDossiers") Dossier dossier) {
    Evaluator evaluator = Evaluator.create();
    Set<String> problems = new TreeSet<>();
    for (Standard standard : Contracts.registered(this)) {
      ParameterValues values = standard.values();
      for (Criterion c : standard.allCriteria()) {
        Outcome with = evaluator.evaluate(c, dossier, values).outcome();
        if (with == Outcome.ERROR || evaluator.evaluate(c, dossier, values).outcome() != with) {
          continue; // the outcome and determinism properties report these
        }
        Set<Section> unread = EnumSet.allOf(Section.class);
        unread.removeAll(c.sections());
        unread.remove(Section.INSPECTION);
        for (Section s : unread) {
          Outcome without =
              evaluator.evaluate(c, dossier.toBuilder().without(s).build(), values).outcome();
          if (without != with) {
            problems.add(
                "criterion "
                    + c.id()
                    + " gave "
                    + without
                    + " without "
                    + s.fieldName()
                    + " ("
                    + with
                    + " with it), a section it does not declare; "
                    + (c.requirements().isComplete()
                        ? "its check"
                        : "a part of its check that does not describe itself (a lambda)")
                    + " reads it: wrap that part in Checks.requires(Section."
                    + s.name()
                    + ", …), add .sections(Section."
                    + s.name()
                    + ") on the criterion, or describe it in the check's requirements()");
          }
        }
      }
    }
    Contracts.assertNone(List.copyOf(problems));
  }

  /**
   * No parameter value at a bound of its range gives ERROR: each criterion is evaluated with each
   * parameter it reads at its least and its greatest allowed value (the other parameters as the
   * standard sets them).
   */
  @Property(tries = 50)
  default void evaluate_parametersAtTheirBounds_neverError(@ForAll("dossiers") Dossier dossier) {
    Evaluator evaluator = Evaluator.create();
    Set<String> problems = new TreeSet<>();
    for (Standard standard : Contracts.registered(this)) {
      for (Criterion c : standard.allCriteria()) {
        for (Parameter<?> p : c.parameters()) {
          atBounds(evaluator, standard, c, p, dossier, problems);
        }
      }
    }
    Contracts.assertNone(List.copyOf(problems));
  }

  private static <T> void atBounds(
      Evaluator evaluator,
      Standard standard,
      Criterion criterion,
      Parameter<T> parameter,
      Dossier dossier,
      Set<String> problems) {
    for (T value : Contracts.boundaryValues(parameter)) {
      ParameterValues values = standard.values().with(parameter, value);
      CriterionResult r = evaluator.evaluate(criterion, dossier, values);
      if (r.outcome() == Outcome.ERROR) {
        problems.add(
            "criterion "
                + criterion.id()
                + " gave ERROR with "
                + parameter.key()
                + " = "
                + parameter.format(value)
                + ", a bound of its range: "
                + texts(r.reasons()));
      }
    }
  }

  /**
   * Evaluating the same dossier twice, against standards asked for twice, gives equal results: no
   * check keeps state between evaluations, or reads the clock or a random source. A failure shows
   * what differs, and only that.
   */
  @Property(tries = 100)
  default void evaluate_twice_givesEqualResults(@ForAll("dossiers") Dossier dossier) {
    Evaluator evaluator = Evaluator.create();
    List<Standard> first = Contracts.registered(this);
    List<Standard> second = Contracts.registered(this);
    assertEquals(first.size(), second.size(), "two loads gave different numbers of standards");
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      EvaluationResult a = evaluator.evaluate(first.get(i), dossier);
      EvaluationResult b = evaluator.evaluate(second.get(i), dossier);
      List<String> differences = Differences.between(a, b);
      if (!differences.isEmpty()) {
        problems.add(
            "two evaluations against "
                + a.standardId()
                + " differ (first ≠ second):"
                + Differences.describe(differences));
      }
    }
    Contracts.assertNone(problems);
  }

  /**
   * Evaluating the same dossier against the same standards on several threads at once gives the
   * results one thread gives: standards and checks are safe to share. A failure shows what differs,
   * and only that.
   */
  @Property(tries = 30)
  default void evaluate_onSeveralThreads_givesEqualResults(@ForAll("dossiers") Dossier dossier)
      throws Exception {
    Evaluator evaluator = Evaluator.create();
    List<Standard> standards = Contracts.registered(this);
    List<EvaluationResult> alone = evaluateAll(evaluator, standards, dossier);
    ExecutorService pool = Executors.newFixedThreadPool(Contracts.THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<EvaluationResult>>> runs = new ArrayList<>();
      for (int t = 0; t < Contracts.THREADS; t++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return evaluateAll(evaluator, standards, dossier);
                }));
      }
      start.countDown();
      List<List<EvaluationResult>> results = new ArrayList<>();
      for (Future<List<EvaluationResult>> run : runs) {
        results.add(run.get(1, TimeUnit.MINUTES));
      }
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < standards.size(); i++) {
        List<String> first = List.of();
        int differing = 0;
        for (List<EvaluationResult> r : results) {
          List<String> differences = Differences.between(alone.get(i), r.get(i));
          if (!differences.isEmpty()) {
            first = differing++ == 0 ? differences : first;
          }
        }
        if (differing > 0) {
          problems.add(
              "the evaluation against "
                  + standards.get(i).id()
                  + " differs (one thread ≠ several) on "
                  + differing
                  + " of "
                  + Contracts.THREADS
                  + " threads; on the first:"
                  + Differences.describe(first));
        }
      }
      if (!problems.isEmpty()) {
        fail(String.join("\n", problems));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<EvaluationResult> evaluateAll(
      Evaluator evaluator, List<Standard> standards, Dossier dossier) {
    List<EvaluationResult> results = new ArrayList<>();
    for (Standard s : standards) {
      results.add(evaluator.evaluate(s, dossier));
    }
    return results;
  }

  private static List<String> texts(List<Reason> reasons) {
    return reasons.stream().map(r -> r.text().en()).toList();
  }

  private static String fieldNames(Set<Section> sections) {
    return String.join(" and ", sections.stream().map(Section::fieldName).toList());
  }
}
