package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @Test
  void validate_threeValidSamples_exitZero() {
    CliRun run =
        CliRun.en(
            "validate",
            CliRun.dossier("taizi-2025.json"),
            CliRun.dossier("dongying-2025-fails.json"),
            CliRun.dossier("xihe-2025-inconclusive.json"));
    assertThat(run.status()).isZero();
    assertThat(run.out().lines().filter(l -> l.contains(": valid")).count()).isEqualTo(3);
    assertThat(run.errBesideWarnings()).isEmpty();
  }

  @Test
  void validate_threeValidSamples_inChineseByDefault() {
    CliRun run =
        CliRun.of(
            "validate",
            CliRun.dossier("taizi-2025.json"),
            CliRun.dossier("dongying-2025-fails.json"),
            CliRun.dossier("xihe-2025-inconclusive.json"));
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(CliRun.dossier("taizi-2025.json") + "：有效（台子村 120119105201，2025 年度）");
    assertThat(run.out().lines().filter(l -> l.contains("：有效（")).count()).isEqualTo(3);
  }

  @Test
  void validate_nantuo_namesBothPointersAndExitsOne() {
    CliRun run =
        CliRun.en(
            "validate",
            CliRun.dossier("taizi-2025.json"),
            CliRun.dossier("nantuo-2025-invalid.json"));
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "nantuo-2025-invalid.json: /instruments/0/adoption/votesFor: votes cast (800 + 4 + 8"
                + " = 812) exceed those present (702)")
        .contains(
            "nantuo-2025-invalid.json: /years/2/contraceptiveUsers: 380 exceeds"
                + " marriedWomen15to49 (361)")
        .doesNotContain("\tat ");
    assertThat(run.errBesideWarnings().lines().count()).isEqualTo(2);
    assertThat(run.out()).contains("taizi-2025.json: valid");
  }

  @Test
  void validate_nantuo_inChineseByDefault_pointerFirst() {
    CliRun run = CliRun.of("validate", CliRun.dossier("nantuo-2025-invalid.json"));
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errBesideWarnings())
        .contains("nantuo-2025-invalid.json：/years/2/contraceptiveUsers：避孕人数 380 超过已婚育龄妇女人数 361\n")
        .contains(
            "nantuo-2025-invalid.json：/instruments/0/adoption/votesFor：投票数（800 + 4 + 8 = 812）"
                + "超过到会人数（702）\n")
        .doesNotContain("exceed");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void validate_localeDecidesWithoutLang_andLangWinsOverIt() {
    String nantuo = CliRun.dossier("nantuo-2025-invalid.json");
    assertThat(
            CliRun.withEnvironment(java.util.Map.of("LANG", "en_US.UTF-8"), "validate", nantuo)
                .err())
        .contains("380 exceeds marriedWomen15to49 (361)");
    assertThat(
            CliRun.withEnvironment(java.util.Map.of("LANG", "zh_CN.UTF-8"), "validate", nantuo)
                .err())
        .contains("避孕人数 380 超过");
    assertThat(
            CliRun.withEnvironment(java.util.Map.of("LANG", "C.UTF-8"), "validate", nantuo).err())
        .contains("避孕人数 380 超过");
    assertThat(
            CliRun.withEnvironment(
                    java.util.Map.of("LC_ALL", "en_GB", "LANG", "zh_CN"), "validate", nantuo)
                .err())
        .contains("380 exceeds");
    assertThat(
            CliRun.withEnvironment(
                    java.util.Map.of("LANG", "en_US.UTF-8"), "validate", nantuo, "--lang", "zh")
                .err())
        .contains("避孕人数 380 超过");
  }

  @Test
  void validate_folder_meansItsJsonFilesInOrderOfName(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(CliRun.dossier("taizi-2025.json")), dir.resolve("b-taizi.json"));
    Files.copy(Path.of(CliRun.dossier("xihe-2025-inconclusive.json")), dir.resolve("a-xihe.json"));
    Files.writeString(dir.resolve("notes.txt"), "not a dossier");
    Files.createDirectory(dir.resolve("sub.json"));

    CliRun run = CliRun.en("validate", dir.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().toList())
        .containsExactly(
            dir.resolve("a-xihe.json") + ": valid (西河村 120119105203, 2025)",
            dir.resolve("b-taizi.json") + ": valid (台子村 120119105201, 2025)");
  }

  @Test
  void validate_folderWithoutDossiers_isAProblemExitingOne(@TempDir Path dir) {
    CliRun en = CliRun.en("validate", dir.toString());
    assertThat(en.status()).isEqualTo(1);
    assertThat(en.errBesideWarnings())
        .isEqualTo(dir + ": no dossier in this folder (no *.json file)\n");
    CliRun zh = CliRun.of("validate", dir.toString());
    assertThat(zh.status()).isEqualTo(1);
    assertThat(zh.errBesideWarnings()).isEqualTo(dir + "：该文件夹中没有档案（没有 *.json 文件）\n");
  }

  @Test
  void validate_missingFile_exitsOneInBothLanguages() {
    assertThat(CliRun.en("validate", "no-such.json").errBesideWarnings())
        .isEqualTo("no-such.json: cannot read: no such file\n");
    CliRun zh = CliRun.of("validate", "no-such.json");
    assertThat(zh.status()).isEqualTo(1);
    assertThat(zh.errBesideWarnings()).isEqualTo("no-such.json：无法读取：文件不存在\n");
  }
}
