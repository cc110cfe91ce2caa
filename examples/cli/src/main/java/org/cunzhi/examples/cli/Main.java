package org.cunzhi.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cunzhi.json.DossierReader;
import org.jspecify.annotations.Nullable;
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
    System.exit(run(args, out, err, System.getenv(), System.console() != null));
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
    return run(args, out, err, System.getenv());
  }

  /**
   * Runs the command line with {@code args}, writing to {@code out} and {@code err}, with {@code
   * environment} in place of the process's environment variables (only {@code CUNZHI_PLUGINS} and
   * the locale variables {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} are read).
   */
  public static int run(
      String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
    return run(args, out, err, environment, false);
  }

  /** As {@link #run(String[], PrintStream, PrintStream, Map)}, saying whether on a terminal. */
  static int run(
      String[] args,
      PrintStream out,
      PrintStream err,
      Map<String, String> environment,
      boolean terminal) {
    Lang lang = Lang.of(args, environment);
    try (Session session = new Session(out, err, environment, lang, terminal)) {
      return run(args, session);
    }
  }

  private static int run(String[] args, Session session) {
    Map<String, Class<?>> needed = CunzhiCommand.needed(args);
    if (CunzhiCommand.READING_DOSSIERS.containsAll(needed.keySet())) {
      prepareValidation();
    }
    if (needed.size() < CunzhiCommand.COMMANDS.size()) {
      int status = run(args, session, needed);
      if (status != AGAIN_WITH_EVERY_COMMAND) {
        return status;
      }
    }
    return run(args, session, CunzhiCommand.COMMANDS);
  }

  /**
   * Builds the model's validation on a thread of its own while this one parses the command line and
   * loads the plugins: the first read would otherwise wait for it (DossierReader#prepare). A
   * failure here is the first read's to report.
   */
  private static void prepareValidation() {
    Thread preparing =
        new Thread(
            () -> {
              try {
                DossierReader.prepare();
              } catch (RuntimeException | LinkageError e) {
                // the first read builds it again, and reports what goes wrong
              }
            },
            "cunzhi-prepare");
    preparing.setDaemon(true);
    preparing.start();
  }

  /**
   * Returned by a parse with only some of the commands that failed at the top level, before any
   * command ran: what such an error says (the nearest command's name, for one) is told by a parse
   * with all of them. Never an exit status.
   */
  private static final int AGAIN_WITH_EVERY_COMMAND = -1;

  private static int run(String[] args, Session session, Map<String, Class<?>> commands) {
    PrintStream err = session.err();
    Lang lang = session.lang();
    boolean everyCommand = commands.size() == CunzhiCommand.COMMANDS.size();
    Factory factory = new Factory(session);
    CommandLine cli = new CommandLine(new CunzhiCommand(), factory);
    commands.forEach((name, type) -> cli.addSubcommand(name, new CommandLine(type, factory)));
    // Help and picocli's own messages in UTF-8 too, whatever the platform's charset.
    cli.setOut(
        new PrintWriter(new OutputStreamWriter(session.out(), StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    CunzhiCommand.addLangWhereMissing(cli);
    HelpTexts.apply(cli, lang);
    cli.setExecutionStrategy(parseResult -> execute(parseResult, session));
    cli.setParameterExceptionHandler(
        (e, a) -> {
          CommandLine command = e.getCommandLine();
          if (!everyCommand && command == cli) {
            return AGAIN_WITH_EVERY_COMMAND;
          }
          err.println(session.text("cli.error", ParseErrors.message(e, lang)));
          err.println(session.text("cli.try-help", command.getCommandSpec().qualifiedName()));
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          if (e instanceof UsageException u) {
            err.println(session.text("cli.error", u.message(lang)));
            err.println(u.hint(lang));
            return u.status();
          }
          if (e instanceof org.cunzhi.core.UnknownStandardException u) {
            err.println(
                session.text(
                    "cli.error",
                    session.text(
                        "usage.unknown-standard",
                        u.id(),
                        u.knownIds().isEmpty()
                            ? session.text("cli.none")
                            : String.join(", ", u.knownIds()))));
            err.println(session.text("usage.unknown-standard.hint"));
            return USAGE;
          }
          if (e instanceof org.cunzhi.core.PluginFailureException p) {
            // A faulty plugin is not a bug of the command line (CLI-v1: never exit 3 for it).
            err.println(
                session.text(
                    "cli.error",
                    session.text(
                        "usage.plugin-failed",
                        Translations.text(String.valueOf(p.getMessage()), lang))));
            err.println(session.text("usage.plugin-failed.hint"));
            return USAGE;
          }
          if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            err.println(
                session.text("cli.error", session.text("file.io", String.valueOf(e.getMessage()))));
            return REJECTED;
          }
          err.println(
              session.text("cli.error", session.text("cli.internal", e.getClass().getName())));
          return INTERNAL;
        });
    return cli.execute(args);
  }

  /**
   * Runs the command parsed, after loading the plugins for it: the one place where every command
   * gets its standards and every load problem is printed. Help and version requests, and a missing
   * command, load nothing.
   */
  private static int execute(CommandLine.ParseResult parseResult, Session session) {
    Integer help = CommandLine.executeHelpRequest(parseResult);
    if (help != null) {
      return help;
    }
    if (parseResult.hasSubcommand()) {
      try {
        session.open(pluginsOption(parseResult));
      } catch (RuntimeException e) {
        throw new CommandLine.ExecutionException(
            parseResult.commandSpec().commandLine(), String.valueOf(e.getMessage()), e);
      }
    }
    return new CommandLine.RunLast().execute(parseResult);
  }

  /**
   * The value of {@code --plugins}, wherever it stands after {@code ./cunzhi} (the option is
   * inherited by every command); null when it is not given. Given more than once, the folders of
   * each are joined in order.
   */
  private static @Nullable String pluginsOption(CommandLine.ParseResult parseResult) {
    List<String> values = new ArrayList<>();
    for (CommandLine.ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(PluginFolders.OPTION)) {
        values.addAll(level.matchedOption(PluginFolders.OPTION).stringValues());
      }
    }
    return values.isEmpty() ? null : String.join(java.io.File.pathSeparator, values);
  }

  /** Gives commands the session to write to and draw standards from. */
  private record Factory(Session session) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (var constructor : type.getDeclaredConstructors()) {
        if (constructor.getParameterCount() == 1
            && constructor.getParameterTypes()[0] == Session.class) {
          return type.cast(constructor.newInstance(session));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
