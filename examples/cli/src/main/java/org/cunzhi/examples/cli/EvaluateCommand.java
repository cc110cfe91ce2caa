package org.cunzhi.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.Evaluator;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.core.standard.Tailoring;
import org.cunzhi.json.ReportWriter;
import org.cunzhi.spi.Selection;
import org.cunzhi.spi.StandardRegistry;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate}: evaluates each dossier and prints its report. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Evaluates each dossier. Without --standard, picks the standard that prevails"
            + " for the unit's division code and kind: national before municipal before county.")
final class EvaluateCommand implements Callable<Integer> {
  /** Standards chosen without --standard serve this purpose. */
  static final String PURPOSE = "demonstration";

  private final Main.Streams streams;

  @Option(names = "--standard", paramLabel = "ID", description = "the standard's id")
  @Nullable String standardId;

  @Option(
      names = "--tailoring",
      paramLabel = "FILE",
      description =
          "a tailoring file (properties: id, version, base, parameter.<key>=value); evaluates"
              + " against the derived standard")
  @Nullable Path tailoring;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default) or json; markdown and html are not available yet")
  Format format = Format.TEXT;

  @Option(names = "--lang", paramLabel = "LANG", description = "zh (default) or en")
  Lang lang = Lang.ZH;

  @Option(names = "--out", paramLabel = "FILE", description = "write the reports to FILE")
  @Nullable Path out;

  @Parameters(arity = "1..*", paramLabel = "DOSSIER", description = "dossier files (JSON)")
  List<Path> files = List.of();

  @Mixin ReaderLimits limits = new ReaderLimits();

  EvaluateCommand(Main.Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    if (!format.isAvailable()) {
      throw new UsageException(
          "format " + format.name().toLowerCase(java.util.Locale.ROOT) + " is not available yet",
          "Try --format text or --format json.");
    }
    StandardRegistry registry = Registry.discover(streams.err());
    Standard chosen = standardId == null ? null : registry.get(standardId);
    if (tailoring != null) {
      chosen = tailor(registry, chosen, tailoring);
    }
    int status = Main.OK;
    List<EvaluationResult> results = new ArrayList<>();
    List<List<Standard>> shadowed = new ArrayList<>();
    Evaluator evaluator = Evaluator.create();
    for (DossierFiles.Read read : DossierFiles.readAll(limits.reader(), files, streams.err())) {
      if (read.dossier().isEmpty()) {
        status = Main.REJECTED;
        continue;
      }
      Dossier dossier = read.dossier().get();
      Standard standard = chosen;
      List<Standard> overridden = List.of();
      if (standard == null) {
        LocalDate date = LocalDate.of(dossier.assessmentYear(), 12, 31);
        Selection selection = registry.select(dossier.unit(), date, PURPOSE);
        Optional<Standard> prevailing = selection.prevailing();
        if (prevailing.isEmpty()) {
          streams
              .err()
              .println(
                  read.file()
                      + ": no standard applies to "
                      + dossier.unit().code()
                      + " ("
                      + dossier.unit().kind()
                      + ") on "
                      + date
                      + "; name one with --standard (see './cunzhi standards list')");
          status = Main.REJECTED;
          continue;
        }
        standard = prevailing.get();
        overridden = selection.shadowed();
      }
      results.add(evaluator.evaluate(standard, dossier));
      shadowed.add(overridden);
    }
    String text = render(results, shadowed);
    if (out == null) {
      streams.out().print(text);
      streams.out().flush();
    } else {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
    return status;
  }

  /** The standard {@code file} derives from {@code named} or from the base the file names. */
  private Standard tailor(StandardRegistry registry, @Nullable Standard named, Path file)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "tailoring file " + file + " does not exist", "Try './cunzhi evaluate --help'.");
    }
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Tailoring t = Tailoring.parse(reader);
      Standard base = named;
      if (base == null) {
        if (t.base() == null) {
          throw new UsageException(
              "tailoring file " + file + " names no base standard",
              "Add base=<standard id> to the file, or name the standard with --standard.");
        }
        base = registry.get(t.base());
      }
      return t.applyTo(base);
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        streams.err().println(file + ": " + v);
      }
      throw new UsageException(
          "tailoring file " + file + " is not valid",
          "See './cunzhi standards show ID' for the parameters and their types.");
    }
  }

  private String render(List<EvaluationResult> results, List<List<Standard>> shadowed) {
    if (format == Format.JSON) {
      ReportWriter writer = ReportWriter.create(lang.language());
      if (files.size() == 1 && results.size() == 1) {
        return writer.write(results.get(0));
      }
      return writer.writeAll(results);
    }
    TextReport report = new TextReport(lang.language());
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < results.size(); i++) {
      if (i > 0) {
        s.append('\n');
      }
      s.append(report.render(results.get(i), shadowed.get(i)));
    }
    return s.toString();
  }
}
