package org.cunzhi.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cunzhi.core.Violation;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReadResult;
import org.cunzhi.json.ReportWriter;
import org.cunzhi.spi.Assessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code batch --standard ID --in FILE.jsonl --out FILE.jsonl}: evaluates a JSON-Lines file of
 * dossiers, one output line for every input line, in order: the report on one line ({@code
 * cunzhi.report/v1}), or an error record {@code {"line": N, "errors": ["/pointer: message", ...]}}
 * (N counted from 1; a problem with the whole line has the pointer {@code (document)}). Each line
 * is read, evaluated and written before the next is read, and no line longer than a dossier may be
 * is ever held, so memory stays flat however long the file.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description =
        "Evaluates a JSON-Lines file of dossiers against one standard: one output line for every"
            + " input line, in order, a report or an error record {\"line\": N, \"errors\":"
            + " [...]}.")
final class BatchCommand implements Callable<Integer> {
  private static final ObjectWriter COMPACT = new ObjectMapper().writer();

  /** The longest line read, in bytes: the reader's limit on a dossier. */
  private static final int MAX_LINE_BYTES = DossierReader.DEFAULT_MAX_DOCUMENT_BYTES;

  private final Session session;

  @Option(
      names = "--standard",
      required = true,
      paramLabel = "ID",
      description = "the standard's id")
  String standardId = "";

  @Option(
      names = "--in",
      required = true,
      paramLabel = "FILE.jsonl",
      description = "the dossiers, one JSON object per line (UTF-8)")
  Path in = Path.of("");

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.jsonl",
      description = "where the reports and error records go, one per input line")
  Path out = Path.of("");

  @Option(names = "--lang", paramLabel = "LANG", description = "zh (default) or en")
  Lang lang = Lang.ZH;

  BatchCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    Standard standard = session.standard(standardId);
    checkFiles();
    DossierReader reader = DossierReader.create();
    ReportWriter reports = ReportWriter.create(lang.language());
    Assessor assessor = Assessor.of(session.registry());
    long lines = 0;
    long rejected = 0;
    try (InputStream input = new BufferedInputStream(Files.newInputStream(in));
        Writer output = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      BoundedLines source = new BoundedLines(input, MAX_LINE_BYTES);
      while (source.next()) {
        lines = source.number();
        ReadResult read;
        if (source.isTooLong()) {
          read =
              problem(
                  "line too long (more than "
                      + MAX_LINE_BYTES
                      + " bytes) — expected one dossier of at most "
                      + MAX_LINE_BYTES
                      + " bytes");
        } else if (source.isBlank()) {
          read = problem("blank line — expected one dossier, a JSON object, on every line");
        } else {
          read = reader.tryRead(source.bytes());
        }
        if (read.dossier().isPresent()) {
          output.write(reports.writeLine(assessor.assessAgainst(standard, read.dossier().get())));
        } else {
          output.write(errorRecord(lines, read.violations()));
          rejected++;
        }
      }
    }
    if (rejected > 0) {
      session
          .err()
          .println(
              "cunzhi: "
                  + rejected
                  + " of "
                  + lines
                  + " lines gave an error record instead of a report; see "
                  + out);
      return Main.REJECTED;
    }
    return Main.OK;
  }

  /** Usage errors found before anything is written: a missing input, an output in the way. */
  private void checkFiles() throws IOException {
    if (!Files.exists(in)) {
      throw new UsageException(
          "--in file " + in + " does not exist", "Try './cunzhi batch --help'.");
    }
    if (!Files.isRegularFile(in)) {
      throw new UsageException(
          "--in " + in + " is not a file", "Try --in with a JSON-Lines file of dossiers.");
    }
    if (Files.isDirectory(out)) {
      throw new UsageException(
          "--out " + out + " is a directory, expected a file",
          "Try --out with a file name, such as reports.jsonl.");
    }
    Path folder = out.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new UsageException(
          "--out " + out + " is in a folder that does not exist",
          "Try creating the folder first, or another --out.");
    }
    if (Files.exists(out) && Files.isSameFile(in, out)) {
      throw new UsageException(
          "--in and --out are the same file " + in + "; writing would destroy the input",
          "Try another file for --out.");
    }
  }

  private static ReadResult problem(String message) {
    return ReadResult.rejected(List.of(new Violation("", message)));
  }

  /** {@code {"line":N,"errors":["/pointer: message",...]}} and a newline. */
  private static String errorRecord(long line, List<Violation> violations)
      throws JsonProcessingException {
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    record.put("line", line);
    ArrayNode errors = record.putArray("errors");
    violations.forEach(v -> errors.add(v.toString()));
    return COMPACT.writeValueAsString(record) + "\n";
  }

  private static final com.fasterxml.jackson.databind.node.JsonNodeFactory COMPACT_NODES =
      com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
}
