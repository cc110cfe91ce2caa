package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --format markdown|html}: the report module's documents, from the command line.
 */
class ReportFormatsTest {
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");
  private static final String DONGYING = CliRun.dossier("dongying-2025-fails.json");
  private static final String XIHE = CliRun.dossier("xihe-2025-inconclusive.json");

  @Test
  void html_oneDossier_oneChineseDocument() {
    CliRun run = CliRun.of("evaluate", "--format", "html", TAIZI);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
        .contains("<span class=\"verdict MEETS\">达标</span>")
        .contains("<svg ")
        .contains("审核人：")
        .endsWith("</html>\n");
  }

  @Test
  void html_threeDossiers_oneDocumentWithThreeReports() {
    CliRun run = CliRun.of("evaluate", "--format", "HTML", "--lang", "en", TAIZI, DONGYING, XIHE);

    assertThat(run.status()).isZero();
    assertThat(run.out().split("<!DOCTYPE html>", -1)).hasSize(2);
    assertThat(run.out().split("<article class=\"report\">", -1)).hasSize(4);
    assertThat(run.out())
        .contains("Meets the standard")
        .contains("Does not meet the standard")
        .contains("Inconclusive (the notes say why)");
  }

  @Test
  void markdown_english_verdictFirstAndSignature() {
    CliRun run = CliRun.of("evaluate", "--format", "markdown", "--lang", "en", DONGYING);

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("# Population and family-planning self-governance assessment\n")
        .contains("- **Verdict**: **Does not meet the standard** A veto fired.\n")
        .contains("| 2024 | 89.33% (318/356) | 85.69%–92.12% | at least 90% | no |")
        .endsWith("Reviewer: __________　　Date: __________\n");
  }

  @Test
  void html_out_writesTheFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");

    CliRun run = CliRun.of("evaluate", "--format", "html", "--out", out.toString(), XIHE);

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("无法判定");
  }

  @Test
  void html_invalidDossierBesideAValidOne_reportsTheValidOneAndExitsOne() {
    CliRun run =
        CliRun.en(
            "evaluate", "--format", "html", TAIZI, CliRun.dossier("nantuo-2025-invalid.json"));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().split("<article class=\"report\">", -1)).hasSize(2);
    assertThat(run.errBesideWarnings()).contains("nantuo-2025-invalid.json: /");
  }

  @Test
  void markdown_onlyAnInvalidDossier_printsNothing() {
    CliRun run =
        CliRun.of("evaluate", "--format", "markdown", CliRun.dossier("nantuo-2025-invalid.json"));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
  }
}
