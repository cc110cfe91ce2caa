package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cunzhi.core.evaluation.Verdict;
import org.cunzhi.core.model.Dossier;
import org.cunzhi.core.rule.Outcome;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.core.standard.Tailoring;
import org.cunzhi.json.DossierReader;
import org.cunzhi.spi.Assessor;
import org.cunzhi.spi.Impact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact} and {@link Impact}. Every sample's 2025 awareness survey is 113 aware of 120
 * surveyed, 94.17%: it meets the Tianjin village standard's 90% (TJ-V4) and misses a tailored 95%.
 * So under {@code awareness-rate=>= 95%} tianjin.village.4 turns from PASS to FAIL for each valid
 * sample: taizi goes from MEETS to DOES_NOT_MEET, xihe (inconclusive for its missing birth figures)
 * to DOES_NOT_MEET (a FAIL decides), and dongying, which already fails on tianjin.village.9, keeps
 * its verdict while its tianjin.village.4 fails too: it is listed apart, as a change of criteria
 * only; nantuo is invalid.
 */
class ImpactCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String DOSSIERS = CliRun.DOSSIERS.toString();
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");
  private static final String STRICT =
      "id=tianjin.strict\nversion=2026\nbase=tianjin.demonstration-village\n"
          + "parameter.awareness-rate=>= 95%\n";

  private static Path file(Path dir, String text) throws Exception {
    Path file = dir.resolve("strict.properties");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void impact_strictAwareness_listsTaiziAndXihe_thenDongyingsCriterionApart(@TempDir Path dir)
      throws Exception {
    Path strict = file(dir, STRICT);
    CliRun run = CliRun.en("impact", "--tailoring", strict.toString(), DOSSIERS);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errBesideWarnings()).contains("nantuo-2025-invalid.json: /");
    String out = run.out();
    assertThat(out)
        .contains("Impact of tianjin.strict (2026) on tianjin.demonstration-village (2025)")
        .contains("台子村 (120119105201), 2025, ")
        .contains("taizi-2025.json: meets → does not meet")
        .contains("西河村 (120119105203), 2025, ")
        .contains("xihe-2025-inconclusive.json: inconclusive → does not meet")
        .contains("Units: 3; changed: 2; criteria only: 1; unchanged: 0; rejected: 1")
        .contains("Rejected: ")
        .contains("东营村 (120119105202), 2025, ")
        .contains("dongying-2025-fails.json: does not meet (unchanged)");
    int apart = out.indexOf("Verdict and grade unchanged, criteria changed:");
    assertThat(apart).isGreaterThan(out.indexOf("xihe-2025-inconclusive.json"));
    assertThat(out.indexOf("120119105202")).isGreaterThan(apart);
    assertThat(out.lines().filter(l -> l.contains("tianjin.village.4")).count()).isEqualTo(3);
    assertThat(out.lines().filter(l -> l.contains("tianjin.village.")).count()).isEqualTo(3);
    assertThat(out.substring(apart))
        .contains("tianjin.village.4")
        .contains("113/120 = 94.17%: PASS at >= 90%, FAIL at >= 95%");
    assertThat(out)
        .contains("113/120 = 94.17%: PASS at >= 90%, FAIL at >= 95%")
        .contains(": PASS → FAIL");

    CliRun zh = CliRun.of("impact", "--tailoring", strict.toString(), TAIZI);
    assertThat(zh.status()).isZero();
    assertThat(zh.out())
        .contains("达标 → 未达标")
        .contains("113/120 = 94.17%：按 >= 90% 为合格，按 >= 95% 为不合格")
        .contains("单位：1；变化：1；仅指标变化：0；不变：0；被拒绝：0")
        .doesNotContain("结论与等次不变");
  }

  @Test
  void impact_json_hasTheChangesFiguresAndCounts(@TempDir Path dir) throws Exception {
    Path strict = file(dir, STRICT);
    CliRun run =
        CliRun.en("impact", "--format", "json", "--tailoring", strict.toString(), DOSSIERS);
    assertThat(run.status()).isEqualTo(1);
    JsonNode root = MAPPER.readTree(run.out());
    assertThat(root.path("format").asText()).isEqualTo("cunzhi.impact/v1");
    assertThat(root.path("base").path("id").asText()).isEqualTo("tianjin.demonstration-village");
    assertThat(root.path("tailored").path("id").asText()).isEqualTo("tianjin.strict");
    JsonNode changes = root.path("changes");
    assertThat(changes).hasSize(2);
    JsonNode taizi = changes.get(0);
    assertThat(taizi.path("code").asText()).isEqualTo("120119105201");
    assertThat(taizi.path("verdict").path("before").asText()).isEqualTo("MEETS");
    assertThat(taizi.path("verdict").path("after").asText()).isEqualTo("DOES_NOT_MEET");
    assertThat(taizi.path("grade").path("before").isNull()).isTrue();
    JsonNode criterion = taizi.path("criteria").get(0);
    assertThat(taizi.path("criteria")).hasSize(1);
    assertThat(criterion.path("id").asText()).isEqualTo("tianjin.village.4");
    JsonNode figure = criterion.path("figures").get(0);
    assertThat(figure.path("name").asText()).isEqualTo("awareness-rate");
    assertThat(figure.path("year").asInt()).isEqualTo(2025);
    assertThat(figure.path("numerator").asLong()).isEqualTo(113);
    assertThat(figure.path("denominator").asLong()).isEqualTo(120);
    assertThat(figure.path("before").path("threshold").asText()).isEqualTo(">= 90%");
    assertThat(figure.path("before").path("met").asBoolean()).isTrue();
    assertThat(figure.path("after").path("threshold").asText()).isEqualTo(">= 95%");
    assertThat(figure.path("after").path("met").asBoolean()).isFalse();
    assertThat(changes.get(1).path("code").asText()).isEqualTo("120119105203");
    assertThat(changes.get(1).path("verdict").path("before").asText()).isEqualTo("INCONCLUSIVE");
    JsonNode criteriaOnly = root.path("criteriaOnly");
    assertThat(criteriaOnly).hasSize(1);
    JsonNode dongying = criteriaOnly.get(0);
    assertThat(dongying.path("code").asText()).isEqualTo("120119105202");
    assertThat(dongying.path("verdict").path("before").asText()).isEqualTo("DOES_NOT_MEET");
    assertThat(dongying.path("verdict").path("after").asText()).isEqualTo("DOES_NOT_MEET");
    assertThat(dongying.path("criteria")).hasSize(1);
    assertThat(dongying.path("criteria").get(0).path("id").asText()).isEqualTo("tianjin.village.4");
    assertThat(dongying.path("criteria").get(0).path("outcome").path("after").asText())
        .isEqualTo("FAIL");
    JsonNode counts = root.path("counts");
    assertThat(counts.path("units").asInt()).isEqualTo(3);
    assertThat(counts.path("changed").asInt()).isEqualTo(2);
    assertThat(counts.path("criteriaOnly").asInt()).isEqualTo(1);
    assertThat(counts.path("unchanged").asInt()).isZero();
    assertThat(counts.path("rejected").asInt()).isEqualTo(1);
    assertThat(root.path("rejected").get(0).asText()).endsWith("nantuo-2025-invalid.json");
  }

  @Test
  void impact_atTheUnitsOwnRate_changesNothing(@TempDir Path dir) throws Exception {
    // 113/120 = 94.17% still meets 94% (the other side of the boundary): nothing is listed.
    Path same =
        file(
            dir,
            "id=tianjin.lenient\nversion=2026\nbase=tianjin.demonstration-village\n"
                + "parameter.awareness-rate=>= 94%\n");
    CliRun run = CliRun.en("impact", "--tailoring", same.toString(), DOSSIERS);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains("Units: 3; changed: 0; criteria only: 0; unchanged: 3; rejected: 1")
        .doesNotContain("→")
        .doesNotContain("tianjin.village.");
  }

  @Test
  void impact_fromJsonLines_namesTheBadLineAndGoesOn(@TempDir Path dir) throws Exception {
    Path strict = file(dir, STRICT);
    String taizi =
        MAPPER.readTree(Files.readString(Path.of(TAIZI), StandardCharsets.UTF_8)).toString();
    Path in = dir.resolve("units.jsonl");
    Files.writeString(in, taizi + "\n{\"broken\": \n" + taizi + "\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.en("impact", "--tailoring", strict.toString(), "--in", in.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errBesideWarnings()).contains(in + ":2: ");
    assertThat(run.out())
        .contains(in + ":1: meets → does not meet")
        .contains(in + ":3: meets → does not meet")
        .contains("Units: 2; changed: 2; criteria only: 0; unchanged: 0; rejected: 1");
  }

  @Test
  void impact_withoutDossiers_orWithBoth_isAUsageError(@TempDir Path dir) throws Exception {
    Path strict = file(dir, STRICT);
    CliRun none = CliRun.en("impact", "--tailoring", strict.toString());
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.errBesideWarnings()).contains("--in FILE.jsonl");
    CliRun both = CliRun.en("impact", "--tailoring", strict.toString(), "--in", TAIZI, TAIZI);
    assertThat(both.status()).isEqualTo(2);
    CliRun noTailoring = CliRun.en("impact", TAIZI);
    assertThat(noTailoring.status()).isEqualTo(2);
    assertThat(noTailoring.err()).contains("--tailoring");
  }

  @Test
  void impactApi_givesTheSameChange() throws Exception {
    Assessor assessor = Assessor.discover();
    Standard base = assessor.registry().get("tianjin.demonstration-village");
    Standard strict = Tailoring.parse(STRICT).applyTo(base);
    Dossier taizi = DossierReader.create().read(Path.of(TAIZI));
    Impact impact = Impact.of(assessor, base, strict, List.of(taizi));
    assertThat(impact.units()).isEqualTo(1);
    assertThat(impact.changed()).isEqualTo(1);
    Impact.Change change = impact.changes().get(0);
    assertThat(change.verdictBefore()).isEqualTo(Verdict.MEETS);
    assertThat(change.verdictAfter()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(change.criteria()).hasSize(1);
    Impact.CriterionChange c = change.criteria().get(0);
    assertThat(c.id()).isEqualTo("tianjin.village.4");
    assertThat(c.before()).isEqualTo(Outcome.PASS);
    assertThat(c.after()).isEqualTo(Outcome.FAIL);
    assertThat(c.figures()).hasSize(1);
    assertThat(c.figures().get(0).after().rate().numerator()).isEqualTo(113);

    assertThat(change.verdictChanged()).isTrue();

    Dossier dongying =
        DossierReader.create().read(Path.of(CliRun.dossier("dongying-2025-fails.json")));
    Impact apart = Impact.of(assessor, base, strict, List.of(taizi, dongying));
    assertThat(apart.changed()).isEqualTo(1);
    assertThat(apart.changedCriteriaOnly()).isEqualTo(1);
    assertThat(apart.unchanged()).isZero();
    Impact.Change same = apart.criteriaOnly().get(0);
    assertThat(same.verdictChanged()).isFalse();
    assertThat(same.verdictBefore()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(same.verdictAfter()).isEqualTo(Verdict.DOES_NOT_MEET);
    assertThat(same.criteria())
        .extracting(Impact.CriterionChange::id)
        .containsExactly("tianjin.village.4");

    Impact none = Impact.of(assessor, base, base, List.of(taizi, dongying));
    assertThat(none.changes()).isEmpty();
    assertThat(none.criteriaOnly()).isEmpty();
    assertThat(none.unchanged()).isEqualTo(2);
  }
}
