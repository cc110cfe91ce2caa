package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line speaks Chinese by default and English when asked (--lang, anywhere, or an
 * English locale): usage errors with their hints, the unknown command's nearest neighbour, help.
 */
class LanguageTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");
  private static final String NANTUO = CliRun.dossier("nantuo-2025-invalid.json");

  @Test
  void unknownCommand_suggestsTheNearest_inBothLanguages() {
    CliRun zh = CliRun.of("evaluat", TAIZI);
    assertThat(zh.status()).isEqualTo(2);
    assertThat(zh.err())
        .isEqualTo("cunzhi：未知命令“evaluat”；您是否想输入 evaluate？\n可运行 './cunzhi --help' 查看用法。\n");
    CliRun en = CliRun.of("evalute", TAIZI, "--lang", "en");
    assertThat(en.status()).isEqualTo(2);
    assertThat(en.err())
        .isEqualTo(
            "cunzhi: unknown command 'evalute'; did you mean evaluate?\nTry './cunzhi --help'.\n");
  }

  @Test
  void unknownCommand_farFromEveryCommand_suggestsNothing() {
    CliRun run = CliRun.en("frobnicate");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("cunzhi: unknown command 'frobnicate'\n");
    assertThat(CliRun.of("frobnicate").err()).startsWith("cunzhi：未知命令“frobnicate”\n");
  }

  @Test
  void nearest_withinTwoEditsOrAPrefix() {
    var commands = java.util.List.of("evaluate", "validate", "standards", "summary", "help");
    assertThat(ParseErrors.nearest("evaluat", commands)).hasValue("evaluate");
    assertThat(ParseErrors.nearest("vaildate", commands)).hasValue("validate");
    assertThat(ParseErrors.nearest("stan", commands)).hasValue("standards");
    assertThat(ParseErrors.nearest("sumary", commands)).hasValue("summary");
    assertThat(ParseErrors.nearest("xyzzy", commands)).isEmpty();
    assertThat(ParseErrors.distance("evaluate", "evaluate")).isZero();
    assertThat(ParseErrors.distance("evaluate", "evalaute")).isEqualTo(1);
  }

  @Test
  void unknownOption_suggestsTheNearest() {
    CliRun run = CliRun.en("evaluate", "--formt", "json", TAIZI);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("cunzhi: unknown option '--formt'; did you mean --format?\n")
        .contains("Try './cunzhi evaluate --help'.");
    assertThat(CliRun.of("evaluate", "--formt", "json", TAIZI).err())
        .startsWith("cunzhi：未知选项“--formt”；您是否想输入 --format？\n");
  }

  @Test
  void usageErrors_inChineseByDefault() {
    assertThat(CliRun.of().err()).isEqualTo("cunzhi：需要指定一个命令\n可运行 './cunzhi --help' 查看用法。\n");
    assertThat(CliRun.of("evaluate").err())
        .isEqualTo("cunzhi：缺少 DOSSIER\n可运行 './cunzhi evaluate --help' 查看用法。\n");
    assertThat(CliRun.of("evaluate", "--lang", "fr", TAIZI).err())
        .startsWith("cunzhi：--lang 的取值“fr”无效，应为以下之一：zh, en\n");
    CliRun unknown = CliRun.of("evaluate", "--standard", "tianjin.nope", TAIZI);
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.errBesideWarnings())
        .startsWith("cunzhi：未知标准“tianjin.nope”；已知标准：")
        .endsWith("\n可运行 './cunzhi standards list' 查看已有标准。\n");
  }

  @Test
  void help_andHelpCommand_inBothLanguages() {
    CliRun zh = CliRun.of("help");
    assertThat(zh.status()).isZero();
    assertThat(zh.out()).startsWith("用法：").contains("命令：", "evaluate", "按基层群众自治示范标准评估村和社区");
    assertThat(zh.err()).isEmpty();
    CliRun en = CliRun.of("help", "--lang", "en");
    assertThat(en.out()).startsWith("Usage:").contains("Commands:", "Assesses villages");
    CliRun evaluate = CliRun.of("help", "evaluate");
    assertThat(evaluate.status()).isZero();
    assertThat(evaluate.out())
        .startsWith("用法： ./cunzhi evaluate")
        .contains("逐份评估档案", "档案文件（JSON），或文件夹：其中的 *.json 文件");
    assertThat(CliRun.of("evaluate", "--help", "--lang", "en").out())
        .contains("dossier files (JSON), or folders: the *.json files in");
    assertThat(CliRun.of("help", "evaluate").out())
        .isEqualTo(CliRun.of("evaluate", "--help").out());
    CliRun unknown = CliRun.of("help", "nope");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("cunzhi：未知命令“nope”");
  }

  @Test
  void options_inAnyPosition() {
    CliRun after = CliRun.of("evaluate", TAIZI, "--format", "json", "--lang", "en");
    CliRun before = CliRun.of("--lang", "en", "evaluate", "--format", "json", TAIZI);
    assertThat(after.status()).isZero();
    assertThat(after.out()).isEqualTo(before.out()).contains("\"format\": \"cunzhi.report/v1\"");
    assertThat(CliRun.of("validate", NANTUO, "--lang", "en").err()).contains("380 exceeds");
    assertThat(CliRun.of("--lang=en", "validate", NANTUO).err()).contains("380 exceeds");
  }

  @picocli.CommandLine.Command(name = "own")
  static final class OwnLang implements Runnable {
    @picocli.CommandLine.Option(names = "--lang")
    Lang lang = Lang.ZH;

    @picocli.CommandLine.Command(name = "bare")
    void bare() {}

    @Override
    public void run() {}
  }

  @Test
  void langOption_addedWhereMissing_keptWhereDeclared() {
    picocli.CommandLine cli = new picocli.CommandLine(new OwnLang());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    CunzhiCommand.addLangWhereMissing(cli);
    assertThat(
            cli.getCommandSpec().options().stream().filter(o -> o.longestName().equals("--lang")))
        .hasSize(1);
    assertThat(cli.getSubcommands().get("bare").getCommandSpec().findOption("--lang")).isNotNull();
    cli.parseArgs("bare", "--lang", "en");
    cli.parseArgs("--lang", "en");
    assertThat(((OwnLang) cli.getCommand()).lang).isEqualTo(Lang.EN);
    assertThat(CliRun.of("standards", "list", "--lang", "en").status()).isZero();
    assertThat(CliRun.of("calendar", "--lang", "en", "--year", "2025").out()).contains(" .. ");
  }

  @Test
  void englishLocale_withoutLang_isEnglish() {
    CliRun run = CliRun.withEnvironment(Map.of("LANG", "en_US.UTF-8"), "evaluat");
    assertThat(run.err()).startsWith("cunzhi: unknown command 'evaluat'; did you mean evaluate?");
    assertThat(Lang.ofLocale(Map.of("LC_MESSAGES", "en"))).isEqualTo(Lang.EN);
    assertThat(Lang.ofLocale(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Lang.ZH);
    assertThat(Lang.ofLocale(Map.of("LANG", "fr_FR.UTF-8"))).isEqualTo(Lang.ZH);
    assertThat(Lang.ofLocale(Map.of("LANG", "eng"))).isEqualTo(Lang.ZH);
    assertThat(Lang.ofLocale(Map.of())).isEqualTo(Lang.ZH);
    assertThat(Lang.of(new String[] {"--", "--lang", "en"}, Map.of())).isEqualTo(Lang.ZH);
  }

  // ---- --format json: one object for one named file, an array for several ----------------------

  @Test
  void json_oneNamedFile_oneObject() throws IOException {
    JsonNode report = MAPPER.readTree(CliRun.of("evaluate", "--format", "json", TAIZI).out());
    assertThat(report.isObject()).isTrue();
  }

  @Test
  void json_oneNamedFileRejected_nothingOnStandardOutput() {
    CliRun run = CliRun.of("evaluate", "--format", "json", NANTUO);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errBesideWarnings()).contains("/years/2/contraceptiveUsers：");
  }

  @Test
  void json_severalFiles_anArrayOfThoseRead_whateverTheirValidity() throws IOException {
    CliRun run = CliRun.of("evaluate", "--format", "json", TAIZI, NANTUO);
    assertThat(run.status()).isEqualTo(1);
    JsonNode reports = MAPPER.readTree(run.out());
    assertThat(reports.isArray()).isTrue();
    assertThat(reports).hasSize(1);
    JsonNode none =
        MAPPER.readTree(CliRun.of("evaluate", "--format", "json", NANTUO, NANTUO).out());
    assertThat(none.isArray()).isTrue();
    assertThat(none).isEmpty();
  }

  @Test
  void json_aFolder_isAnArrayEvenOfOne(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(TAIZI), dir.resolve("taizi.json"));
    JsonNode reports =
        MAPPER.readTree(CliRun.of("evaluate", "--format", "json", dir.toString()).out());
    assertThat(reports.isArray()).isTrue();
    assertThat(reports).hasSize(1);
  }

  @Test
  void folders_inSummaryToo(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(TAIZI), dir.resolve("b.json"));
    Files.copy(Path.of(CliRun.dossier("dongying-2025-fails.json")), dir.resolve("a.json"));
    CliRun run = CliRun.of("summary", "--format", "json", dir.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(MAPPER.readTree(run.out()).get("unitCounts").get("total").asInt()).isEqualTo(2);
  }

  @Test
  void json_oneStyleEverywhere() {
    String report = CliRun.of("evaluate", "--format", "json", TAIZI).out();
    String calendar = CliRun.of("calendar", "--year", "2025", "--format", "json").out();
    String summary = CliRun.of("summary", "--format", "json", TAIZI).out();
    for (String json : java.util.List.of(report, calendar, summary)) {
      assertThat(json).startsWith("{\n  \"format\": \"cunzhi.").endsWith("}\n");
      assertThat(json).doesNotContain("\" : ");
    }
  }

  @Test
  void calendar_textInBothLanguages() {
    assertThat(CliRun.of("calendar", "--year", "2025").out()).contains("2025-02-01 至 2025-09-30　");
    assertThat(CliRun.en("calendar", "--year", "2025").out())
        .contains("2025-02-01 .. 2025-09-30  ");
    CliRun bad = CliRun.of("calendar", "--year", "0");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.errBesideWarnings()).startsWith("cunzhi：--year 须为 1 到 9999 之间的年份，实际为 0\n");
  }
}
