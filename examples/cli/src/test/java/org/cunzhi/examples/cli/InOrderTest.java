package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InOrderTest {

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
