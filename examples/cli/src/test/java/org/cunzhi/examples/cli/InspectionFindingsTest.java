package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line knows every installed standard's criteria, so it sorts inspection findings out
 * as DOMAIN S-7 says: another standard's criterion is noted, an unknown id is noted with the
 * nearest known one and, when NOT_MET, keeps the verdict from MEETS.
 */
class InspectionFindingsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /** Taizi with one NOT_MET finding on {@code criterion}, written to a file. */
  private String taiziWithNotMet(String criterion) throws Exception {
    ObjectNode dossier =
        (ObjectNode) MAPPER.readTree(Path.of(CliRun.dossier("taizi-2025.json")).toFile());
    ArrayNode inspection = dossier.putArray("inspection");
    inspection
        .addObject()
        .put("criterion", criterion)
        .put("finding", "NOT_MET")
        .put("note", "公开栏未更新")
        .put("date", "2025-11-20");
    Path file = dir.resolve("taizi.json");
    Files.writeString(file, MAPPER.writeValueAsString(dossier));
    return file.toString();
  }

  private static JsonNode evaluate(String file) throws Exception {
    CliRun run = CliRun.of("evaluate", "--format", "json", "--lang", "en", file);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("公开栏未更新");
    return MAPPER.readTree(run.out());
  }

  @Test
  void evaluate_S_7_notMetOnTheCommunityStandard_isNotedAndTaiziStillMeets() throws Exception {
    JsonNode report = evaluate(taiziWithNotMet("tianjin.community.r1"));
    assertThat(report.get("verdict").asText()).isEqualTo("MEETS");
    assertThat(report.get("notes").toString()).contains("another installed standard");
  }

  @Test
  void evaluate_S_7_notMetOnAMisspeltId_isInconclusiveNamingTheNearestId() throws Exception {
    JsonNode report = evaluate(taiziWithNotMet("tianjin.vilage.3"));
    assertThat(report.get("verdict").asText()).isEqualTo("INCONCLUSIVE");
    assertThat(report.get("notes").toString())
        .contains("tianjin.vilage.3: did you mean tianjin.village.3?");
  }
}
