package org.cunzhi.benchmarks;

import java.util.List;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReportWriter;
import org.cunzhi.spi.Assessor;

/**
 * One stage in a loop for a while, to profile it with a sampling profiler (JFR): {@code java
 * -XX:StartFlightRecording=filename=read.jfr -cp benchmarks/target/benchmarks.jar
 * org.cunzhi.benchmarks.Loop read 20}. Stages: {@code read}, {@code evaluate}, {@code decide},
 * {@code render}, {@code end-to-end}; on {@code taizi-2025.json}.
 */
public final class Loop {
  private Loop() {}

  public static void main(String[] args) throws java.nio.charset.CharacterCodingException {
    if (args.length != 2) {
      System.err.println("usage: Loop read|evaluate|decide|render|end-to-end SECONDS");
      System.exit(2);
    }
    String stage = args[0];
    long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
    byte[] json = Inputs.taizi();
    DossierReader reader = DossierReader.create();
    Assessor assessor = Assessor.discover();
    Standard standard = assessor.registry().get(DossierBenchmarks.STANDARD);
    ReportWriter writer = ReportWriter.create(Language.ZH);
    Dossier dossier = reader.read(json);
    EvaluationResult result = assessor.assessAgainst(standard, dossier);
    long n = 0;
    long sink = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 100; i++) {
        sink +=
            switch (stage) {
              case "read" -> reader.tryRead(json).violations().size();
              case "evaluate" -> assessor.assessAgainst(standard, dossier).criteria().size();
              case "decide" -> assessor.decideAgainst(standard, dossier).verdict().ordinal();
              case "render" -> writer.writeLineUtf8(result).length;
              case "end-to-end" ->
                  writer.writeLineUtf8(assessor.assessAgainst(standard, reader.read(json))).length;
              default -> throw new IllegalArgumentException("unknown stage " + stage);
            };
      }
      n += 100;
    }
    System.err.println(stage + ": " + n + " operations (" + List.of(sink).size() + ")");
  }
}
