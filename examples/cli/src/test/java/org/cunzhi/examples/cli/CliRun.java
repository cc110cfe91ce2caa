package org.cunzhi.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One run of the command line, with what it printed. */
record CliRun(int status, String out, String err) {
  /** The bundled sample dossiers, as the README uses them. */
  static final Path DOSSIERS = Path.of("..", "dossiers");

  /** How every plugin load problem starts on standard error. */
  static final String WARNING = "cunzhi: warning: ";

  static String dossier(String name) {
    return DOSSIERS.resolve(name).toString();
  }

  /** Runs with no environment variables, so that a CUNZHI_PLUGINS of the machine stays out. */
  static CliRun of(String... args) {
    return withEnvironment(Map.of(), args);
  }

  /** Runs with {@code environment} as the process's environment variables. */
  static CliRun withEnvironment(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            environment);
    return new CliRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Everything printed, both streams. */
  String all() {
    return out + err;
  }

  /** The plugin load problems printed, one line each. */
  List<String> warnings() {
    return err.lines().filter(l -> l.startsWith(WARNING)).toList();
  }

  /**
   * Standard error without the plugin warnings, which every command prints first: the bundled
   * Tianjin community standard's missing base is one.
   */
  String errBesideWarnings() {
    return err.lines()
        .filter(l -> !l.startsWith(WARNING))
        .map(l -> l + "\n")
        .collect(Collectors.joining());
  }
}
