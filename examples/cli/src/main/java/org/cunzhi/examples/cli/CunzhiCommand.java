package org.cunzhi.examples.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command. */
@Command(
    name = "./cunzhi",
    mixinStandardHelpOptions = true,
    version = "cunzhi 0.1.0",
    description =
        "Assesses villages and communities against the grassroots self-governance"
            + " demonstration standards.",
    footer = {
      "",
      "Plugins: every command loads the bundled plugins and every *.jar in the folders that"
          + " --plugins (or else the environment variable CUNZHI_PLUGINS) names, and prints each"
          + " plugin's load problems on standard error, one 'cunzhi: warning:' line each."
    },
    subcommands = {
      EvaluateCommand.class,
      ValidateCommand.class,
      StandardsCommand.class,
      BatchCommand.class,
      SummaryCommand.class,
      CalendarCommand.class,
      CommandLine.HelpCommand.class
    })
final class CunzhiCommand implements Runnable {
  @Spec CommandSpec spec;

  /**
   * Read from the parse result by {@link Main}, wherever it stands: the option is inherited by
   * every command, so it may follow the command or come before it.
   */
  @Option(
      names = PluginFolders.OPTION,
      paramLabel = "DIR[:DIR...]",
      scope = ScopeType.INHERIT,
      description =
          "load the plugin jars (*.jar) in these folders beside the bundled plugins; when not"
              + " given, the environment variable "
              + PluginFolders.VARIABLE
              + " names them (the option wins when both are set)")
  @Nullable String plugins;

  /**
   * Read before parsing by {@link Lang#of}, wherever it stands, so that even a parse error is in
   * the language asked for; declared here so that every command accepts it and its help shows it.
   */
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      scope = ScopeType.INHERIT,
      description =
          "zh or en: the language of everything printed (default: English for an English locale"
              + " in LC_ALL, LC_MESSAGES or LANG, otherwise zh)")
  @Nullable Lang lang;

  @Override
  public void run() {
    throw new ParseErrors.Localized(spec.commandLine(), "cli.command-required");
  }
}
