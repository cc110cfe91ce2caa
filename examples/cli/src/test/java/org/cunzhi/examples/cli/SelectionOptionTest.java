package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which standard a report uses, and why (D-ADM-4, D-ADM-5, S-8): automatic choice, a stricter
 * county extension chosen where it applies, a looser one never, every applicable one side by side,
 * and a named standard that does not apply.
 */
class SelectionOptionTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");
  private static final String TIANJIN = "tianjin.demonstration-village";

  /**
   * Taizi's dossier moved into the neighbouring county, where the test plugin's standards apply.
   */
  private static String moved(Path dir) throws Exception {
    String json = Files.readString(Path.of(TAIZI), StandardCharsets.UTF_8);
    assertThat(json).contains("\"120119105201\"");
    Path file = dir.resolve("moved.json");
    Files.writeString(
        file, json.replace("\"120119105201\"", "\"120118105201\""), StandardCharsets.UTF_8);
    return file.toString();
  }

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.status()).as(run.err()).isZero();
    return MAPPER.readTree(run.out());
  }

  private static List<String> ids(JsonNode reports) {
    List<String> ids = new ArrayList<>();
    reports.forEach(r -> ids.add(r.get("standard").get("id").asText()));
    return ids;
  }

  @Test
  void evaluate_taizi_selectionSaysTheTianjinStandardPrevails() throws Exception {
    JsonNode report = json(CliRun.of("evaluate", "--format", "json", TAIZI));

    JsonNode selection = report.get("selection");
    assertThat(selection.get("named").asBoolean()).isFalse();
    assertThat(selection.get("appliesToUnit").asBoolean()).isTrue();
    assertThat(selection.get("chosen").asText()).isEqualTo(TIANJIN);
    assertThat(selection.get("candidates")).hasSize(1);
    assertThat(selection.get("candidates").get(0).get("basis").asText()).isEqualTo("PREVAILING");
  }

  @Test
  void evaluate_inTheNeighbourCounty_theStricterExtensionIsChosen(@TempDir Path dir)
      throws Exception {
    JsonNode report = json(CliRun.of("evaluate", "--format", "json", moved(dir)));

    assertThat(report.get("standard").get("id").asText())
        .isEqualTo(NeighbourCountyStandards.STRICTER);
    assertThat(report.get("verdict").asText()).isEqualTo("DOES_NOT_MEET");
    assertThat(report.get("criteria")).hasSize(9);
    JsonNode candidates = report.get("selection").get("candidates");
    List<String> standings = new ArrayList<>();
    candidates.forEach(
        c ->
            standings.add(
                c.get("id").asText()
                    + " "
                    + c.get("role").asText()
                    + " "
                    + c.get("basis").asText()));
    assertThat(standings)
        .containsExactly(
            TIANJIN + " SHADOWED REFINED",
            NeighbourCountyStandards.LOOSER + " EXCLUDED LOOSER",
            NeighbourCountyStandards.STRICTER + " CHOSEN REFINEMENT");
    JsonNode looser = candidates.get(1).get("looser").get(0);
    assertThat(looser.get("parameter").asText()).isEqualTo("awareness-rate");
    assertThat(looser.get("value").asText()).isEqualTo(">= 85%");
    assertThat(looser.get("baseValue").asText()).isEqualTo(">= 90%");
  }

  @Test
  void evaluate_allApplicable_oneReportEachTheChosenFirst(@TempDir Path dir) throws Exception {
    JsonNode reports =
        json(CliRun.of("evaluate", "--all-applicable", "--format", "json", moved(dir)));

    assertThat(reports.isArray()).isTrue();
    assertThat(ids(reports))
        .containsExactly(
            NeighbourCountyStandards.STRICTER, TIANJIN, NeighbourCountyStandards.LOOSER);
    assertThat(reports.get(0).get("verdict").asText()).isEqualTo("DOES_NOT_MEET");
    assertThat(reports.get(1).get("verdict").asText()).isEqualTo("MEETS");
    assertThat(reports.get(2).get("verdict").asText()).isEqualTo("MEETS");
  }

  @Test
  void evaluate_allApplicableOneDossier_isStillAnArray() throws Exception {
    JsonNode reports = json(CliRun.of("evaluate", "--all-applicable", "--format", "json", TAIZI));

    assertThat(reports.isArray()).isTrue();
    assertThat(ids(reports)).containsExactly(TIANJIN);
  }

  @Test
  void evaluate_allApplicableText_namesWhyEachIsNotChosen(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("evaluate", "--all-applicable", "--lang", "en", moved(dir));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Chosen for this unit: it refines " + TIANJIN + ", which prevails")
        .contains("never chosen automatically: awareness-rate >= 85% is looser than the base's")
        .contains("Also applies: " + TIANJIN + " (version 2025, MUNICIPAL): refined by")
        .contains("Not chosen for this unit, evaluated as asked: refined by");
  }

  @Test
  void evaluate_allApplicableWithStandard_isAUsageError() {
    CliRun run = CliRun.of("evaluate", "--all-applicable", "--standard", TIANJIN, TAIZI);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--all-applicable").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void evaluate_namedStandardForAnotherKind_evaluatedWithANoteAndAWarning_S_8() throws Exception {
    CliRun run =
        CliRun.of(
            "evaluate",
            "--format",
            "json",
            "--lang",
            "en",
            "--standard",
            "tianjin.demonstration-community",
            TAIZI);

    JsonNode report = json(run);
    assertThat(report.get("standard").get("id").asText())
        .isEqualTo("tianjin.demonstration-community");
    assertThat(report.get("selection").get("named").asBoolean()).isTrue();
    assertThat(report.get("selection").get("appliesToUnit").asBoolean()).isFalse();
    assertThat(report.get("selection").get("chosen").asText()).isEqualTo(TIANJIN);
    assertThat(report.get("notes").get(0).asText())
        .contains("does not apply to this unit", "community units", "a village");
    assertThat(run.warnings())
        .filteredOn(l -> l.contains("does not apply to this unit"))
        .singleElement()
        .asString()
        .contains("taizi-2025.json");
    assertThat(run.errBesideWarnings()).isEmpty();
  }

  @Test
  void evaluate_namedStandardThatApplies_noWarning() {
    CliRun run = CliRun.of("evaluate", "--standard", TIANJIN, TAIZI);

    assertThat(run.status()).isZero();
    assertThat(run.warnings()).noneMatch(l -> l.contains("does not apply"));
    assertThat(run.errBesideWarnings()).isEmpty();
  }

  @Test
  void show_looserStandard_namesTheParameterThatMakesItLooser() {
    CliRun run = CliRun.en("standards", "show", NeighbourCountyStandards.LOOSER);

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "never chosen automatically: awareness-rate >= 85% is looser than the base's >= 90%")
        .contains("awareness-rate = >= 85%");
  }

  @Test
  void show_stricterStandard_saysNothingAboutLooser() {
    CliRun run = CliRun.en("standards", "show", NeighbourCountyStandards.STRICTER);

    assertThat(run.status()).isZero();
    assertThat(run.out()).doesNotContain("never chosen automatically");
    assertThat(run.out()).contains("allowed: from >= 0% to >= 100%; higher is stricter");
  }
}
