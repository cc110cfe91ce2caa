package org.cunzhi.examples.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.cunzhi.core.Violation;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReadResult;
import org.cunzhi.json.ReportWriter;
import org.cunzhi.spi.Assessor;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code batch --standard ID --in FILE.jsonl --out FILE.jsonl}: evaluates a JSON-Lines file of
 * dossiers, one output line for every input line, in order: the report on one line ({@code
 * cunzhi.report/v1}), or an error record {@code {"line": N, "errors": ["/pointer: message", ...]}}
 * (N counted from 1; a problem with the whole line has the pointer {@code (document)}). Lines are
 * read, evaluated and rendered on every core ({@link InOrder}; {@code -Dcunzhi.batch.threads=N} to
 * choose) and written in input order; only a few lines per thread are in flight at once, and no
 * line longer than a dossier may be is ever held, so memory stays flat however long the file.
 *
 * <p>Each output line is made whole before any of it is written, and written at once ({@link
 * WholeLines}): a line whose report cannot be made or encoded (a bug) becomes an error record too,
 * the other lines go on, and the command ends with status 3.
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

  /**
   * Bytes gathered before each write to an output that is not written directly ({@link
   * DirectLines}: a device, a pipe, a file system that refuses direct writes). Reports are large
   * (about 20 KB a line for a generated dossier) and a national year writes gigabytes; writing a
   * mebibyte at a time takes a third of the system time that 64 KiB did. The buffer is written out
   * only between lines, so the output always ends with a whole line; lines still in it when the
   * process is killed are not in the file, and {@code --resume} ({@link Resume}) evaluates them
   * again.
   */
  private static final int OUTPUT_BUFFER = 1 << 20;

  /** Bytes read from the input at a time. */
  private static final int INPUT_BUFFER = 1 << 16;

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

  @Option(
      names = "--resume",
      description =
          "continue an interrupted batch: keep the output's whole lines, cut a partial last line"
              + " off, and append from the input line after the last complete one")
  boolean resume;

  /** The run's language: {@code --lang}, inherited from the top command, or the locale's. */
  final Lang lang;

  @Mixin ReaderLimits limits = new ReaderLimits();

  @Mixin CheckTimeLimit checkTimeLimit = new CheckTimeLimit();

  /**
   * How often, when standard error is not a terminal, a progress line is printed; hidden: for tests
   * and for logs that want more or fewer lines.
   */
  @Option(
      names = "--progress-interval",
      paramLabel = "MILLISECONDS",
      hidden = true,
      description = "milliseconds between progress lines when not on a terminal (default 5000)")
  long progressInterval = DEFAULT_PROGRESS_INTERVAL;

  /** Milliseconds between two progress lines when not on a terminal. */
  static final long DEFAULT_PROGRESS_INTERVAL = 5000;

  BatchCommand(Session session) {
    this.session = session;
    this.lang = session.lang();
  }

  @Override
  public Integer call() throws IOException {
    Standard standard = session.standard(standardId);
    checkFiles();
    DossierReader reader = limits.reader();
    int maxLineBytes = reader.maxDocumentBytes();
    ReportWriter reports = ReportWriter.create(lang.language());
    Assessor assessor = checkTimeLimit.applyTo(Assessor.of(session.registry()));
    Resume done = resume ? Resume.prepare(out) : Resume.NONE;
    long lines = 0;
    long[] rejected = {done.errors()};
    WholeLines output;
    Progress progress =
        new Progress(
            session, session.isTerminal(), progressInterval, Files.size(in), System::nanoTime);
    long[] consumed = {0};
    try (InputStream input =
            new BufferedInputStream(
                new java.io.FilterInputStream(Files.newInputStream(in)) {
                  @Override
                  public int read() throws IOException {
                    int b = super.read();
                    consumed[0] += b < 0 ? 0 : 1;
                    return b;
                  }

                  @Override
                  public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    consumed[0] += Math.max(0, n);
                    return n;
                  }
                },
                INPUT_BUFFER);
        OutputStream file = DirectLines.open(out, done.lines() > 0, OUTPUT_BUFFER)) {
      output = new WholeLines(file);
      BoundedLines source = new BoundedLines(input, maxLineBytes);
      // Lines are read here, one after another; each is read as a dossier, evaluated and made into
      // its output line on the pool's threads (InOrder), and written here in input order.
      try (InOrder<Made> work =
          new InOrder<>(
              InOrder.threads(),
              (made, line) -> {
                output.writeEncoded(line, made::bytes);
                rejected[0] += made.rejected() ? 1 : 0;
                // lines done are lines written: progress counts finished work, in input order
                progress.update(line, rejected[0], consumed[0]);
              })) {
        while (source.next()) {
          long line = source.number();
          lines = line;
          if (line <= done.lines()) {
            continue; // written by the run this one resumes
          }
          ReadResult problem = null;
          byte[] bytes = null;
          if (source.isTooLong()) {
            problem =
                problem(
                    "line too long (more than "
                        + maxLineBytes
                        + " bytes) — expected one dossier of at most "
                        + maxLineBytes
                        + " bytes");
          } else if (source.isBlank()) {
            problem = problem("blank line — expected one dossier, a JSON object, on every line");
          } else {
            bytes = source.bytes();
          }
          ReadResult given = problem;
          byte[] document = bytes;
          work.give(
              line,
              () -> {
                ReadResult read = given != null ? given : reader.tryRead(requireNonNull(document));
                return Made.of(line, read, assessor, standard, reports);
              });
        }
        work.finish();
      }
    }
    if (lines < done.lines()) {
      throw UsageException.file("batch-resume-longer", out, done.lines(), in, lines);
    }
    progress.finish(lines, rejected[0], consumed[0]);
    if (output.failed() > 0) {
      session
          .err()
          .println(
              session.text(
                  "cli.error", session.text("batch.internal", output.failed(), lines, out)));
      return Main.INTERNAL;
    }
    if (rejected[0] > 0) {
      session
          .err()
          .println(
              session.text("cli.error", session.text("batch.rejected", rejected[0], lines, out)));
      return Main.REJECTED;
    }
    return Main.OK;
  }

  /**
   * File problems found before anything is written (exit status 1, as for every file that cannot be
   * read or written): a missing input, an output in the way.
   */
  private void checkFiles() throws IOException {
    if (!Files.exists(in)) {
      throw UsageException.file("batch-in-missing", in);
    }
    if (!Files.isRegularFile(in)) {
      throw UsageException.file("batch-in-not-file", in);
    }
    if (Files.isDirectory(out)) {
      throw UsageException.file("batch-out-folder", out);
    }
    Path folder = out.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw UsageException.file("batch-out-no-folder", out);
    }
    if (Files.exists(out) && Files.isSameFile(in, out)) {
      throw UsageException.file("batch-same-file", in);
    }
  }

  /**
   * A line's output as made on a worker thread: its bytes, encoded there too, or the failure that
   * making or encoding it raised (given back when it is written, so that {@link WholeLines} puts an
   * error record in its place), and whether the line was rejected.
   */
  record Made(byte @Nullable [] made, @Nullable Exception failure, boolean rejected) {
    static Made of(
        long line, ReadResult read, Assessor assessor, Standard standard, ReportWriter reports) {
      Optional<Dossier> dossier = read.dossier();
      try {
        byte[] bytes =
            dossier.isPresent()
                ? reports.writeLineUtf8(assessor.assessAgainst(standard, dossier.get()))
                : WholeLines.encoded(errorRecord(line, read.violations()));
        return new Made(bytes, null, dossier.isEmpty());
      } catch (RuntimeException | CharacterCodingException e) {
        return new Made(null, e, dossier.isEmpty());
      }
    }

    byte[] bytes() throws CharacterCodingException {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof CharacterCodingException e) {
        throw e;
      }
      return requireNonNull(made);
    }
  }

  private static ReadResult problem(String message) {
    return ReadResult.rejected(List.of(new Violation("", message)));
  }

  /** {@code {"line":N,"errors":["/pointer: message",...]}} and a newline. */
  static String errorRecord(long line, List<Violation> violations) {
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    record.put("line", line);
    ArrayNode errors = record.putArray("errors");
    violations.forEach(v -> errors.add(v.toString()));
    try {
      return COMPACT.writeValueAsString(record) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error record could not be written", e);
    }
  }

  /**
   * The output, one whole line at a time: each line is made and encoded in full before any byte of
   * it is written, then written in one call, so that no failure while making it leaves part of a
   * line behind, and no two lines are ever spliced.
   */
  static final class WholeLines {
    private final OutputStream out;
    private long failed;

    WholeLines(OutputStream out) {
      this.out = out;
    }

    /**
     * Writes the line that {@code record} makes for input line {@code line}: one line of JSON in
     * strict UTF-8, ending with a newline. If making it fails or it is not one line of valid
     * Unicode, writes an error record for {@code line} in its place.
     */
    void write(long line, Supplier<String> record) throws IOException {
      writeEncoded(line, () -> encoded(record.get()));
    }

    /** A line's bytes, or the failure to make them. */
    interface Encoded {
      byte[] get() throws CharacterCodingException;
    }

    /**
     * Writes the bytes {@code record} gives for input line {@code line}, made by {@link
     * #encoded(String)} (on whichever thread made the line); if it fails, writes an error record
     * for {@code line} in their place.
     */
    void writeEncoded(long line, Encoded record) throws IOException {
      byte[] bytes;
      try {
        bytes = record.get();
      } catch (RuntimeException | CharacterCodingException e) {
        failed++;
        bytes =
            encoded(
                errorRecord(
                    line,
                    List.of(
                        new Violation(
                            "",
                            "the report could not be written ("
                                + e.getClass().getSimpleName()
                                + ") — expected a report; this is a bug, please report it"))));
      }
      out.write(bytes);
    }

    /** How many lines had an error record in place of what could not be written. */
    long failed() {
      return failed;
    }

    /**
     * {@code record} as one line of strict UTF-8 ending with a newline (one is added when it has
     * none).
     *
     * @throws CharacterCodingException when it is not valid Unicode (a lone surrogate)
     * @throws IllegalStateException when it is more than one line
     */
    static byte[] encoded(String record) throws CharacterCodingException {
      int length = record.endsWith("\n") ? record.length() - 1 : record.length();
      for (int i = 0; i < length; i++) {
        char c = record.charAt(i);
        if (c == '\n' || c == '\r') {
          throw new IllegalStateException("a record of more than one line");
        }
        if (Character.isSurrogate(c)) {
          if (!Character.isHighSurrogate(c)
              || i + 1 == length
              || !Character.isLowSurrogate(record.charAt(i + 1))) {
            throw new MalformedInputException(1); // getBytes would write '?' in its place
          }
          i++;
        }
      }
      return (length == record.length() ? record + "\n" : record).getBytes(StandardCharsets.UTF_8);
    }
  }
}
