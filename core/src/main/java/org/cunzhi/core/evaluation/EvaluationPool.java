package org.cunzhi.core.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Threads for evaluating many dossiers under a check time limit ({@link
 * Evaluator#withCheckTimeLimit}) with no hand-over per dossier: a time-limited evaluation that work
 * given to the pool makes runs its checks right on the pool's thread, watched by the pool's
 * watchdog, at the cost of a clock reading per check. When a check overruns its limit, the thread
 * is given up to it (interrupted, and left to end on its own, a daemon) and the work is run again
 * from the start on a fresh thread, where that criterion is ERROR with the same reason as on any
 * other thread, without its check being run again. The pool keeps its number of threads.
 *
 * <p>So work given to the pool must be repeatable: it reads and computes, and hands back what it
 * made, but changes nothing outside itself, since a run given up to a runaway check may still be
 * running, and what it makes is dropped. Work that makes the same evaluations in the same order
 * each time it runs, as evaluating a line of input does, gets the results it would get on any other
 * thread under the same limit. Evaluations without a limit, and those made on other threads, are
 * not affected.
 *
 * <p>Thread-safe. {@link #close()} stops it: work not yet begun is cancelled, and the threads are
 * interrupted (a time-limited evaluation then ends with a {@link CancellationException}).
 */
public final class EvaluationPool implements AutoCloseable {
  /** How often the watchdog looks at most; sooner when a limit is short. */
  private static final long LONGEST_TICK = TimeUnit.MILLISECONDS.toNanos(100);

  private static final long SHORTEST_TICK = TimeUnit.MILLISECONDS.toNanos(1);
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final LinkedBlockingQueue<Run<?>> queue = new LinkedBlockingQueue<>();
  private final Set<Worker> workers = ConcurrentHashMap.newKeySet();
  private final String name;
  private final AtomicInteger threads = new AtomicInteger();
  private final Thread watchdog;
  private volatile long tick = LONGEST_TICK;
  private volatile boolean closed;

  private EvaluationPool(int size) {
    this.name = "cunzhi-pool-" + POOLS.incrementAndGet();
    for (int i = 0; i < size; i++) {
      start(null);
    }
    this.watchdog = new Thread(this::watch, name + "-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  /**
   * A pool of {@code threads} daemon threads.
   *
   * @throws IllegalArgumentException when {@code threads} is less than 1
   */
  public static EvaluationPool of(int threads) {
    checkArgument(threads >= 1, "a pool needs at least one thread, got %s", threads);
    return new EvaluationPool(threads);
  }

  /**
   * Runs {@code work} on one of the pool's threads, in the order given; the future completes with
   * what it returns or throws. {@code work} must be repeatable (see the class description).
   *
   * @throws RejectedExecutionException when the pool is closed
   */
  public <T> CompletableFuture<T> submit(Supplier<T> work) {
    requireNonNull(work, "work");
    if (closed) {
      throw new RejectedExecutionException("the pool is closed");
    }
    Run<T> run = new Run<>(work, new CompletableFuture<>(), new long[0]);
    queue.add(run);
    if (closed && queue.remove(run)) {
      run.result.cancel(false);
    }
    return run.result;
  }

  /** Cancels the work not yet begun and interrupts the pool's threads; they end. */
  @Override
  public void close() {
    closed = true;
    for (Run<?> r; (r = queue.poll()) != null; ) {
      r.result.cancel(false);
    }
    workers.forEach(Thread::interrupt);
    LockSupport.unpark(watchdog);
  }

  private void start(@Nullable Run<?> first) {
    Worker w = new Worker(this, first, name + "-" + threads.incrementAndGet());
    workers.add(w);
    w.start();
  }

  /** The watchdog: gives up the thread of every check past its deadline. */
  private void watch() {
    while (!closed) {
      LockSupport.parkNanos(this, tick);
      long now = System.nanoTime();
      for (Worker w : workers) {
        long state = w.state.get();
        if ((state & 1) == 1 && now - w.deadline >= 0) {
          Run<?> run = w.run;
          int evaluation = w.evaluation;
          int criterion = w.criterion;
          if (run != null && w.state.compareAndSet(state, Worker.GIVEN_UP)) {
            workers.remove(w);
            w.interrupt();
            again(run, evaluation, criterion);
          }
        }
      }
    }
  }

  /** Runs {@code run} again on a fresh thread, its criterion that overran then ERROR. */
  private void again(Run<?> run, int evaluation, int criterion) {
    if (closed) {
      run.result.cancel(false);
      return;
    }
    start(run.overran(evaluation, criterion));
  }

  /** Looks more often when a limit is shorter than the watchdog's tick allows for. */
  void shorten(long limitNanos) {
    long wanted = Math.max(SHORTEST_TICK, limitNanos / 4);
    if (wanted < tick) {
      tick = wanted;
      LockSupport.unpark(watchdog);
    }
  }

  /**
   * One run of a piece of work, and the checks that overran in earlier runs, each as its
   * evaluation's number in the run (from 0) and its criterion's index.
   */
  private record Run<T>(Supplier<T> work, CompletableFuture<T> result, long[] overrun) {
    Run<T> overran(int evaluation, int criterion) {
      long[] more = Arrays.copyOf(overrun, overrun.length + 1);
      more[overrun.length] = key(evaluation, criterion);
      return new Run<>(work, result, more);
    }

    boolean overranBefore(int evaluation, int criterion) {
      long key = key(evaluation, criterion);
      for (long k : overrun) {
        if (k == key) {
          return true;
        }
      }
      return false;
    }

    private static long key(int evaluation, int criterion) {
      return ((long) evaluation << 32) | (criterion & 0xFFFFFFFFL);
    }

    /** Runs the work, completing the result unless the run was given up. */
    void perform(Worker w) {
      T value = null;
      Throwable failure = null;
      try {
        value = work.get();
      } catch (Throwable t) { // NOPMD - handed to whoever waits for the result
        failure = t;
      }
      if (w.state.get() == Worker.GIVEN_UP) {
        return; // a fresh thread runs the work again
      }
      if (failure != null) {
        result.completeExceptionally(failure);
      } else {
        result.complete(value);
      }
    }
  }

  /**
   * A pool thread, which {@link TimedChecks} asks before and after each check. Its state is even
   * between checks and odd while one runs, or {@link #GIVEN_UP}; the number of the evaluation and
   * the criterion that runs, and its deadline, are written before the state turns odd, and the
   * watchdog reads them while it is, the state telling it whether they still hold.
   */
  static final class Worker extends Thread {
    static final long GIVEN_UP = -2;

    private final EvaluationPool pool;
    private @Nullable Run<?> first;
    final AtomicLong state = new AtomicLong();
    volatile @Nullable Run<?> run;
    int evaluation;
    int criterion;
    long deadline;
    private int evaluations;

    Worker(EvaluationPool pool, @Nullable Run<?> first, String name) {
      super(name);
      this.pool = pool;
      this.first = first;
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        Run<?> next = first;
        first = null;
        while (state.get() != GIVEN_UP) {
          if (next == null) {
            next = pool.queue.take();
          }
          evaluations = 0;
          run = next;
          next.perform(this);
          run = null;
          next = null;
        }
      } catch (InterruptedException e) {
        // closed: the thread ends
      } finally {
        pool.workers.remove(this);
      }
    }

    /** Whether this thread is running a piece of work, whose evaluations it then watches. */
    boolean isWorking() {
      return run != null;
    }

    /** The number of the evaluation that begins, within the run. */
    int beginEvaluation(long limitNanos) {
      if (limitNanos / 4 < pool.tick) {
        pool.shorten(limitNanos);
      }
      return evaluations++;
    }

    /** Whether criterion {@code index} of {@code evaluation} overran in an earlier run. */
    boolean overranBefore(int evaluation, int index) {
      Run<?> r = run;
      return r != null && r.overrun.length > 0 && r.overranBefore(evaluation, index);
    }

    /** Before a check: from now on it is watched. */
    void begin(int evaluation, int index, long limitNanos) {
      if (isInterrupted()) {
        throw new CancellationException("interrupted while evaluating");
      }
      this.evaluation = evaluation;
      this.criterion = index;
      this.deadline = System.nanoTime() + limitNanos;
      state.setRelease(state.getPlain() + 1);
    }

    /**
     * After a check: no longer watched.
     *
     * @throws CancellationException when the check overran and this thread was given up to it
     */
    void end() {
      long s = state.getPlain();
      if (s == GIVEN_UP || !state.compareAndSet(s, s + 1)) {
        throw new CancellationException("given up to a check that overran its time limit");
      }
    }
  }
}
