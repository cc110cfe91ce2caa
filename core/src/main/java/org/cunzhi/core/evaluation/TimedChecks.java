package org.cunzhi.core.evaluation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.CheckResult;
import org.cunzhi.core.rule.Messages;
import org.cunzhi.core.rule.ParameterValues;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Ruling;
import org.cunzhi.core.standard.Criterion;
import org.jspecify.annotations.Nullable;

/**
 * A dossier's checks under a time limit ({@link Evaluator#withCheckTimeLimit}): they run one after
 * another on one worker of a shared pool of daemon threads while the caller waits, the deadline of
 * each check counted from when the worker began it. When a check overruns, its criterion is ERROR,
 * its worker is interrupted and abandoned, and the remaining checks go on on a fresh worker. On a
 * thread of an {@link EvaluationPool} they run on that thread instead, watched by the pool.
 */
final class TimedChecks {
  private static final Messages CORE = CoreMessages.get();
  private static final AtomicInteger THREADS = new AtomicInteger();

  /**
   * Idle workers are reused and end after 30 s; a worker is added only when all are busy (as many
   * as the threads evaluating at once, plus any abandoned to a check that never ends).
   */
  private static final ExecutorService WORKERS =
      new ThreadPoolExecutor(
          0,
          Integer.MAX_VALUE,
          30,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          task -> {
            Thread t = new Thread(task, "cunzhi-check-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  private TimedChecks() {}

  /** One criterion's check, run on a worker. */
  interface Step<T> {
    T run(Criterion criterion);
  }

  /**
   * The checks of {@code criteria}, in order.
   *
   * @throws CancellationException when the calling thread is interrupted while it waits
   */
  static Evaluator.Checked[] run(
      List<Criterion> criteria,
      Dossier dossier,
      ParameterValues values,
      Inspections inspections,
      Duration limit,
      Evaluator.Reads reads) {
    Evaluator.Checked[] out = new Evaluator.Checked[criteria.size()];
    run(
        criteria,
        c -> Evaluator.check(c, dossier, values, inspections, reads),
        c -> new Evaluator.Checked(CheckResult.error(overrun(c, limit)), Map.of()),
        limit,
        out);
    return out;
  }

  /**
   * What each of {@code criteria} decides ({@link Evaluator#decide}), in order; ERROR for a check
   * that overruns.
   *
   * @throws CancellationException when the calling thread is interrupted while it waits
   */
  static Ruling[] decide(
      List<Criterion> criteria,
      Dossier dossier,
      ParameterValues values,
      Inspections inspections,
      Duration limit) {
    Ruling[] out = new Ruling[criteria.size()];
    run(
        criteria,
        c -> Evaluator.decide(c, Evaluator.deciding(dossier, values, c, inspections)),
        c -> Ruling.ERROR,
        limit,
        out);
    return out;
  }

  /** The reason of a check that overran its limit. */
  private static Reason overrun(Criterion c, Duration limit) {
    return CORE.reason("evaluation.timeout", c.id(), Evaluator.className(c.check()), shown(limit));
  }

  private static <T> void run(
      List<Criterion> criteria, Step<T> step, Step<T> overran, Duration limit, T[] out) {
    long limitNanos = saturatedNanos(limit);
    if (Thread.currentThread() instanceof EvaluationPool.Worker w && w.isWorking()) {
      runWatched(w, criteria, step, overran, limitNanos, out);
      return;
    }
    int next = 0;
    while (next < criteria.size()) {
      Run<T> run = new Run<>(criteria, step, out, next);
      Future<?> worker = WORKERS.submit(run::work);
      int overrun;
      try {
        overrun = run.await(limitNanos);
      } catch (InterruptedException e) {
        run.abandon();
        worker.cancel(true);
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted while evaluating");
      }
      if (overrun < 0) {
        break;
      }
      worker.cancel(true);
      out[overrun] = overran.run(criteria.get(overrun));
      next = overrun + 1;
    }
  }

  /**
   * The checks run right here, on a thread of an {@link EvaluationPool}, which watches each: no
   * hand-over. A check that overran in an earlier run of the work is ERROR without being run again;
   * when one overruns now, the pool gives this thread up to it and runs the work again elsewhere.
   */
  private static <T> void runWatched(
      EvaluationPool.Worker w,
      List<Criterion> criteria,
      Step<T> step,
      Step<T> overran,
      long limitNanos,
      T[] out) {
    int evaluation = w.beginEvaluation(limitNanos);
    for (int i = 0; i < out.length; i++) {
      Criterion c = criteria.get(i);
      if (w.overranBefore(evaluation, i)) {
        out[i] = overran.run(c);
        continue;
      }
      w.begin(evaluation, i, limitNanos);
      T checked;
      try {
        checked = step.run(c);
      } finally {
        w.end();
      }
      out[i] = checked;
    }
  }

  /** A limit as a reason shows it: {@code 200 ms}, {@code 10 s}. */
  static String shown(Duration limit) {
    long millis = limit.toMillis();
    return millis % 1000 == 0 && millis > 0 ? millis / 1000 + " s" : Math.max(1, millis) + " ms";
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 2;
    }
  }

  /** One worker's run over the criteria from {@code from} on. */
  private static final class Run<T> {
    private final List<Criterion> criteria;
    private final Step<T> step;
    private final T[] out;
    private int current;
    private int started = -1;
    private long startedAt;
    private boolean abandoned;
    private @Nullable Throwable failure;

    Run(List<Criterion> criteria, Step<T> step, T[] out, int from) {
      this.criteria = criteria;
      this.step = step;
      this.out = out;
      this.current = from;
    }

    /** On the worker: each check in turn, until the end or until abandoned. */
    void work() {
      try {
        for (int i = current; i < criteria.size(); i++) {
          synchronized (this) {
            if (abandoned) {
              return;
            }
            started = i;
            startedAt = System.nanoTime();
          }
          T checked = step.run(criteria.get(i));
          synchronized (this) {
            if (abandoned) {
              return;
            }
            out[i] = checked;
            current = i + 1;
            if (current == criteria.size()) {
              notifyAll(); // the caller needs waking only at the end: it times the checks itself
            }
          }
        }
      } catch (Throwable t) { // NOPMD - handed to the caller, which rethrows it
        synchronized (this) {
          failure = t;
          notifyAll();
        }
      }
    }

    synchronized void abandon() {
      abandoned = true;
    }

    /**
     * Waits until every check is done (-1) or one overruns its limit (its index, the run then
     * abandoned). The worker wakes the caller only when it is done or fails, not after each check
     * (a wake-up per check cost more than the checks on the verdict-only path): the caller wakes on
     * its own when the check in progress would reach its limit, and waits on if a later check has
     * begun since.
     */
    synchronized int await(long limitNanos) throws InterruptedException {
      while (current < criteria.size()) {
        if (failure != null) {
          abandoned = true;
          if (failure instanceof Error e) {
            throw e;
          }
          throw new IllegalStateException("a check failed outside its containment", failure);
        }
        if (started == current) {
          long remaining = startedAt + limitNanos - System.nanoTime();
          if (remaining <= 0) {
            abandoned = true;
            return current;
          }
          TimeUnit.NANOSECONDS.timedWait(this, remaining);
        } else {
          // The worker has not begun this check yet: its clock has not started.
          TimeUnit.NANOSECONDS.timedWait(this, limitNanos);
        }
      }
      return -1;
    }
  }
}
