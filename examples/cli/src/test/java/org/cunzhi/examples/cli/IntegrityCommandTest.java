package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The integrity "five goods" standard (DOMAIN §11) from the command line: the three valid samples
 * in both languages, as the shared examples give them (taizi 97.42 demonstration, dongying not
 * qualified by veto, xihe 86.38–98.38 with the grade open for want of the mass appraisal).
 */
class IntegrityCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ID = "integrity.five-goods-village";

  private static JsonNode json(String file, String lang) throws Exception {
    CliRun run =
        CliRun.of(
            "evaluate", "--standard", ID, "--format", "json", "--lang", lang, CliRun.dossier(file));
    assertThat(run.status()).as(run.err()).isZero();
    return MAPPER.readTree(run.out());
  }

  private static JsonNode criterion(JsonNode report, String id) {
    for (JsonNode c : report.get("criteria")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no criterion " + id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void taizi_9742_demonstration(String lang) throws Exception {
    JsonNode r = json("taizi-2025.json", lang);
    assertThat(r.get("standard").get("id").asText()).isEqualTo(ID);
    assertThat(r.get("score").get("low").asText()).isEqualTo("97.42");
    assertThat(r.get("score").get("high").asText()).isEqualTo("97.42");
    assertThat(r.get("grade").asText()).isEqualTo("DEMONSTRATION");
    assertThat(r.get("verdict").asText()).isEqualTo("MEETS");
    assertThat(r.get("criteria")).hasSize(6);
    JsonNode integrity = criterion(r, "integrity.integrity").get("points");
    assertThat(integrity.get("low").asText()).isEqualTo("19.40");
    assertThat(integrity.get("high").asText()).isEqualTo("19.40");
    assertThat(integrity.get("max").asText()).isEqualTo("20.00");
    assertThat(criterion(r, "integrity.veto").get("points").get("max").asText()).isEqualTo("0.00");
    assertThat(r.toString()).doesNotContain("王秀兰").doesNotContain("13900001234");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void dongying_notQualified_byTheVeto(String lang) throws Exception {
    JsonNode r = json("dongying-2025-fails.json", lang);
    assertThat(r.get("grade").asText()).isEqualTo("NOT_QUALIFIED");
    assertThat(r.get("vetoed").asBoolean()).isTrue();
    assertThat(r.get("verdict").asText()).isEqualTo("DOES_NOT_MEET");
    assertThat(criterion(r, "integrity.veto").get("veto").asBoolean()).isTrue();
    assertThat(criterion(r, "integrity.veto").get("outcome").asText()).isEqualTo("FAIL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void xihe_interval_gradeOpen(String lang) throws Exception {
    JsonNode r = json("xihe-2025-inconclusive.json", lang);
    assertThat(r.get("score").get("low").asText()).isEqualTo("86.38");
    assertThat(r.get("score").get("high").asText()).isEqualTo("98.38");
    assertThat(r.get("grade").asText()).isEqualTo("INCONCLUSIVE");
    JsonNode org = criterion(r, "integrity.organization");
    assertThat(org.get("outcome").asText()).isEqualTo("INSUFFICIENT_EVIDENCE");
    assertThat(org.get("points").get("low").asText()).isEqualTo("17.30");
    assertThat(org.get("points").get("high").asText()).isEqualTo("19.70");
  }

  @Test
  void xihe_text_namesTheMissingMassAppraisal_inBothLanguages() {
    String xihe = CliRun.dossier("xihe-2025-inconclusive.json");
    CliRun zh = CliRun.of("evaluate", "--standard", ID, "--lang", "zh", xihe);
    assertThat(zh.status()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("86.38–98.38").contains("群众评议评分表");
    CliRun en = CliRun.of("evaluate", "--standard", ID, "--lang", "en", xihe);
    assertThat(en.out()).contains("86.38–98.38").contains("the mass appraisal scorecard");
  }

  @Test
  void taizi_text_givesEachItemsPoints() {
    CliRun zh =
        CliRun.of("evaluate", "--standard", ID, "--lang", "zh", CliRun.dossier("taizi-2025.json"));
    assertThat(zh.status()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("97.42").contains("示范").contains("合同签订 398/412 户：2.90 / 3 分");
  }

  @Test
  void standards_list_showsTheFiveGoods() {
    CliRun run = CliRun.en("standards", "list");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains(ID).contains("purpose integrity");
  }
}
