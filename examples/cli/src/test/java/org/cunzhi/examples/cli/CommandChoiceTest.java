package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * A run adds only the commands its words name ({@link CunzhiCommand#needed}), and what it prints
 * does not depend on that: help lists every command, and a top-level parse error is told by a parse
 * with all of them.
 */
class CommandChoiceTest {
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");

  @Test
  void theCommandsByName_areTheNamesTheirAnnotationsGive() {
    for (Map.Entry<String, Class<?>> command : CunzhiCommand.COMMANDS.entrySet()) {
      Command annotation = command.getValue().getAnnotation(Command.class);
      assertThat(annotation).as(command.getKey()).isNotNull();
      assertThat(annotation.name()).as(command.getKey()).isEqualTo(command.getKey());
    }
    assertThat(CunzhiCommand.COMMANDS.keySet())
        .containsExactly(
            "evaluate",
            "validate",
            "standards",
            "batch",
            "summary",
            "rank",
            "impact",
            "calendar",
            "help");
  }

  @Test
  void aNamedCommand_isAllThatIsAdded() {
    assertThat(CunzhiCommand.needed(new String[] {"evaluate", TAIZI}).keySet())
        .containsExactly("evaluate");
    assertThat(CunzhiCommand.needed(new String[] {"--lang", "en", "batch", "--in", "x"}).keySet())
        .containsExactly("batch");
    // a short option with neither h nor V asks for nothing more
    assertThat(CunzhiCommand.needed(new String[] {"batch", "-o", "out.jsonl"}).keySet())
        .containsExactly("batch");
  }

  @Test
  void severalNamedCommands_areAddedInTheHelpsOrder() {
    // a plugin folder may be called batch: both are added, and the parse decides
    assertThat(
            CunzhiCommand.needed(new String[] {"--plugins", "batch", "evaluate", TAIZI}).keySet())
        .containsExactly("evaluate", "batch");
  }

  @Test
  void noNamedCommand_help_version_orAnArgumentFile_addEveryCommand() {
    for (String[] args :
        new String[][] {
          {},
          {"evalute", TAIZI},
          {"--help"},
          {"evaluate", "--help"},
          {"evaluate", "-h"},
          {"-V"},
          {"--version", "evaluate"},
          {"help", "evaluate"},
          {"evaluate", "-hx"},
          {"evaluate", "@arguments.txt"}
        }) {
      assertThat(CunzhiCommand.needed(args)).as(String.join(" ", args)).hasSize(9);
    }
  }

  @Test
  void aTopLevelError_isToldAsWithEveryCommand() {
    // Only evaluate is named, and it is no command here (after "--"): the first parse, which
    // knows no validate, finds nothing near "validat"; the second, with every command, does.
    assertThat(CunzhiCommand.needed(new String[] {"--", "validat", "evaluate"}).keySet())
        .containsExactly("evaluate");
    CliRun run = CliRun.of("--lang", "en", "--", "validat", "evaluate");
    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.errBesideWarnings())
        .isEqualTo(
            "cunzhi: unknown command 'validat'; did you mean validate?\n"
                + "Try './cunzhi --help'.\n");
  }

  @Test
  void anErrorInTheNamedCommand_isToldOnce() {
    CliRun run = CliRun.en("evaluate", "--colour", TAIZI);
    assertThat(run.status()).isEqualTo(Main.USAGE);
    assertThat(run.errBesideWarnings().lines()).hasSize(2);
    assertThat(run.errBesideWarnings()).contains("--colour").contains("./cunzhi evaluate --help");
  }

  @Test
  void theHelp_listsEveryCommand_evenWhenOneIsNamed() {
    String help = CliRun.en("--help", "evaluate").out();
    for (String name : CunzhiCommand.COMMANDS.keySet()) {
      assertThat(help).contains("  " + name + " ");
    }
  }

  @Test
  void theNamedCommand_getsTheTopLevelOptions_beforeOrAfterIt() {
    CliRun before = CliRun.of("--lang", "en", "evaluate", TAIZI);
    CliRun after = CliRun.of("evaluate", TAIZI, "--lang", "en");
    assertThat(before.status()).isZero();
    assertThat(before.out()).isEqualTo(after.out()).contains("PASS");
  }
}
