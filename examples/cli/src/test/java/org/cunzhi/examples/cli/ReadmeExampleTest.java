package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.json.DossierReader;
import org.cunzhi.spi.Assessor;
import org.junit.jupiter.api.Test;

/** Runs exactly the embedding example the README shows, and checks the README still shows it. */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "..", "README.md");
  private static final Path SOURCE =
      Path.of("src", "test", "java", "org", "cunzhi", "examples", "cli", "ReadmeExampleTest.java");

  private static void embed(Path file, PrintStream out) {
    // README:begin
    Assessor assessor = Assessor.discover();
    Dossier dossier = DossierReader.create().read(file);
    EvaluationResult result = assessor.assess(dossier);
    out.println(result.unit().name() + " " + result.standardId() + ": " + result.verdict());
    for (CriterionResult c : result.criteria()) {
      out.println(c.id() + " " + c.outcome() + (c.vetoed() ? " (veto)" : ""));
      c.reasons().forEach(r -> out.println("  " + r.text().en()));
      c.measures().forEach(m -> out.println("  " + m.name() + " " + m.year() + ": " + m.rate()));
      c.remedies().forEach(r -> out.println("  to change it: " + r.text().en()));
    }
    // README:end
  }

  @Test
  void embed_dongying_walksTheVetoedResult() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    embed(
        CliRun.DOSSIERS.resolve("dongying-2025-fails.json"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .startsWith("东营村 tianjin.demonstration-village: DOES_NOT_MEET")
        .contains("tianjin.village.9 FAIL (veto)")
        .contains("contraceptive-rate 2024: 318/356")
        .contains("to change it: ");
  }

  @Test
  void readme_showsExactlyTheCodeThisTestRuns() throws Exception {
    List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    List<String> snippet =
        source
            .subList(source.indexOf("    // README:begin") + 1, source.indexOf("    // README:end"))
            .stream()
            .map(line -> line.substring(4))
            .toList();
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertThat(snippet).hasSizeBetween(8, 12);
    assertThat(readme).contains("```java\n" + String.join("\n", snippet) + "\n```");
  }
}
