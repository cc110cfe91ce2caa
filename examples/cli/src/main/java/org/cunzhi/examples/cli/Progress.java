package org.cunzhi.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.LongSupplier;

/**
 * How far a batch has got, on standard error: on a terminal, a bar redrawn in place (the share of
 * the input read, lines done, lines per second, error records so far); elsewhere, a plain line
 * every {@code interval}, so that a log shows the batch is alive without filling up.
 */
final class Progress {
  /** How often a terminal's bar is redrawn at most, in nanoseconds. */
  static final long REDRAW_NANOS = 200_000_000L;

  private static final int BAR_WIDTH = 30;

  private final Session session;
  private final boolean terminal;
  private final long intervalNanos;
  private final LongSupplier clock;
  private final long total;
  private final long start;
  private long last;
  private boolean drawn;

  /**
   * @param terminal whether to draw a bar (else plain lines)
   * @param intervalMillis how often a plain line is printed, in milliseconds (0: after each line)
   * @param total the input's size in bytes, for the share read; 0 when not known
   * @param clock nanoseconds, as {@link System#nanoTime}
   */
  Progress(Session session, boolean terminal, long intervalMillis, long total, LongSupplier clock) {
    this.session = session;
    this.terminal = terminal;
    this.intervalNanos = Math.max(0, intervalMillis) * 1_000_000L;
    this.total = total;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.last = start;
  }

  /**
   * After each line: {@code lines} done, {@code errors} of them error records, {@code read} bytes.
   */
  void update(long lines, long errors, long read) {
    long now = clock.getAsLong();
    if (terminal) {
      if (now - last >= REDRAW_NANOS || !drawn) {
        last = now;
        drawn = true;
        session.err().print("\r" + bar(lines, errors, read, now));
        session.err().flush();
      }
    } else if (now - last >= intervalNanos) {
      last = now;
      session.err().println(session.text("batch.progress", lines, rate(lines, now), errors));
    }
  }

  /** At the end: the bar's last state and a line break, on a terminal; nothing elsewhere. */
  void finish(long lines, long errors, long read) {
    if (terminal) {
      session.err().println("\r" + bar(lines, errors, total > 0 ? total : read, clock.getAsLong()));
    }
  }

  /** {@code [#########.....] 45% 1234 lines 56.7 lines/s 3 errors}. */
  String bar(long lines, long errors, long read, long now) {
    int filled = total <= 0 ? 0 : (int) Math.min(BAR_WIDTH, read * BAR_WIDTH / total);
    long percent = total <= 0 ? 0 : Math.min(100, read * 100 / total);
    return "["
        + "#".repeat(filled)
        + ".".repeat(BAR_WIDTH - filled)
        + "] "
        + session.text("batch.bar", percent, lines, rate(lines, now), errors);
  }

  /** Lines per second since the start, to one decimal. */
  private String rate(long lines, long now) {
    long elapsed = Math.max(1, now - start);
    return BigDecimal.valueOf(lines)
        .multiply(BigDecimal.valueOf(1_000_000_000L))
        .divide(BigDecimal.valueOf(elapsed), 1, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
