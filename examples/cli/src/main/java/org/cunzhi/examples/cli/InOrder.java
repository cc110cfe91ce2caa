package org.cunzhi.examples.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cunzhi.core.evaluation.EvaluationPool;

/**
 * Work done on several threads, its results taken in the order it was given: {@code batch} reads,
 * evaluates and renders lines in parallel and writes them in input order. At most {@link #window}
 * pieces of work are in flight, so memory stays flat however long the input: giving more waits for
 * the oldest to be taken first.
 *
 * <p>The work runs on an {@link EvaluationPool}, so a time-limited evaluation in it hands no checks
 * to another thread; the work must therefore be repeatable (it is run again, without the check,
 * when a check overruns its limit): it makes a result and changes nothing else.
 *
 * <p>A piece of work that throws a {@link RuntimeException} gives that exception back when its
 * result is taken, on the taking thread, as if the work had run there; an {@link Error} is thrown
 * as it is.
 *
 * @param <T> the work's result
 */
final class InOrder<T> implements AutoCloseable {
  /** How many threads {@code batch} uses: {@code -Dcunzhi.batch.threads=N}, else every core. */
  static int threads() {
    Integer configured = Integer.getInteger("cunzhi.batch.threads");
    int threads =
        configured != null && configured > 0
            ? configured
            : Runtime.getRuntime().availableProcessors();
    return Math.max(1, threads);
  }

  /** Where results go, in order. */
  interface Sink<T> {
    void accept(T result, long tag) throws IOException;
  }

  private record Pending<T>(long tag, Future<T> result) {}

  private final int window;
  private final Sink<T> sink;
  private final ArrayDeque<Pending<T>> pending = new ArrayDeque<>();
  private final EvaluationPool pool;

  InOrder(int threads, Sink<T> sink) {
    this.window = threads * 4;
    this.sink = sink;
    this.pool = EvaluationPool.of(threads);
  }

  /** Gives {@code work}, tagged (e.g. with its line number); hands on results that are due. */
  void give(long tag, Supplier<T> work) throws IOException {
    pending.add(new Pending<>(tag, pool.submit(work)));
    if (pending.size() < window) {
      return;
    }
    // The giver is usually ahead of the workers. Waiting for the oldest result each time would
    // park and wake this thread once per piece; waiting for the one halfway along, then taking
    // all that are done, parks it once per half window, and the workers still have work meanwhile.
    Pending<T> halfway = null;
    int i = 0;
    for (Pending<T> p : pending) {
      if (i++ == window / 2) {
        halfway = p;
        break;
      }
    }
    if (halfway != null) {
      waitFor(halfway);
    }
    while (!pending.isEmpty()
        && (pending.size() >= window || pending.getFirst().result().isDone())) {
      takeOldest();
    }
  }

  private static void waitFor(Pending<?> p) throws IOException {
    try {
      p.result().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for line " + p.tag(), e);
    } catch (ExecutionException | CancellationException e) {
      // given back, in order, when it is taken
    }
  }

  /** Hands on every result still pending, in order. */
  void finish() throws IOException {
    while (!pending.isEmpty()) {
      takeOldest();
    }
  }

  private void takeOldest() throws IOException {
    Pending<T> oldest = pending.remove();
    T result;
    try {
      result = oldest.result().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for line " + oldest.tag(), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
    sink.accept(result, oldest.tag());
  }

  @Override
  public void close() {
    pool.close();
  }
}
