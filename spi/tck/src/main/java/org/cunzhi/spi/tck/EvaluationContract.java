package org.cunzhi.spi.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.spi.StandardProvider;

/**
 * How every plugin's standards must behave on any valid dossier, complete or not: evaluation never
 * throws, gives exactly one outcome per criterion and never ERROR, and gives the same result twice.
 * The standards are evaluated as the registry holds them (joined to their bases where the base is
 * the provider's own).
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
public interface EvaluationContract {

  /** The provider under test, freshly made. */
  StandardProvider provider();

  /**
   * The dossiers to evaluate: {@link Dossiers#any()} unless overridden (annotate the override with
   * {@code @Provide} too), e.g. to add a plugin's own sample dossiers.
   */
  @Provide
  default Arbitrary<Dossier> dossiers() {
    return Dossiers.any();
  }

  /** Evaluation never throws and gives one outcome per criterion, in order, and no ERROR. */
  @Property(tries = 200)
  default void evaluate_givesOneOutcomePerCriterionAndNoError(@ForAll("dossiers") Dossier dossier) {
    Evaluator evaluator = Evaluator.create();
    List<String> problems = new ArrayList<>();
    for (Standard standard : Contracts.registered(provider())) {
      EvaluationResult result = evaluator.evaluate(standard, dossier);
      List<String> expected = standard.allCriteria().stream().map(Criterion::id).toList();
      List<String> actual = result.criteria().stream().map(CriterionResult::id).toList();
      if (!expected.equals(actual)) {
        problems.add(
            standard.id() + " gave outcomes for " + actual + ", expected one each for " + expected);
      }
      for (CriterionResult c : result.criteria()) {
        if (c.outcome() == Outcome.ERROR) {
          problems.add(
              c.id() + " gave ERROR: " + c.reasons().stream().map(r -> r.text().en()).toList());
        }
      }
    }
    Contracts.assertNone(problems);
  }

  /**
   * Evaluating the same dossier twice, against standards asked for twice, gives equal results: no
   * check keeps state between evaluations, or reads the clock or a random source.
   */
  @Property(tries = 100)
  default void evaluate_twice_givesEqualResults(@ForAll("dossiers") Dossier dossier) {
    Evaluator evaluator = Evaluator.create();
    List<Standard> first = Contracts.registered(provider());
    List<Standard> second = Contracts.registered(provider());
    assertEquals(first.size(), second.size(), "two loads gave different numbers of standards");
    for (int i = 0; i < first.size(); i++) {
      EvaluationResult a = evaluator.evaluate(first.get(i), dossier);
      EvaluationResult b = evaluator.evaluate(second.get(i), dossier);
      assertEquals(a, b, () -> "two evaluations against " + a.standardId() + " differ");
    }
  }
}
