package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code rank} (CV-D7): usage errors. The rankings themselves are tested with a points standard.
 */
class RankCommandTest {
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");

  @Test
  void rank_underAPassFailStandard_isAUsageError() {
    CliRun run = CliRun.en("rank", "--standard", "tianjin.demonstration-village", TAIZI);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errBesideWarnings()).contains("does not score by points");
    assertThat(run.out()).isEmpty();
    CliRun zh = CliRun.of("rank", "--standard", "tianjin.demonstration-village", TAIZI);
    assertThat(zh.status()).isEqualTo(2);
    assertThat(zh.errBesideWarnings()).contains("不计分");
  }

  @Test
  void rank_withoutAStandard_isAUsageError() {
    CliRun run = CliRun.of("rank", TAIZI);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--standard");
  }

  @Test
  void rank_unknownStandard_isAUsageError() {
    CliRun run = CliRun.of("rank", "--standard", "no.such-standard", TAIZI);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errBesideWarnings()).contains("no.such-standard");
  }
}
