package org.cunzhi.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code validate DOSSIER...}: checks dossiers against the format and its rules. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Checks dossiers against the format (cunzhi.dossier/v1) and its rules;"
            + " evaluates nothing. Problems go to standard error with their JSON Pointers.")
final class ValidateCommand implements Callable<Integer> {
  private final Session session;

  @Parameters(
      arity = "1..*",
      paramLabel = "DOSSIER",
      descriptionKey = "dossiers",
      description = "dossier files (JSON), or folders: the *.json files in them")
  List<Path> files = List.of();

  @Mixin ReaderLimits limits = new ReaderLimits();

  ValidateCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    int status = Main.OK;
    for (DossierFiles.Read read : DossierFiles.readAll(limits.reader(), files, session)) {
      if (read.dossier().isPresent()) {
        var d = read.dossier().get();
        session
            .out()
            .println(
                session.text(
                    "validate.valid",
                    read.file(),
                    d.unit().name(),
                    d.unit().code(),
                    d.assessmentYear()));
      } else {
        status = Main.REJECTED;
      }
    }
    return status;
  }
}
