package org.cunzhi.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command line's entry point (CLI-v1). Exit statuses: 0 when every dossier was read and
 * evaluated, whatever the verdicts; 1 when at least one dossier was rejected, could not be
 * evaluated, or a file could not be read or written (the message says which); 2 for a usage error;
 * 3 for an internal error (a bug: please report it). No stack trace is ever printed.
 */
public final class Main {
  /** Every dossier read and evaluated. */
  public static final int OK = 0;

  /** At least one dossier rejected. */
  public static final int REJECTED = 1;

  /** A usage error. */
  public static final int USAGE = 2;

  /** An internal error. */
  public static final int INTERNAL = 3;

  private Main() {}

  public static void main(String[] args) {
    quietLibraryLogging();
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Hibernate Validator announces its version through JBoss Logging, which falls back to
   * java.util.logging and so to standard error; a command's standard error is for the user's
   * problems only.
   */
  private static void quietLibraryLogging() {
    System.setProperty("org.jboss.logging.provider", "jdk");
    java.util.logging.Logger.getLogger("org.hibernate.validator")
        .setLevel(java.util.logging.Level.WARNING);
    HIBERNATE_LOGGER_KEPT[0] = java.util.logging.Logger.getLogger("org.hibernate.validator");
  }

  /** Keeps the configured logger reachable: java.util.logging holds loggers weakly. */
  private static final java.util.logging.Logger[] HIBERNATE_LOGGER_KEPT =
      new java.util.logging.Logger[1];

  /** Runs the command line with {@code args}, writing to {@code out} and {@code err}. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Streams streams = new Streams(out, err);
    CommandLine cli = new CommandLine(new CunzhiCommand(), new Factory(streams));
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          CommandLine command = e.getCommandLine();
          err.println("cunzhi: " + e.getMessage());
          err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          if (e instanceof UsageException u) {
            err.println("cunzhi: " + u.getMessage());
            err.println(u.hint());
            return USAGE;
          }
          if (e instanceof org.cunzhi.core.UnknownStandardException u) {
            err.println("cunzhi: " + u.getMessage());
            err.println("Try './cunzhi standards list'.");
            return USAGE;
          }
          if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            err.println("cunzhi: a file could not be read or written: " + e.getMessage());
            return REJECTED;
          }
          err.println(
              "cunzhi: internal error ("
                  + e.getClass().getName()
                  + "); please report it with the command you ran");
          return INTERNAL;
        });
    return cli.execute(args);
  }

  /** Where commands write. */
  record Streams(PrintStream out, PrintStream err) {}

  /** Gives commands the streams to write to. */
  private record Factory(Streams streams) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (var constructor : type.getDeclaredConstructors()) {
        if (constructor.getParameterCount() == 1
            && constructor.getParameterTypes()[0] == Streams.class) {
          return type.cast(constructor.newInstance(streams));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
