package org.cunzhi.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Criterion;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@link EvaluationPool}: time-limited evaluations on its threads run their checks there, and give
 * what they would give anywhere else; a check that overruns is ERROR, the work is run again without
 * it, and the pool goes on. Only outcomes are asserted, never times: the overrunning checks never
 * end on their own, so however slow the machine, they overrun.
 */
class EvaluationPoolTest {
  private static final Reason WHY = Runaways.WHY;
  private static final Duration LIMIT = Duration.ofMillis(200);

  private static final Runaways RUNAWAYS = new Runaways();

  /** Spins until the tests are over, ignoring interruption. */
  private static final Check SPINS = RUNAWAYS.spins;

  @AfterAll
  static void stopSpinning() {
    RUNAWAYS.stop();
  }

  /** Sleeps forever; interruption ends it. */
  private static final Check SLEEPS = Runaways.SLEEPS;

  /** Passes when the dossier's year is even, fails when odd. */
  private static final Check EVEN_YEAR =
      c -> c.dossier().assessmentYear() % 2 == 0 ? CheckResult.pass(WHY) : CheckResult.fail(WHY);

  private static Dossier dossier(int year) {
    return Dossier.builder(
            Unit.of(DivisionCode.parse("120119105201"), "台子村", UnitKind.VILLAGE), year)
        .build();
  }

  private static Criterion criterion(String id, Check check) {
    return Runaways.criterion(id, check);
  }

  private static Standard standard(Criterion... criteria) {
    return Runaways.standard(LocalDate.of(2020, 1, 1), criteria);
  }

  private static final Standard QUICK =
      standard(
          criterion("test.a", c -> CheckResult.pass(WHY)),
          criterion("test.even", EVEN_YEAR),
          criterion("test.b", c -> CheckResult.fail(WHY)));

  @Test
  void runawayChecksAmongQuickOnes_areErrorWithTheSameResultAsOffThePool() throws Exception {
    Standard s =
        standard(
            criterion("test.a", c -> CheckResult.pass(WHY)),
            criterion("test.spins", SPINS),
            criterion("test.even", EVEN_YEAR),
            criterion("test.sleeps", SLEEPS),
            criterion("test.c", c -> CheckResult.pass(WHY)));
    Evaluator evaluator = Evaluator.create().withCheckTimeLimit(LIMIT);
    AtomicInteger runs = new AtomicInteger();
    EvaluationResult onPool;
    Decision decided;
    try (EvaluationPool pool = EvaluationPool.of(1)) {
      onPool =
          pool.submit(
                  () -> {
                    runs.incrementAndGet();
                    return evaluator.evaluate(s, dossier(2025));
                  })
              .get();
      decided = pool.submit(() -> evaluator.decide(s, dossier(2025))).get();
    }
    assertThat(onPool.criteria())
        .extracting(CriterionResult::outcome)
        .containsExactly(Outcome.PASS, Outcome.ERROR, Outcome.FAIL, Outcome.ERROR, Outcome.PASS);
    assertThat(onPool.criterion("test.spins").orElseThrow().reasons().get(0).text().in(Language.EN))
        .contains("test.spins")
        .contains("200 ms")
        .contains("time limit");
    // run once, then again without the spinning check, then again without the sleeping one
    assertThat(runs).hasValue(3);
    assertThat(onPool).isEqualTo(evaluator.evaluate(s, dossier(2025)));
    assertThat(decided).isEqualTo(Decision.of(onPool));
  }

  @Test
  void afterARunawayCheck_thePoolGoesOnWithAllItsThreads() throws Exception {
    Standard s = standard(criterion("test.sleeps", SLEEPS), criterion("test.even", EVEN_YEAR));
    Evaluator evaluator = Evaluator.create().withCheckTimeLimit(LIMIT);
    try (EvaluationPool pool = EvaluationPool.of(2)) {
      for (int i = 0; i < 3; i++) {
        EvaluationResult r = pool.submit(() -> evaluator.evaluate(s, dossier(2025))).get();
        assertThat(r.criteria())
            .extracting(CriterionResult::outcome)
            .containsExactly(Outcome.ERROR, Outcome.FAIL);
      }
      // both threads still take work: two pieces that each wait for the other finish
      CountDownLatch both = new CountDownLatch(2);
      List<CompletableFuture<Boolean>> waiting = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        waiting.add(
            pool.submit(
                () -> {
                  both.countDown();
                  try {
                    return both.await(1, java.util.concurrent.TimeUnit.MINUTES);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                  }
                }));
      }
      for (CompletableFuture<Boolean> w : waiting) {
        assertThat(w.get()).isTrue();
      }
    }
  }

  @Test
  void quickChecks_onEightThreadsAtOnce_giveWhatTheyGiveUntimed() throws Exception {
    Evaluator timed = Evaluator.create().withCheckTimeLimit(Duration.ofSeconds(10));
    Evaluator untimed = Evaluator.create();
    ExecutorService givers = Executors.newFixedThreadPool(8);
    try (EvaluationPool pool = EvaluationPool.of(8)) {
      List<Future<List<CompletableFuture<EvaluationResult>>>> given = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        given.add(
            givers.submit(
                () -> {
                  List<CompletableFuture<EvaluationResult>> mine = new ArrayList<>();
                  for (int i = 0; i < 200; i++) {
                    int year = 2020 + i % 7;
                    mine.add(pool.submit(() -> timed.evaluate(QUICK, dossier(year))));
                  }
                  return mine;
                }));
      }
      for (Future<List<CompletableFuture<EvaluationResult>>> g : given) {
        List<CompletableFuture<EvaluationResult>> mine = g.get();
        for (int i = 0; i < mine.size(); i++) {
          assertThat(mine.get(i).get()).isEqualTo(untimed.evaluate(QUICK, dossier(2020 + i % 7)));
        }
      }
    } finally {
      givers.shutdownNow();
    }
  }

  @Test
  void throwingAndNullChecks_areContainedAsOffThePool() throws Exception {
    Standard s =
        standard(
            criterion(
                "test.throws",
                c -> {
                  throw new IllegalStateException("private detail 13800000000");
                }),
            criterion("test.null", EvaluationPoolTest::returnsNull),
            criterion("test.a", c -> CheckResult.pass(WHY)));
    Evaluator timed = Evaluator.create().withCheckTimeLimit(LIMIT);
    try (EvaluationPool pool = EvaluationPool.of(1)) {
      EvaluationResult r = pool.submit(() -> Decided.evaluate(timed, s, dossier(2025))).get();
      assertThat(r).isEqualTo(Evaluator.create().evaluate(s, dossier(2025)));
      assertThat(r.criteria())
          .extracting(CriterionResult::outcome)
          .containsExactly(Outcome.ERROR, Outcome.ERROR, Outcome.PASS);
    }
  }

  @SuppressWarnings("NullAway") // a plugin's bug, as the evaluator must survive it
  private static CheckResult returnsNull(org.cunzhi.core.rule.CheckContext context) {
    return null;
  }

  @Test
  void whatWorkThrows_isWhatItsFutureGivesBack() {
    try (EvaluationPool pool = EvaluationPool.of(1)) {
      CompletableFuture<Object> failed =
          pool.submit(
              () -> {
                throw new IllegalArgumentException("bad");
              });
      assertThatThrownBy(failed::get)
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void closing_interruptsATimedEvaluation_whichIsCancelled() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    Check waits =
        c -> {
          started.countDown();
          try {
            Thread.sleep(Long.MAX_VALUE);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return CheckResult.pass(WHY);
        };
    Standard s = standard(criterion("test.waits", waits), criterion("test.a", EVEN_YEAR));
    Evaluator evaluator = Evaluator.create().withCheckTimeLimit(Duration.ofHours(1));
    EvaluationPool pool = EvaluationPool.of(1);
    CompletableFuture<EvaluationResult> r = pool.submit(() -> evaluator.evaluate(s, dossier(2025)));
    CompletableFuture<EvaluationResult> queued =
        pool.submit(() -> evaluator.evaluate(s, dossier(2025)));
    started.await();
    pool.close();
    assertThatThrownBy(r::get).isInstanceOf(CancellationException.class);
    assertThat(queued).isCancelled();
    assertThatThrownBy(() -> pool.submit(() -> 1)).isInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void size_mustBePositive() {
    assertThatThrownBy(() -> EvaluationPool.of(0)).isInstanceOf(IllegalArgumentException.class);
    EvaluationPool.of(1).close();
  }
}
