package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidateCommandTest {

  @Test
  void validate_threeValidSamples_exitZero() {
    CliRun run =
        CliRun.of(
            "validate",
            CliRun.dossier("taizi-2025.json"),
            CliRun.dossier("dongying-2025-fails.json"),
            CliRun.dossier("xihe-2025-inconclusive.json"));
    assertThat(run.status()).isZero();
    assertThat(run.out().lines().filter(l -> l.contains(": valid")).count()).isEqualTo(3);
    assertThat(run.errBesideWarnings()).isEmpty();
  }

  @Test
  void validate_nantuo_namesBothPointersAndExitsOne() {
    CliRun run =
        CliRun.of(
            "validate",
            CliRun.dossier("taizi-2025.json"),
            CliRun.dossier("nantuo-2025-invalid.json"));
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains("nantuo-2025-invalid.json: /instruments/0/adoption/votesFor: ")
        .contains("nantuo-2025-invalid.json: /years/2/contraceptiveUsers: 380 exceeds")
        .doesNotContain("\tat ");
    assertThat(run.errBesideWarnings().lines().count()).isEqualTo(2);
    assertThat(run.out()).contains("taizi-2025.json: valid");
  }
}
