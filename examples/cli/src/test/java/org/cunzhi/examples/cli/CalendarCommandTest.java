package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** TJ-C1: the campaign's dates. */
class CalendarCommandTest {

  @Test
  void calendar_ordinaryYear_filingClosesEndOfJanuary() {
    CliRun run = CliRun.of("calendar", "--year", "2026");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("2026-01-31")
        .contains("2026-10-20")
        .doesNotContain("2026-03-15");
  }

  @Test
  void calendar_firstYear_filingClosesMidMarch() {
    CliRun run = CliRun.of("calendar", "--year", "2025", "--first-year", "--lang", "en");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("2025-03-15").doesNotContain("2025-01-31");
  }

  @Test
  void calendar_json_listsTheMilestonesInOrder() throws Exception {
    JsonNode root =
        new ObjectMapper()
            .readTree(CliRun.of("calendar", "--year", "2026", "--format", "json").out());
    assertThat(root.get("year").asInt()).isEqualTo(2026);
    assertThat(root.get("milestones").get(0).get("kind").asText()).isEqualTo("FILING_DEADLINE");
    assertThat(root.get("milestones").get(0).get("to").asText()).isEqualTo("2026-01-31");
  }

  @Test
  void calendar_withoutYear_isAUsageError() {
    CliRun run = CliRun.of("calendar");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--year");
  }

  @Test
  void calendar_yearOutOfRange_isAUsageError() {
    CliRun run = CliRun.of("calendar", "--year", "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--year").doesNotContain("\tat ");
  }
}
