package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.model.DivisionCode;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.model.UnitKind;
import org.cunzhi.core.rule.Check;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.LocalizedText;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.standard.Standard;
import org.junit.jupiter.api.Test;

class InOrderTest {
  private static final Reason WHY = new Reason("test.why", LocalizedText.of("因为", "because"));

  /**
   * A batch's work under a time limit, as {@code batch} gives it: a plugin check that never ends
   * for the units of 2023 (it sleeps, as one waiting on a lock would) among quick ones. Its lines
   * still come out, each in its place, with ERROR for it and the rest as without a limit.
   */
  @Test
  void give_aRunawayCheckAmongQuickOnes_isErrorForItAndEveryLineComesOutInOrder() throws Exception {
    Check runaway =
        c -> {
          if (c.dossier().assessmentYear() == 2023) {
            try {
              Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return CheckResult.pass(WHY);
        };
    Standard standard =
        TestStandards.standard(
            "test.standard",
            TestStandards.criterion("test.a", c -> CheckResult.pass(WHY)),
            TestStandards.criterion("test.runaway", runaway),
            TestStandards.criterion(
                "test.even",
                c ->
                    c.dossier().assessmentYear() % 2 == 0
                        ? CheckResult.pass(WHY)
                        : CheckResult.fail(WHY)));
    Evaluator timed = Evaluator.create().withCheckTimeLimit(Duration.ofMillis(200));
    Evaluator untimed = Evaluator.create();
    Unit unit = Unit.of(DivisionCode.parse("120119105201"), "台子村", UnitKind.VILLAGE);
    List<Long> tags = new ArrayList<>();
    List<EvaluationResult> results = new ArrayList<>();
    int lines = 30;
    try (InOrder<EvaluationResult> work =
        new InOrder<>(
            2,
            (result, tag) -> {
              tags.add(tag);
              results.add(result);
            })) {
      for (int i = 0; i < lines; i++) {
        Dossier d = Dossier.builder(unit, 2020 + i % 5).build();
        work.give(i, () -> timed.evaluate(standard, d));
      }
      work.finish();
    }
    assertThat(tags).hasSize(lines);
    for (int i = 0; i < lines; i++) {
      assertThat(tags.get(i)).isEqualTo(i);
      EvaluationResult r = results.get(i);
      Dossier d = Dossier.builder(unit, 2020 + i % 5).build();
      assertThat(r.assessmentYear()).isEqualTo(d.assessmentYear());
      if (d.assessmentYear() != 2023) {
        assertThat(r).isEqualTo(untimed.evaluate(standard, d));
        continue;
      }
      assertThat(r.criteria())
          .extracting(CriterionResult::outcome)
          .containsExactly(Outcome.PASS, Outcome.ERROR, Outcome.FAIL);
      // as the same limit gives off the pool, where the checks are handed to a worker
      assertThat(r).isEqualTo(timed.evaluate(standard, d));
    }
  }

  @Test
  void give_laterWorkDoneFirst_resultsTakenInOrderGiven() throws Exception {
    List<String> taken = new ArrayList<>();
    CountDownLatch secondDone = new CountDownLatch(1);
    try (InOrder<String> work = new InOrder<>(2, (result, tag) -> taken.add(tag + ":" + result))) {
      work.give(
          1,
          () -> {
            await(secondDone); // the first waits until the second has finished
            return "a";
          });
      work.give(
          2,
          () -> {
            secondDone.countDown();
            return "b";
          });
      for (int i = 3; i <= 50; i++) {
        String r = "r" + i;
        work.give(i, () -> r);
      }
      work.finish();
    }
    assertThat(taken).hasSize(50);
    assertThat(taken.subList(0, 3)).containsExactly("1:a", "2:b", "3:r3");
    assertThat(taken.get(49)).isEqualTo("50:r50");
  }

  @Test
  void give_manyPieces_atMostFourPerThreadInFlight() throws Exception {
    AtomicInteger given = new AtomicInteger();
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger mostAhead = new AtomicInteger();
    try (InOrder<Integer> work =
        new InOrder<>(
            2,
            (result, tag) -> {
              taken.incrementAndGet();
              mostAhead.accumulateAndGet(given.get() - taken.get(), Math::max);
            })) {
      for (int i = 0; i < 1000; i++) {
        given.incrementAndGet();
        int n = i;
        work.give(i, () -> n);
      }
      work.finish();
    }
    assertThat(taken.get()).isEqualTo(1000);
    assertThat(mostAhead.get()).isLessThan(2 * 4);
  }

  @Test
  void take_workThrew_sameExceptionOnTakingThread() throws Exception {
    try (InOrder<String> work = new InOrder<>(1, (result, tag) -> {})) {
      work.give(
          7,
          () -> {
            throw new IllegalStateException("broken");
          });
      assertThatThrownBy(work::finish)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("broken");
    }
  }

  @Test
  void threads_configured_usedElseEveryCore() {
    String before = System.getProperty("cunzhi.batch.threads");
    try {
      System.setProperty("cunzhi.batch.threads", "3");
      assertThat(InOrder.threads()).isEqualTo(3);
      System.setProperty("cunzhi.batch.threads", "0");
      assertThat(InOrder.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
      System.clearProperty("cunzhi.batch.threads");
      assertThat(InOrder.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    } finally {
      if (before == null) {
        System.clearProperty("cunzhi.batch.threads");
      } else {
        System.setProperty("cunzhi.batch.threads", before);
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the second piece of work never ran");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
