package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.json.DossierReader;
import org.cunzhi.json.ReadResult;
import org.cunzhi.json.ReportWriter;
import org.cunzhi.report.ReportRenderer;
import org.cunzhi.spi.Assessor;
import org.cunzhi.spi.tck.Dossiers;

/**
 * Generated dossiers through the whole pipeline: read (for JSON), validate, evaluate and every
 * report format (text, JSON, Markdown, HTML, both languages). Valid and incomplete dossiers (the
 * tck's generators) always give one outcome per criterion of the standard; broken JSON (a sample
 * cut short, a value replaced by junk, a field removed) gives a correct evaluation or a rejection
 * whose every problem has a pointer; nothing throws an undeclared exception. Evaluating on eight
 * threads gives results equal to one thread's.
 */
class PipelineProperties {
  private static final Assessor ASSESSOR = Assessor.discover();
  private static final DossierReader READER = DossierReader.create();
  private static final String VILLAGE = "tianjin.demonstration-village";
  private static final String TAIZI = read("taizi-2025.json");
  private static final String XIHE = read("xihe-2025-inconclusive.json");

  private static String read(String name) {
    try {
      return Files.readString(Path.of(CliRun.dossier(name)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Evaluates against the village standard and every applicable one, renders each everywhere. */
  private static List<EvaluationResult> evaluateAndRender(Dossier dossier) {
    List<EvaluationResult> results = new ArrayList<>();
    results.add(ASSESSOR.assessAgainst(VILLAGE, dossier));
    results.addAll(ASSESSOR.assessAllApplicable(dossier));
    for (EvaluationResult r : results) {
      Standard standard = ASSESSOR.registry().get(r.standardId());
      assertThat(r.criteria())
          .extracting(CriterionResult::id)
          .containsExactlyElementsOf(
              standard.allCriteria().stream().map(c -> c.id()).collect(Collectors.toList()));
      assertThat(r.criteria()).allSatisfy(c -> assertThat(c.outcome()).isNotNull());
      for (Language language : Language.values()) {
        assertThat(new TextReport(language).render(r)).contains(r.unit().code().value());
        assertThat(ReportWriter.create(language).write(r)).contains(r.standardId());
        assertThat(ReportRenderer.markdown(language).render(r)).isNotBlank();
        assertThat(ReportRenderer.html(language).render(r)).contains("</html>");
      }
    }
    return results;
  }

  @Property(tries = 60)
  void generatedDossiers_evaluateToOneOutcomePerCriterionAndRenderEverywhere(
      @ForAll("generated") Dossier dossier) {
    evaluateAndRender(dossier);
  }

  @Provide
  Arbitrary<Dossier> generated() {
    return Arbitraries.oneOf(Dossiers.complete(), Dossiers.incomplete());
  }

  /** A sample dossier's JSON, broken one way or another. */
  @Provide
  Arbitrary<String> brokenJson() {
    Arbitrary<String> sample = Arbitraries.of(TAIZI, XIHE);
    Arbitrary<String> cut =
        Combinators.combine(sample, Arbitraries.doubles().between(0, 1))
            .as((s, f) -> s.substring(0, (int) (s.length() * f)));
    Arbitrary<String> junk =
        Combinators.combine(
                sample,
                Arbitraries.doubles().between(0, 1),
                Arbitraries.of(
                    "null",
                    "-1",
                    "1e999",
                    "NaN",
                    "\"\"",
                    "[]",
                    "{}",
                    "\"\\ud800\"",
                    "true",
                    "\u0000",
                    ",",
                    "}",
                    "\"x\":1,"))
            .as(
                (s, f, j) -> {
                  int at = (int) (s.length() * f);
                  int end = Math.min(s.length(), at + 7);
                  return s.substring(0, at) + j + s.substring(end);
                });
    Arbitrary<String> removed =
        Combinators.combine(sample, Arbitraries.doubles().between(0, 1))
            .as(
                (s, f) -> {
                  List<String> lines = new ArrayList<>(s.lines().toList());
                  lines.remove((int) ((lines.size() - 1) * f));
                  return String.join("\n", lines);
                });
    return Arbitraries.oneOf(cut, junk, removed);
  }

  @Property(tries = 150)
  void brokenJson_isEvaluatedOrRejectedWithPointers(@ForAll("brokenJson") String json) {
    ReadResult read = READER.tryRead(json.getBytes(StandardCharsets.UTF_8));
    if (read.dossier().isPresent()) {
      assertThat(read.violations()).isEmpty();
      evaluateAndRender(read.dossier().get());
    } else {
      assertThat(read.violations()).isNotEmpty();
      assertThat(read.violations())
          .allSatisfy(
              v -> {
                assertThat(v.pointer())
                    .satisfiesAnyOf(
                        p -> assertThat(p).isEmpty(), p -> assertThat(p).startsWith("/"));
                assertThat(v.message()).isNotBlank();
              });
    }
  }

  @Example
  void eightThreads_giveResultsEqualToOneThreads() throws Exception {
    List<Dossier> dossiers =
        Arbitraries.oneOf(Dossiers.complete(), Dossiers.incomplete())
            .sampleStream()
            .limit(200)
            .collect(Collectors.toList());
    List<EvaluationResult> one = new ArrayList<>();
    for (Dossier d : dossiers) {
      one.add(evaluate(ASSESSOR, d));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      // and under a (never reached) check time limit, whose checks run on the shared workers
      for (Assessor assessor :
          List.of(ASSESSOR, ASSESSOR.withCheckTimeLimit(java.time.Duration.ofMinutes(5)))) {
        List<Future<EvaluationResult>> futures = new ArrayList<>();
        for (Dossier d : dossiers) {
          futures.add(pool.submit(() -> evaluate(assessor, d)));
        }
        List<EvaluationResult> eight = new ArrayList<>();
        for (Future<EvaluationResult> f : futures) {
          eight.add(f.get());
        }
        assertThat(eight).isEqualTo(one);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static EvaluationResult evaluate(Assessor assessor, Dossier d) {
    try {
      return assessor.assessAgainst(VILLAGE, d);
    } catch (InvalidInputException e) {
      throw new AssertionError(
          "a generated dossier was rejected: "
              + e.violations().stream().map(Violation::pointer).toList());
    }
  }
}
