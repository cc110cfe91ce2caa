package org.cunzhi.examples.cli;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.HashSet;
import java.util.Set;
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
    })
final class CunzhiCommand implements Runnable {
  /**
   * The commands, by name, in the order the help lists them. They are added by {@link Main}, not
   * declared in this class's annotation: picocli reads a command's every option from its
   * annotations when the command is added, which was about a fifth of the time `./cunzhi evaluate`
   * took to start, so a run adds only the commands it may need ({@link #needed}).
   */
  static final ImmutableMap<String, Class<?>> COMMANDS =
      ImmutableMap.<String, Class<?>>builder()
          .put("evaluate", EvaluateCommand.class)
          .put("validate", ValidateCommand.class)
          .put("standards", StandardsCommand.class)
          .put("batch", BatchCommand.class)
          .put("summary", SummaryCommand.class)
          .put("rank", RankCommand.class)
          .put("impact", ImpactCommand.class)
          .put("calendar", CalendarCommand.class)
          .put("help", CommandLine.HelpCommand.class)
          .buildOrThrow();

  /** The commands that read dossiers, and so validate them. */
  static final ImmutableSet<String> READING_DOSSIERS =
      ImmutableSet.of("evaluate", "validate", "batch", "summary", "rank", "impact");

  /**
   * The commands a run with {@code args} may need: those named by one of the words, when a word
   * names one; all of them when none does, or when a word may ask for help or the version ({@code
   * help}, {@code --help}, {@code --version}, a short option with {@code h} or {@code V} in it,
   * since the help lists every command), or may be an argument file ({@code @FILE}, which picocli
   * expands). The command a run executes is always among them: its name is one of the words. A
   * parse error at the top level is reported by a second parse with all the commands ({@link
   * Main}), so that what the error says does not depend on this choice either.
   */
  static ImmutableMap<String, Class<?>> needed(String[] args) {
    Set<String> named = new HashSet<>();
    for (String arg : args) {
      boolean mayAskForHelp =
          arg.equals("--help")
              || arg.equals("--version")
              || (arg.startsWith("-")
                  && !arg.startsWith("--")
                  && (arg.indexOf('h') >= 0 || arg.indexOf('V') >= 0));
      if (mayAskForHelp || arg.startsWith("@") || arg.equals("help")) {
        return COMMANDS;
      }
      if (COMMANDS.containsKey(arg)) {
        named.add(arg);
      }
    }
    if (named.isEmpty()) {
      return COMMANDS;
    }
    // in the help's order, whatever the words' order
    return ImmutableMap.copyOf(Maps.filterKeys(COMMANDS, named::contains));
  }

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
