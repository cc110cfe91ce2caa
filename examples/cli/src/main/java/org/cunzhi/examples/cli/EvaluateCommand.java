package org.cunzhi.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.core.standard.Tailoring;
import org.cunzhi.json.ReportWriter;
import org.cunzhi.report.ReportRenderer;
import org.cunzhi.spi.Assessor;
import org.cunzhi.spi.NoApplicableStandardException;
import org.cunzhi.spi.StandardRegistry;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate}: evaluates each dossier through {@link Assessor} and prints its report. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Evaluates each dossier. Without --standard, against the standard chosen for the unit's"
            + " division code and kind: national before municipal before county before township"
            + " (D-ADM-4), or, where one applies, a stricter standard that extends it and loosens"
            + " no parameter (D-ADM-5). A standard that loosens a parameter is never chosen"
            + " automatically. Each report says which standard was chosen, what it shadowed,"
            + " and why.")
final class EvaluateCommand implements Callable<Integer> {
  /** Standards chosen without --standard serve this purpose. */
  static final String PURPOSE = Assessor.DEMONSTRATION;

  private final Session session;

  @Option(
      names = "--standard",
      paramLabel = "ID",
      description =
          "evaluate against this standard, even where it does not apply to the unit (the report"
              + " says why, and a warning goes to standard error)")
  @Nullable String standardId;

  @Option(
      names = "--tailoring",
      paramLabel = "FILE",
      description =
          "a tailoring file (properties: id, version, base, parameter.<key>=value): a standard"
              + " that extends its base and sets its parameters, each checked against the range"
              + " the parameter declares; evaluates against it")
  @Nullable Path tailoring;

  @Option(
      names = "--all-applicable",
      description =
          "evaluate each dossier against every standard that applies to it, looser ones"
              + " included, the chosen one first: one report each (JSON: an array)")
  boolean allApplicable;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default), json, markdown, or html (one self-contained page that prints on A4)")
  Format format = Format.TEXT;

  /** The run's language: {@code --lang}, inherited from the top command, or the locale's. */
  final Lang lang;

  @Option(names = "--out", paramLabel = "FILE", description = "write the reports to FILE")
  @Nullable Path out;

  @Parameters(
      arity = "1..*",
      paramLabel = "DOSSIER",
      descriptionKey = "dossiers",
      description = "dossier files (JSON), or folders: the *.json files in them")
  List<Path> files = List.of();

  @Mixin ReaderLimits limits = new ReaderLimits();

  @Mixin CheckTimeLimit checkTimeLimit = new CheckTimeLimit();

  EvaluateCommand(Session session) {
    this.session = session;
    this.lang = session.lang();
  }

  @Override
  public Integer call() throws IOException {
    if (allApplicable && (standardId != null || tailoring != null)) {
      throw UsageException.of("all-applicable");
    }
    StandardRegistry registry = session.registry();
    Assessor assessor = checkTimeLimit.applyTo(Assessor.of(registry));
    Standard named = standardId == null ? null : session.standard(standardId);
    if (tailoring != null) {
      named = tailor(session, named, tailoring);
    }
    int status = Main.OK;
    List<EvaluationResult> results = new ArrayList<>();
    for (DossierFiles.Read read : DossierFiles.readAll(limits.reader(), files, session)) {
      if (read.dossier().isEmpty()) {
        status = Main.REJECTED;
        continue;
      }
      Dossier dossier = read.dossier().get();
      if (allApplicable) {
        List<EvaluationResult> all = assessor.assessAllApplicable(dossier, PURPOSE);
        if (all.isEmpty()) {
          noneApplies(read.file(), dossier, assessor);
          status = Main.REJECTED;
        }
        results.addAll(all);
      } else if (named != null) {
        EvaluationResult result = assessor.assessAgainst(named, dossier);
        warnIfOutsideScope(read.file(), result);
        results.add(result);
      } else {
        try {
          results.add(assessor.assess(dossier, PURPOSE));
        } catch (NoApplicableStandardException e) {
          noneApplies(read.file(), dossier, assessor);
          status = Main.REJECTED;
        }
      }
    }
    String text = render(results);
    if (out == null) {
      session.out().print(text);
      session.out().flush();
    } else {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
    return status;
  }

  private void noneApplies(Path file, Dossier dossier, Assessor assessor) {
    boolean onlyLooser = !assessor.selectionFor(dossier, PURPOSE).isEmpty();
    session
        .err()
        .println(
            session.text(
                onlyLooser ? "evaluate.only-looser" : "evaluate.none-applies",
                file,
                dossier.unit().code(),
                dossier.unit().kind(),
                dossier.assessmentYear()));
  }

  /** S-8: a named standard that does not apply is evaluated as asked, with a warning. */
  private void warnIfOutsideScope(Path file, EvaluationResult result) {
    StandardChoice choice = result.choice();
    if (choice != null && !choice.appliesToUnit()) {
      session.warn(
          "evaluate.outside-scope",
          file,
          choice.outsideScope().stream()
              .map(r -> r.text().in(lang.language()))
              .collect(Collectors.joining(" ")));
    }
  }

  /**
   * The standard {@code file} derives from {@code named} or from the base the file names; a
   * missing, unreadable or invalid file is a {@link UsageException}, its problems on standard
   * error.
   */
  static Standard tailor(Session session, @Nullable Standard named, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw UsageException.file("tailoring-missing", file);
    }
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Tailoring t = Tailoring.parse(reader);
      Standard base = named;
      if (base == null) {
        if (t.base() == null) {
          throw UsageException.of("tailoring-no-base", file);
        }
        base = session.standard(t.base());
      }
      return t.applyTo(base);
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        session
            .err()
            .println(session.text("file.problem", file, Translations.line(v, session.lang())));
      }
      throw UsageException.of("tailoring-invalid", file);
    }
  }

  private String render(List<EvaluationResult> results) {
    if (format == Format.JSON) {
      ReportWriter writer = ReportWriter.create(lang.language());
      if (!allApplicable && DossierFiles.isOneFile(files)) {
        // CLI-v1: one object for one named file, or nothing on stdout when it is rejected.
        return results.isEmpty() ? "" : writer.write(results.get(0));
      }
      return writer.writeAll(results);
    }
    if (format == Format.MARKDOWN || format == Format.HTML) {
      ReportRenderer renderer =
          format == Format.HTML
              ? ReportRenderer.html(lang.language())
              : ReportRenderer.markdown(lang.language());
      return renderer.renderAll(results);
    }
    TextReport report = new TextReport(lang.language());
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < results.size(); i++) {
      if (i > 0) {
        s.append('\n');
      }
      s.append(report.render(results.get(i)));
    }
    return s.toString();
  }
}
