package org.cunzhi.benchmarks;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cunzhi.core.evaluation.Decision;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.examples.cli.TextReports;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReadResult;
import org.cunzhi.json.ReportWriter;
import org.cunzhi.spi.Assessor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One dossier per operation, through each stage and against the floors, on {@code taizi-2025.json}
 * or on generated dossiers taken in turn. Every operation of a run sees the same inputs: the JSON
 * bytes, the model and the plain records of the same dossiers, and the results evaluated from them
 * in setup. Short on purpose (one fork, a few seconds per benchmark): the machine is shared.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@State(Scope.Benchmark)
public class DossierBenchmarks {
  /** The Tianjin village standard: the nine criteria the floor checks. */
  static final String STANDARD = "tianjin.demonstration-village";

  /** {@code taizi}: the sample village; {@code generated}: the kit's dossiers, in turn. */
  @Param({"taizi", "generated"})
  public String dossiers = "taizi";

  /** How many dossiers are generated for {@code generated}. */
  @Param({"10000"})
  public int count = 10_000;

  private final DossierReader reader = DossierReader.create();
  private final ReportWriter jsonReport = ReportWriter.create(Language.ZH);
  private final Assessor assessor = Assessor.discover();
  private final Standard standard = assessor.registry().get(STANDARD);

  private byte[][] json = new byte[0][];
  private Dossier[] models = new Dossier[0];
  private Plain.Dossier[] plains = new Plain.Dossier[0];
  private EvaluationResult[] results = new EvaluationResult[0];
  private int next;

  @Setup
  public void setUp() {
    List<byte[]> documents =
        dossiers.equals("taizi") ? List.of(Inputs.taizi()) : Inputs.generated(count, Inputs.SEED);
    List<byte[]> readable = new ArrayList<>();
    List<Dossier> read = new ArrayList<>();
    for (byte[] document : documents) {
      ReadResult r = reader.tryRead(document);
      if (r.dossier().isPresent()) {
        readable.add(document);
        read.add(r.dossier().get());
      }
    }
    if (readable.isEmpty()) {
      throw new IllegalStateException("no readable dossier among " + documents.size());
    }
    json = readable.toArray(new byte[0][]);
    models = read.toArray(new Dossier[0]);
    plains = new Plain.Dossier[json.length];
    results = new EvaluationResult[json.length];
    for (int i = 0; i < json.length; i++) {
      plains[i] = Plain.read(json[i]);
      results[i] = assessor.assessAgainst(standard, models[i]);
    }
  }

  private int next() {
    int n = next;
    next = n + 1 == json.length ? 0 : n + 1;
    return n;
  }

  /** The floor: the nine criteria by hand over plain records. */
  @Benchmark
  public Floor.Result floor() {
    return Floor.check(plains[next()]);
  }

  /** The reading floor: Jackson databind into plain records, nothing checked. */
  @Benchmark
  public Plain.Dossier readingFloor() {
    return Plain.read(json[next()]);
  }

  /** Cunzhi's read: DOSSIER-v1 checked field by field, then the model's rules. */
  @Benchmark
  public ReadResult read() {
    return reader.tryRead(json[next()]);
  }

  /**
   * A full evaluation as the command line makes it: validation, every criterion, nothing rendered.
   */
  @Benchmark
  public EvaluationResult evaluate() {
    return assessor.assessAgainst(standard, models[next()]);
  }

  /**
   * The verdict-only path: {@code Assessor.decideAgainst}, validation and every criterion's outcome
   * (the same state as {@link #evaluate}), no reason, measure or remedy built.
   */
  @Benchmark
  public Decision verdictOnly() {
    return assessor.decideAgainst(standard, models[next()]);
  }

  /**
   * The JSON report (cunzhi.report/v1, one line) of an evaluated result, as the UTF-8 bytes a batch
   * writes ({@code ReportWriter.writeLineUtf8}).
   */
  @Benchmark
  public byte[] renderJson() {
    return line(results[next()]);
  }

  /** The text report of an evaluated result, as {@code ./cunzhi evaluate} prints it. */
  @Benchmark
  public String renderText() {
    return TextReports.render(results[next()], Language.ZH);
  }

  /** End to end: read and validate, evaluate, write the report JSON line's UTF-8 bytes. */
  @Benchmark
  public byte[] endToEnd() {
    ReadResult r = reader.tryRead(json[next()]);
    return line(assessor.assessAgainst(standard, r.dossier().orElseThrow()));
  }

  private byte[] line(EvaluationResult result) {
    try {
      return jsonReport.writeLineUtf8(result);
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a report that is not valid Unicode", e);
    }
  }
}
