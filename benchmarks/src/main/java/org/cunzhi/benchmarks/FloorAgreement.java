package org.cunzhi.benchmarks;

import java.util.List;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReadResult;
import org.cunzhi.spi.Assessor;

/**
 * How often the floor decides as Cunzhi does, criterion by criterion and for the verdict, on taizi
 * and on COUNT generated dossiers: {@code java -cp benchmarks/target/benchmarks.jar
 * org.cunzhi.benchmarks.FloorAgreement [COUNT]}. The floor is a sketch of the same rules, not a
 * second implementation held to the same cases; this says how close a sketch it is.
 */
public final class FloorAgreement {
  private FloorAgreement() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Assessor assessor = Assessor.discover();
    Standard standard = assessor.registry().get(DossierBenchmarks.STANDARD);
    DossierReader reader = DossierReader.create();
    List<byte[]> documents = new java.util.ArrayList<>();
    documents.add(Inputs.taizi());
    documents.addAll(Inputs.generated(count, Inputs.SEED));
    int[] same = new int[9];
    int verdicts = 0;
    int compared = 0;
    boolean taiziSame = false;
    for (byte[] json : documents) {
      ReadResult read = reader.tryRead(json);
      if (read.dossier().isEmpty()) {
        continue;
      }
      Dossier dossier = read.dossier().get();
      EvaluationResult result = assessor.assessAgainst(standard, dossier);
      Floor.Result floor = Floor.check(Plain.read(json));
      boolean all = true;
      for (int i = 0; i < 9; i++) {
        CriterionResult c = result.criteria().get(i);
        boolean agrees = c.outcome().name().equals(floor.outcomes()[i].name());
        same[i] += agrees ? 1 : 0;
        if (!agrees && Boolean.getBoolean("floor.show")) {
          System.out.println(
              c.id()
                  + " cunzhi "
                  + c.outcome()
                  + " floor "
                  + floor.outcomes()[i]
                  + " "
                  + c.reasons().stream().map(r -> r.key()).toList());
        }
        all &= agrees;
      }
      boolean verdict = result.verdict().name().equals(floor.verdict().name());
      verdicts += verdict ? 1 : 0;
      if (compared == 0) {
        taiziSame = all && verdict;
      }
      compared++;
    }
    System.out.println(
        "taizi: floor and Cunzhi agree on every criterion and the verdict: " + taiziSame);
    for (int i = 0; i < 9; i++) {
      System.out.printf(
          java.util.Locale.ROOT, "TJ-V%d agrees on %d of %d%n", i + 1, same[i], compared);
    }
    System.out.printf(java.util.Locale.ROOT, "verdict agrees on %d of %d%n", verdicts, compared);
  }
}
