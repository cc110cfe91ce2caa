package org.cunzhi.examples.cli;

import java.time.Duration;
import org.cunzhi.spi.Assessor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --check-time-limit MS}, for the commands that evaluate ({@code evaluate}, {@code batch},
 * {@code impact}): how long one plugin check may run before its criterion is ERROR and the
 * evaluation goes on (DOMAIN S-2). Default {@value #DEFAULT_MILLIS} ms, 1 to {@value
 * #LARGEST_MILLIS}; a value out of range is a usage error.
 */
final class CheckTimeLimit {
  /**
   * The default limit, in milliseconds: generous, since it is wall-clock time on a busy machine.
   */
  static final int DEFAULT_MILLIS = 10_000;

  /** The largest limit, in milliseconds: an hour. */
  static final int LARGEST_MILLIS = 3_600_000;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec = CommandSpec.create();

  private Duration limit = Duration.ofMillis(DEFAULT_MILLIS);

  @Option(
      names = "--check-time-limit",
      paramLabel = "MS",
      description =
          "how long one plugin check may run, in milliseconds, before its criterion is ERROR and"
              + " the evaluation goes on (default "
              + DEFAULT_MILLIS
              + ", 1 to "
              + LARGEST_MILLIS
              + ")")
  void millis(int value) {
    if (value < 1 || value > LARGEST_MILLIS) {
      throw new ParseErrors.Localized(
          spec.commandLine(), "cli.limit", "--check-time-limit", LARGEST_MILLIS, value);
    }
    limit = Duration.ofMillis(value);
  }

  /** The limit given, or the default. */
  Duration limit() {
    return limit;
  }

  /** {@code assessor} holding every check to this limit. */
  Assessor applyTo(Assessor assessor) {
    return assessor.withCheckTimeLimit(limit);
  }
}
