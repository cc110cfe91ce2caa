package org.cunzhi.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One run of the command line, with what it printed. */
record CliRun(int status, String out, String err) {
  /** The bundled sample dossiers, as the README uses them. */
  static final Path DOSSIERS = Path.of("..", "dossiers");

  static String dossier(String name) {
    return DOSSIERS.resolve(name).toString();
  }

  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Everything printed, both streams. */
  String all() {
    return out + err;
  }
}
