package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A county raises a threshold without writing Java (issue: tailoring). */
class TailoringOptionTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");

  private static Path file(Path dir, String text) throws Exception {
    Path file = dir.resolve("county.properties");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void tailoring_raisedAwarenessThreshold_failsTaiziAt94Percent(@TempDir Path dir)
      throws Exception {
    Path file =
        file(
            dir,
            "id=tianjin.xiqing.demonstration-village\n"
                + "version=2025-1\n"
                + "base=tianjin.demonstration-village\n"
                + "parameter.awareness-rate=>= 95%\n");
    CliRun original = CliRun.of("evaluate", "--format", "json", TAIZI);
    CliRun tailored =
        CliRun.of("evaluate", "--format", "json", "--tailoring", file.toString(), TAIZI);
    assertThat(tailored.status()).as(tailored.err()).isZero();
    JsonNode before = MAPPER.readTree(original.out());
    JsonNode after = MAPPER.readTree(tailored.out());
    assertThat(before.get("verdict").asText()).isEqualTo("MEETS");
    assertThat(after.get("standard").get("id").asText())
        .isEqualTo("tianjin.xiqing.demonstration-village");
    assertThat(after.get("standard").get("version").asText()).isEqualTo("2025-1");
    assertThat(after.get("standard").get("fingerprint"))
        .isNotEqualTo(before.get("standard").get("fingerprint"));
    assertThat(after.get("verdict").asText()).isEqualTo("DOES_NOT_MEET");
    JsonNode v4 = after.get("criteria").get(3);
    assertThat(v4.get("id").asText()).isEqualTo("tianjin.village.4");
    assertThat(v4.get("outcome").asText()).isEqualTo("FAIL");
    assertThat(v4.get("parameters").get("awareness-rate").asText()).isEqualTo(">= 95%");
  }

  @Test
  void tailoring_unknownParameterAndWrongType_areUsageErrorsNamingTheKeys(@TempDir Path dir)
      throws Exception {
    Path file =
        file(
            dir,
            "id=tianjin.xiqing.demonstration-village\n"
                + "version=2025-1\n"
                + "base=tianjin.demonstration-village\n"
                + "parameter.no-such-thing=3\n"
                + "parameter.complaint-days=three\n");
    CliRun run = CliRun.of("evaluate", "--tailoring", file.toString(), TAIZI);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("/parameter.no-such-thing")
        .contains("/parameter.complaint-days")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void tailoring_windowYearsZero_isRefusedWithItsKeyAndNothingIsEvaluated(@TempDir Path dir)
      throws Exception {
    Path file =
        file(
            dir,
            "id=tianjin.xiqing.demonstration-village\n"
                + "version=2025-1\n"
                + "base=tianjin.demonstration-village\n"
                + "parameter.window-years=0\n");
    CliRun run = CliRun.of("evaluate", "--tailoring", file.toString(), TAIZI);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("/parameter.window-years").contains("from 1 to 10 years");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void tailoring_looserThreshold_isEvaluatedAsAskedAndSaysItIsLooser(@TempDir Path dir)
      throws Exception {
    Path file =
        file(
            dir,
            "id=tianjin.xiqing.demonstration-village\n"
                + "version=2025-1\n"
                + "base=tianjin.demonstration-village\n"
                + "parameter.awareness-rate=>= 85%\n");
    CliRun run = CliRun.of("evaluate", "--format", "json", "--tailoring", file.toString(), TAIZI);
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode report = MAPPER.readTree(run.out());
    assertThat(report.get("selection").get("named").asBoolean()).isTrue();
    assertThat(report.get("selection").get("chosen").asText())
        .isEqualTo("tianjin.demonstration-village");
    assertThat(report.get("criteria").get(3).get("parameters").get("awareness-rate").asText())
        .isEqualTo(">= 85%");
  }

  @Test
  void tailoring_withoutBase_isAUsageError(@TempDir Path dir) throws Exception {
    Path file = file(dir, "id=county.x.village\nversion=1\n");
    CliRun run = CliRun.of("evaluate", "--tailoring", file.toString(), TAIZI);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("base");
  }

  @Test
  void tailoring_missingFile_isAFileProblemExitingOne() {
    CliRun run = CliRun.of("evaluate", "--tailoring", "no-such.properties", TAIZI);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errBesideWarnings())
        .isEqualTo(
            "cunzhi：细化文件 no-such.properties 不存在\n" + "可运行 './cunzhi evaluate --help' 查看用法。\n");
    assertThat(CliRun.en("evaluate", "--tailoring", "no-such.properties", TAIZI).err())
        .contains("tailoring file no-such.properties does not exist");
  }
}
