package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The village work system (DOMAIN §12) from the command line: asked by id, with missed periods. */
class WorkSystemCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");

  private static JsonNode criterion(JsonNode report, String id) {
    for (JsonNode c : report.get("criteria")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no criterion " + id);
  }

  private static List<String> periods(JsonNode criterion) {
    List<String> all = new ArrayList<>();
    criterion.get("missed").forEach(m -> all.add(m.get("period").asText()));
    return all;
  }

  @Test
  void evaluate_taiziAgainstTheWorkSystem_listsTheMissedPeriods() throws Exception {
    CliRun run =
        CliRun.of(
            "evaluate",
            "--standard",
            "work-system.village",
            "--format",
            "json",
            "--lang",
            "en",
            TAIZI);
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode report = MAPPER.readTree(run.out());
    assertThat(report.get("standard").get("id").asText()).isEqualTo("work-system.village");
    assertThat(report.get("verdict").asText()).isEqualTo("DOES_NOT_MEET");
    assertThat(report.get("criteria")).hasSize(11);
    assertThat(periods(criterion(report, "work-system.ws-3"))).containsExactly("2025-H1");
    assertThat(periods(criterion(report, "work-system.ws-6"))).containsExactly("2025");
    assertThat(periods(criterion(report, "work-system.ws-11")))
        .hasSize(12)
        .startsWith("2025-01")
        .endsWith("2025-12");
    JsonNode first = criterion(report, "work-system.ws-11").get("missed").get(0);
    assertThat(first.get("what").asText()).isNotBlank().doesNotContain("{");
    for (JsonNode c : report.get("criteria")) {
      assertThat(c.get("missed").isArray()).as(c.get("id").asText()).isTrue();
      if (c.get("outcome").asText().equals("PASS")) {
        assertThat(c.get("missed")).as(c.get("id").asText()).isEmpty();
      }
    }
  }

  @Test
  void evaluate_withoutStandard_stillChoosesTianjin_andItsCriteriaCarryEmptyMissed()
      throws Exception {
    CliRun run = CliRun.of("evaluate", "--format", "json", TAIZI);
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode report = MAPPER.readTree(run.out());
    assertThat(report.get("standard").get("id").asText())
        .isEqualTo("tianjin.demonstration-village");
    for (JsonNode c : report.get("criteria")) {
      assertThat(c.get("missed")).isEmpty();
    }
  }

  @Test
  void evaluate_text_showsEachMissedPeriodOnALine() {
    CliRun run = CliRun.of("evaluate", "--standard", "work-system.village", "--lang", "en", TAIZI);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Missed 2025-H1: ").contains("Missed 2025-07: ");
  }

  @Test
  void standards_list_showsTheWorkSystem() {
    CliRun run = CliRun.of("standards", "list");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("work-system.village").contains("tianjin.demonstration-village");
  }
}
