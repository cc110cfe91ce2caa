package org.cunzhi.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The records found valid: by identity, every one however many, from any thread. */
class KnownValidTest {
  /** A record whose copies are equal but not the same. */
  record Box(int value) {}

  @Test
  void contains_theOneAdded_butNotAnEqualCopy() {
    KnownValid known = new KnownValid();
    Box added = new Box(1);
    Box copy = new Box(1);
    assertThat(known.contains(added)).isFalse();

    known.add(added);

    assertThat(added).isEqualTo(copy);
    assertThat(known.contains(added)).isTrue();
    assertThat(known.contains(copy)).isFalse();
  }

  @Test
  void contains_everyOneOfFarMoreThanTheRecentTableHolds() {
    KnownValid known = new KnownValid();
    List<Box> added = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      Box b = new Box(i);
      added.add(b);
      known.add(b);
    }
    assertThat(added).allMatch(known::contains);
    for (int i = 0; i < 20_000; i++) {
      assertThat(known.contains(new Box(i))).isFalse();
    }
  }

  @Test
  void contains_whatOtherThreadsAdded() throws Exception {
    KnownValid known = new KnownValid();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Box>>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int base = t * 5_000;
        tasks.add(
            pool.submit(
                () -> {
                  List<Box> mine = new ArrayList<>();
                  for (int i = 0; i < 5_000; i++) {
                    Box b = new Box(base + i);
                    known.add(b);
                    mine.add(b);
                  }
                  return mine;
                }));
      }
      List<Box> all = new ArrayList<>();
      for (Future<List<Box>> task : tasks) {
        all.addAll(task.get());
      }
      assertThat(all).hasSize(20_000).allMatch(known::contains);
    } finally {
      pool.shutdown();
    }
  }
}
