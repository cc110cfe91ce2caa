package org.cunzhi.examples.cli;

import picocli.CommandLine.Command;

/** The top-level command. */
@Command(
    name = "./cunzhi",
    mixinStandardHelpOptions = true,
    version = "cunzhi 0.1.0",
    description =
        "Assesses villages and communities against the grassroots self-governance"
            + " demonstration standards.",
    subcommands = {
      EvaluateCommand.class,
      ValidateCommand.class,
      StandardsCommand.class,
      BatchCommand.class,
      SummaryCommand.class,
      CalendarCommand.class
    })
final class CunzhiCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
