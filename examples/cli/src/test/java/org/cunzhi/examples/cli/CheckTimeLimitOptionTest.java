package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --check-time-limit MS} of evaluate, batch and impact: its range, both sides. */
class CheckTimeLimitOptionTest {
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");

  @Test
  void evaluate_withinTheRange_evaluatesAsWithout() {
    CliRun without = CliRun.en("evaluate", TAIZI);
    for (String ms : new String[] {"1", "3600000"}) {
      CliRun with = CliRun.en("evaluate", "--check-time-limit", ms, TAIZI);
      if (ms.equals("3600000")) {
        assertThat(with.status()).isZero();
        assertThat(with.out()).isEqualTo(without.out());
      } else {
        // 1 ms may be too short for a check on a busy machine: whatever happens, it is contained
        assertThat(with.status()).isIn(0, 1);
        assertThat(with.out()).contains("120119105201");
      }
    }
  }

  @Test
  void outOfRange_isAUsageErrorNamingTheOption() {
    for (String ms : new String[] {"0", "3600001"}) {
      CliRun run = CliRun.en("evaluate", "--check-time-limit", ms, TAIZI);
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.errBesideWarnings())
          .contains("--check-time-limit must be from 1 to 3600000, was " + ms);
      assertThat(run.out()).isEmpty();
    }
    CliRun batch =
        CliRun.en(
            "batch",
            "--standard",
            "tianjin.demonstration-village",
            "--check-time-limit",
            "0",
            "--in",
            TAIZI,
            "--out",
            "unused.jsonl");
    assertThat(batch.status()).isEqualTo(2);
    assertThat(batch.errBesideWarnings()).contains("--check-time-limit");
  }
}
