package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cunzhi.core.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's English problem texts read in Chinese, and unchanged in English. */
class TranslationsTest {

  private static String zh(String pointer, String message) {
    return Translations.line(new Violation(pointer, message), Lang.ZH);
  }

  @Test
  void english_isTheLibrarysOwnText() {
    Violation v =
        new Violation("/years/2/contraceptiveUsers", "380 exceeds marriedWomen15to49 (361)");
    assertThat(Translations.line(v, Lang.EN)).isEqualTo(v.toString());
    assertThat(Translations.message(v, Lang.EN)).isEqualTo(v.message());
  }

  @Test
  void modelRules_inChinese_fieldNamesToo() {
    assertThat(zh("/years/2/contraceptiveUsers", "380 exceeds marriedWomen15to49 (361)"))
        .isEqualTo("/years/2/contraceptiveUsers：避孕人数 380 超过已婚育龄妇女人数 361");
    assertThat(zh("/complaints/0/investigated", "2025-03-01 is before received (2025-03-05)"))
        .isEqualTo("/complaints/0/investigated：调查日期 2025-03-01 早于受理日期 2025-03-05");
    assertThat(zh("/years/0/births/male", "male + female (10) differ from total (11)"))
        .isEqualTo("/years/0/births/male：男婴数 + 女婴数（10）与总数（11）不符");
    assertThat(zh("/incidents/0/gestationWeeks", "required when kind is INDUCED_ABORTION"))
        .isEqualTo("/incidents/0/gestationWeeks：类型为 INDUCED_ABORTION 时必须填写孕周");
  }

  @Test
  void readerProblems_inChinese_bothHalves() {
    assertThat(zh("/years/0/year", "wrong type (a string) — expected an integer from 1949 to 2100"))
        .isEqualTo("/years/0/year：类型错误（字符串），应为 1949 到 2100 之间的整数");
    assertThat(zh("/unit/kind", "unknown value (\"TOWN\") — expected one of VILLAGE, COMMUNITY"))
        .isEqualTo("/unit/kind：未知的取值（\"TOWN\"），应为以下之一：VILLAGE, COMMUNITY");
    assertThat(zh("/unit/name", "required field is missing — expected a non-empty string"))
        .isEqualTo("/unit/name：缺少必填字段，应为非空字符串");
    assertThat(zh("/foo", "unknown field — expected only format, unit"))
        .isEqualTo("/foo：未知字段，应为以下字段之一：format, unit");
    assertThat(zh("", "not well-formed JSON (at line 3, column 7) — expected one JSON object"))
        .isEqualTo("（文档）：不是格式正确的 JSON（位于第 3 行第 7 列），应为一个 JSON 对象");
    assertThat(
            zh("", "document too large (more than 10 bytes) — expected at most 10 bytes of UTF-8"))
        .isEqualTo("（文档）：文档过大（超过 10 字节），应为最多 10 字节的 UTF-8 文本");
  }

  @Test
  void loadProblems_inChinese() {
    assertThat(
            Translations.text(
                "it offers the standard id \"a.b\", which X (x.jar) also offers, so that id is left"
                    + " out",
                Lang.ZH))
        .isEqualTo("它提供的标准编号“a.b”也由 X (x.jar) 提供，因此该编号不予采用");
    assertThat(
            LoadProblems.text(
                new org.cunzhi.spi.LoadProblem(
                    org.cunzhi.spi.LoadProblem.Kind.STANDARDS_FAILED,
                    "com.example.Throwing",
                    "standards() threw IllegalStateException, so none of its standards are used",
                    "/plugins/throwing.jar"),
                Lang.ZH))
        .isEqualTo(
            "插件无法给出标准：com.example.Throwing（throwing.jar）：standards() 抛出"
                + " IllegalStateException，因此其标准均不采用");
  }

  @Test
  void unknownText_staysAsItIs() {
    assertThat(zh("/x", "something no pattern knows")).isEqualTo("/x：something no pattern knows");
  }

  @Test
  void validate_manyKindsOfBadDossier_noEnglishLeftInChinese(@TempDir Path dir) throws IOException {
    String taizi =
        Files.readString(Path.of(CliRun.dossier("taizi-2025.json")), StandardCharsets.UTF_8);
    String[] bad = {
      taizi.replace("\"120119105201\"", "\"12x\"").replace("\"VILLAGE\"", "\"TOWN\""),
      taizi.replace("\"name\": \"台子村\",", "\"foo\": 1,"),
      taizi.replace("\"assessmentYear\": 2025", "\"assessmentYear\": \"2025\""),
      taizi.replace("\"format\": \"cunzhi.dossier/v1\"", "\"format\": \"x\""),
      "{\"format\": \"cunzhi.dossier/v1\", \"x\": 007}",
      "",
      "{\"a\": 1} {\"b\": 2}",
      "{\"a\": \"\u0001\"}",
      "[1,2",
      "{\"format\": null, \"unit\": [], \"years\": {}, \"instruments\": 3}",
    };
    String[] files = new String[bad.length + 1];
    files[0] = "validate";
    for (int i = 0; i < bad.length; i++) {
      Path file = dir.resolve("bad-" + i + ".json");
      Files.writeString(file, bad[i], StandardCharsets.UTF_8);
      files[i + 1] = file.toString();
    }
    CliRun zh = CliRun.of(files);
    assertThat(zh.status()).isEqualTo(1);
    assertThat(zh.errBesideWarnings().lines().count()).isGreaterThan(12);
    assertThat(zh.errBesideWarnings().lines())
        .allSatisfy(
            line ->
                assertThat(line.replaceAll("\"[^\"]*\"|/[^：]*：", ""))
                    .doesNotContain(
                        "expected", "unknown", "missing", "wrong", "not ", "line ", "column"));
    CliRun en = CliRun.en(files);
    assertThat(en.errBesideWarnings()).contains(" — expected ");
  }
}
