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

  /** How every plugin load problem starts on standard error, in English. */
  static final String WARNING = "cunzhi: warning: ";

  /** How every plugin load problem starts on standard error, in Chinese. */
  static final String WARNING_ZH = "cunzhi：警告：";

  /** How a batch's progress lines start on standard error, in either language. */
  static final List<String> PROGRESS = List.of("cunzhi: progress: ", "cunzhi：进度：");

  static String dossier(String name) {
    return DOSSIERS.resolve(name).toString();
  }

  /** Runs with no environment variables, so that a CUNZHI_PLUGINS of the machine stays out. */
  static CliRun of(String... args) {
    return withEnvironment(Map.of(), args);
  }

  /** Runs with no environment variables and {@code --lang en} after the arguments. */
  static CliRun en(String... args) {
    return withEnvironmentEn(Map.of(), args);
  }

  /** Runs with {@code environment} and {@code --lang en} after the arguments. */
  static CliRun withEnvironmentEn(Map<String, String> environment, String... args) {
    String[] english = java.util.Arrays.copyOf(args, args.length + 2);
    english[args.length] = "--lang";
    english[args.length + 1] = "en";
    return withEnvironment(environment, english);
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
    return err.lines().filter(CliRun::isWarning).toList();
  }

  private static boolean isWarning(String line) {
    return line.startsWith(WARNING) || line.startsWith(WARNING_ZH);
  }

  private static boolean isProgress(String line) {
    return PROGRESS.stream().anyMatch(line::startsWith);
  }

  /**
   * Standard error without the plugin warnings, which every command prints first (the bundled
   * Tianjin community standard's missing base is one), and without a batch's progress lines.
   */
  String errBesideWarnings() {
    return err.lines()
        .filter(l -> !isWarning(l) && !isProgress(l))
        .map(l -> l + "\n")
        .collect(Collectors.joining());
  }
}
