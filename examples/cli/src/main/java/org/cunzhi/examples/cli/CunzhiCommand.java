package org.cunzhi.examples.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
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
      RankCommand.class,
      ImpactCommand.class,
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
   * the language asked for. Every command that does not declare it gets it too ({@link
   * #addLangWhereMissing}), so that it may stand anywhere and every help shows it; a command needs
   * no field for it: {@link Session#lang()} has the language.
   */
  @Option(
      names = LANG,
      paramLabel = "LANG",
      descriptionKey = "lang",
      description = LANG_DESCRIPTION)
  @Nullable Lang lang;

  /** The language option's name. */
  static final String LANG = "--lang";

  /** The language option's description in English (in Chinese: the help bundle's {@code lang}). */
  static final String LANG_DESCRIPTION =
      "zh or en: the language of everything printed (default: English for an English locale"
          + " in LC_ALL, LC_MESSAGES or LANG, otherwise zh)";

  /** Gives {@code --lang} to {@code command} and every command under it that lacks it. */
  static void addLangWhereMissing(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    if (spec.findOption(LANG) == null) {
      spec.addOption(
          OptionSpec.builder(LANG)
              .paramLabel("LANG")
              .type(Lang.class)
              .descriptionKey("lang")
              .description(LANG_DESCRIPTION)
              .build());
    }
    command.getSubcommands().values().forEach(CunzhiCommand::addLangWhereMissing);
  }

  @Override
  public void run() {
    throw new ParseErrors.Localized(spec.commandLine(), "cli.command-required");
  }
}
