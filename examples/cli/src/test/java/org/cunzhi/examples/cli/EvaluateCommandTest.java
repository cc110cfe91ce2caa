package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The four shared examples give what their README says, in JSON and text, in both languages. */
class EvaluateCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");
  private static final String DONGYING = CliRun.dossier("dongying-2025-fails.json");
  private static final String XIHE = CliRun.dossier("xihe-2025-inconclusive.json");
  private static final String NANTUO = CliRun.dossier("nantuo-2025-invalid.json");

  /** What the sample dossiers' complainants gave: it must appear in no output (S-6). */
  private static final List<String> COMPLAINANTS =
      List.of("王秀兰", "13900001234", "李建国", "13700005678");

  private static JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertThat(run.status()).as(run.err()).isZero();
    return MAPPER.readTree(run.out());
  }

  private static List<String> outcomes(JsonNode report) {
    List<String> outcomes = new ArrayList<>();
    report.get("criteria").forEach(c -> outcomes.add(c.get("outcome").asText()));
    return outcomes;
  }

  private static JsonNode criterion(JsonNode report, String id) {
    for (JsonNode c : report.get("criteria")) {
      if (c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no criterion " + id);
  }

  @Test
  void evaluate_taizi_meetsWithAllNinePassing() throws Exception {
    JsonNode report = json("evaluate", "--format", "json", TAIZI);
    assertThat(report.get("standard").get("id").asText())
        .isEqualTo("tianjin.demonstration-village");
    assertThat(report.get("verdict").asText()).isEqualTo("MEETS");
    assertThat(report.get("vetoed").asBoolean()).isFalse();
    assertThat(outcomes(report)).hasSize(9).containsOnly("PASS");
    assertThat(criterion(report, "tianjin.village.9").get("veto").asBoolean()).isFalse();
    assertThat(criterion(report, "tianjin.village.9").get("carriesVeto").asBoolean()).isTrue();
    assertThat(report.get("standard").get("fingerprint").asText()).startsWith("sha256:");
  }

  @Test
  void evaluate_dongying_doesNotMeetVetoedWithThreeMoreUsersIn2024() throws Exception {
    JsonNode report = json("evaluate", "--format", "json", "--lang", "en", DONGYING);
    assertThat(report.get("verdict").asText()).isEqualTo("DOES_NOT_MEET");
    assertThat(report.get("vetoed").asBoolean()).isTrue();
    JsonNode v9 = criterion(report, "tianjin.village.9");
    assertThat(v9.get("outcome").asText()).isEqualTo("FAIL");
    assertThat(v9.get("veto").asBoolean()).isTrue();
    JsonNode rate2024 = null;
    for (JsonNode m : v9.get("measures")) {
      if (m.get("year").asInt() == 2024 && m.get("denominator").asInt() == 356) {
        rate2024 = m;
      }
    }
    assertThat(rate2024).as("the 2024 contraceptive rate").isNotNull();
    assertThat(rate2024.get("numerator").asInt()).isEqualTo(318);
    assertThat(rate2024.get("percent").asText()).isEqualTo("89.33");
    assertThat(rate2024.get("threshold").asText()).isEqualTo(">= 90%");
    assertThat(rate2024.get("gap").asInt()).isEqualTo(3);
    boolean threeMoreIn2024 = false;
    for (JsonNode r : v9.get("remedies")) {
      threeMoreIn2024 |= r.get("year").asInt() == 2024 && r.get("amount").asInt() == 3;
    }
    assertThat(threeMoreIn2024).as("a remedy of 3 more users in 2024").isTrue();
    assertThat(v9.get("reasons").toString()).contains("20");
    for (String id :
        List.of(1, 2, 3, 4, 5, 6, 7, 8).stream().map(i -> "tianjin.village." + i).toList()) {
      assertThat(criterion(report, id).get("outcome").asText()).as(id).isEqualTo("PASS");
    }
  }

  @Test
  void evaluate_xihe_isInconclusiveMissing2023() throws Exception {
    JsonNode report = json("evaluate", "--format", "json", "--lang", "en", XIHE);
    assertThat(report.get("verdict").asText()).isEqualTo("INCONCLUSIVE");
    JsonNode v9 = criterion(report, "tianjin.village.9");
    assertThat(v9.get("outcome").asText()).isEqualTo("INSUFFICIENT_EVIDENCE");
    assertThat(v9.get("reasons").toString()).contains("2023");
    assertThat(outcomes(report).subList(0, 8)).containsOnly("PASS");
  }

  @Test
  void evaluate_nantuo_isRejectedNamingBothPointers() {
    CliRun run = CliRun.of("evaluate", NANTUO);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains("/years/2/contraceptiveUsers")
        .contains("380")
        .contains("/instruments/0/adoption/votesFor")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void evaluate_severalDossiers_printsOneArrayAndGoesOnPastTheInvalidOne() throws Exception {
    CliRun run = CliRun.of("evaluate", "--format", "json", TAIZI, NANTUO, XIHE);
    assertThat(run.status()).isEqualTo(1);
    JsonNode reports = MAPPER.readTree(run.out());
    assertThat(reports.isArray()).isTrue();
    assertThat(reports).hasSize(2);
    assertThat(reports.get(0).get("unit").get("name").asText()).isEqualTo("台子村");
    assertThat(reports.get(1).get("unit").get("name").asText()).isEqualTo("西河村");
  }

  @Test
  void evaluate_sameInput_sameBytes() {
    assertThat(CliRun.of("evaluate", "--format", "json", TAIZI, DONGYING).out())
        .isEqualTo(CliRun.of("evaluate", "--format", "json", TAIZI, DONGYING).out());
  }

  static Stream<Arguments> formatsAndLanguages() {
    return Stream.of(
        Arguments.of("text", "zh"),
        Arguments.of("text", "en"),
        Arguments.of("json", "zh"),
        Arguments.of("json", "en"));
  }

  @ParameterizedTest
  @MethodSource("formatsAndLanguages")
  void evaluate_anyFormatAndLanguage_neverShowsAComplainant(String format, String lang) {
    CliRun run = CliRun.of("evaluate", "--format", format, "--lang", lang, TAIZI, DONGYING, XIHE);
    assertThat(run.status()).isZero();
    for (String secret : COMPLAINANTS) {
      assertThat(run.all()).doesNotContain(secret);
    }
  }

  @Test
  void evaluate_textInChinese_putsTheVerdictFirst() {
    CliRun run = CliRun.of("evaluate", DONGYING);
    assertThat(run.status()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines[0]).contains("东营村", "120119105202", "2025");
    assertThat(lines[1]).contains("不达标");
    assertThat(run.out()).contains("tianjin.village.9", "89.33%", "一票否决");
  }

  @Test
  void evaluate_textInEnglish_showsFiguresIntervalAndWhatWouldChangeIt() {
    CliRun run = CliRun.of("evaluate", "--lang", "en", DONGYING);
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("DOES NOT MEET")
        .contains("318/356 = 89.33%")
        .contains("95% interval")
        .contains("What would change it");
  }

  @Test
  void evaluate_out_writesTheReportToTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.json");
    CliRun run = CliRun.of("evaluate", "--format", "json", "--out", file.toString(), TAIZI);
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(MAPPER.readTree(Files.readString(file)).get("verdict").asText()).isEqualTo("MEETS");
  }

  @Test
  void evaluate_namedStandard_isUsed() throws Exception {
    JsonNode report =
        json("evaluate", "--format", "json", "--standard", "tianjin.demonstration-village", TAIZI);
    assertThat(report.get("verdict").asText()).isEqualTo("MEETS");
  }
}
