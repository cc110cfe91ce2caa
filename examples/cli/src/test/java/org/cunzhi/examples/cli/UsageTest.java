package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Usage errors exit 2 with a one-line reason and a hint, and never a stack trace (CLI-v1). */
class UsageTest {

  private static void assertUsageError(CliRun run, String reason) {
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(reason).contains("Try ").doesNotContain("\tat ");
    assertThat(run.errBesideWarnings().strip().lines().count()).isEqualTo(2);
  }

  @Test
  void unknownCommand_isAUsageError() {
    assertUsageError(CliRun.en("evaluat"), "evaluat");
  }

  @Test
  void noCommand_isAUsageError() {
    assertUsageError(CliRun.en(), "command");
  }

  @Test
  void unknownOption_isAUsageError() {
    assertUsageError(
        CliRun.en("evaluate", "--colour", CliRun.dossier("taizi-2025.json")), "--colour");
  }

  @Test
  void unknownLanguage_isAUsageError() {
    assertUsageError(
        CliRun.en("evaluate", "--lang", "fr", CliRun.dossier("taizi-2025.json")), "fr");
  }

  @Test
  void unknownStandard_isAUsageErrorListingTheKnownOnes() {
    CliRun run =
        CliRun.en("evaluate", "--standard", "tianjin.nope", CliRun.dossier("taizi-2025.json"));
    assertUsageError(run, "tianjin.nope");
    assertThat(run.err()).contains("tianjin.demonstration-village");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownFormat_isAUsageError() {
    assertUsageError(
        CliRun.en("evaluate", "--format", "pdf", CliRun.dossier("taizi-2025.json")), "pdf");
  }

  @Test
  void missingDossier_isUsageErrorWhenNoneGiven() {
    assertUsageError(CliRun.en("evaluate"), "DOSSIER");
  }

  @Test
  void missingFile_isRejectedNotACrash() {
    CliRun run = CliRun.en("validate", "no-such-file.json");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("no-such-file.json").doesNotContain("\tat ");
  }

  @Test
  void help_exitsZero() {
    CliRun run = CliRun.en("--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("evaluate", "validate", "standards", "calendar");
  }
}
