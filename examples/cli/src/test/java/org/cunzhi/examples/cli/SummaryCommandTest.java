package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code summary}: a township summary (CV-4) of the sample dossiers, figures worked by hand. */
class SummaryCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TAIZI = CliRun.dossier("taizi-2025.json");
  private static final String DONGYING = CliRun.dossier("dongying-2025-fails.json");
  private static final String XIHE = CliRun.dossier("xihe-2025-inconclusive.json");
  private static final String NANTUO = CliRun.dossier("nantuo-2025-invalid.json");

  private static final List<String> COMPLAINANTS =
      List.of("王秀兰", "13900001234", "李建国", "13700005678");

  @TempDir Path dir;

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.errBesideWarnings()).isEmpty();
    return MAPPER.readTree(run.out());
  }

  /**
   * The 95% Wilson interval in percent with two decimals, worked here in floating point from the
   * textbook formula, apart from the library's exact one.
   */
  private static List<String> wilson(long x, long n) {
    double z = 1.959963984540054;
    double p = (double) x / n;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
    return List.of(percent(centre - half), percent(Math.min(1, centre + half)));
  }

  private static String percent(double proportion) {
    return BigDecimal.valueOf(proportion * 100).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /*
   * The three valid samples' 2025 statistics, each the same: population 1641 at the start and 1652
   * at the end, 361 married women aged 15-49 of whom 340 use contraception, 17 births (17
   * compliant, 9 male, 8 female). Each has an association of 180 members and, in 2025, 22
   * meetings, 4 activities, 4 disclosures and 1 complaint. So the three together:
   *   population 3 × 1641 = 4923 at the start, 3 × 1652 = 4956 at the end
   *   contraceptive rate 1020/1083 = 94.1828…% → 94.18
   *   policy-compliant births 51/51 = 100.00%
   *   crude birth rate 51 × 1000 / ((4923 + 4956) / 2 = 4939.5) = 10.3249…‰ → 10.32
   *   sex ratio at birth 27 × 100 / 24 = 112.50
   *   associations 3, members 540; meetings 66, activities 12, disclosures 12, complaints 3
   *   filing quota: 1% of 3 units is 0.03, at least 1 → 1
   */

  @Test
  void CV_4_gradeCounts_underTheFiveGoods_bestFirst_thenNotQualifiedAndUndecided()
      throws Exception {
    CliRun run = CliRun.en("summary", "--format", "json", TAIZI, DONGYING, XIHE);
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode grades = json(run).get("grades").get("byStandard").get("integrity.five-goods-village");
    List<String> order = new java.util.ArrayList<>();
    grades.fieldNames().forEachRemaining(order::add);
    assertThat(order)
        .containsExactly("DEMONSTRATION", "ADVANCED", "QUALIFIED", "NOT_QUALIFIED", "INCONCLUSIVE");
    // taizi 97.42 demonstration; dongying vetoed; xihe 86.38–98.38 undecided
    assertThat(grades.get("DEMONSTRATION").asLong()).isEqualTo(1);
    assertThat(grades.get("ADVANCED").asLong()).isZero();
    assertThat(grades.get("QUALIFIED").asLong()).isZero();
    assertThat(grades.get("NOT_QUALIFIED").asLong()).isEqualTo(1);
    assertThat(grades.get("INCONCLUSIVE").asLong()).isEqualTo(1);
    CliRun text = CliRun.of("summary", TAIZI, DONGYING, XIHE);
    assertThat(text.out())
        .contains("按 integrity.five-goods-village 评定等次：示范 1 个、先进 0 个、合格 0 个、不合格 1 个、等次未定 1 个");
  }

  @Test
  void summary_threeSamplesAsJson_givesTheFiguresWorkedByHand() throws IOException {
    JsonNode s = json(CliRun.of("summary", "--format", "json", TAIZI, DONGYING, XIHE));
    assertThat(s.get("format").asText()).isEqualTo("cunzhi.summary/v1");
    assertThat(s.get("assessmentYear").asInt()).isEqualTo(2025);
    JsonNode counts = s.get("unitCounts");
    assertThat(counts.get("total").asInt()).isEqualTo(3);
    assertThat(counts.get("villages").asInt()).isEqualTo(3);
    assertThat(counts.get("communities").asInt()).isZero();
    assertThat(counts.get("withStatistics").asInt()).isEqualTo(3);
    assertThat(s.get("population").get("start").asLong()).isEqualTo(4923);
    assertThat(s.get("population").get("end").asLong()).isEqualTo(4956);
    assertThat(s.get("marriedWomen15to49").asLong()).isEqualTo(1083);
    assertThat(s.get("associations").get("count").asInt()).isEqualTo(3);
    assertThat(s.get("associations").get("members").asLong()).isEqualTo(540);

    JsonNode contraceptive = s.get("contraceptiveRate");
    assertThat(contraceptive.get("numerator").asLong()).isEqualTo(1020);
    assertThat(contraceptive.get("denominator").asLong()).isEqualTo(1083);
    assertThat(contraceptive.get("percent").asText()).isEqualTo("94.18");
    assertThat(texts(contraceptive.get("wilson95"))).isEqualTo(wilson(1020, 1083));

    JsonNode compliant = s.get("policyCompliantBirthRate");
    assertThat(compliant.get("numerator").asLong()).isEqualTo(51);
    assertThat(compliant.get("denominator").asLong()).isEqualTo(51);
    assertThat(compliant.get("percent").asText()).isEqualTo("100.00");
    assertThat(texts(compliant.get("wilson95"))).isEqualTo(wilson(51, 51));

    JsonNode births = s.get("crudeBirthRate");
    assertThat(births.get("births").asLong()).isEqualTo(51);
    assertThat(births.get("meanPopulation").asText()).isEqualTo("4939.5");
    assertThat(births.get("perMille").asText()).isEqualTo("10.32");

    JsonNode sex = s.get("sexRatioAtBirth");
    assertThat(sex.get("male").asLong()).isEqualTo(27);
    assertThat(sex.get("female").asLong()).isEqualTo(24);
    assertThat(sex.get("malesPer100Females").asText()).isEqualTo("112.50");

    JsonNode activities = s.get("activityCounts");
    assertThat(activities.get("meetings").asLong()).isEqualTo(66);
    assertThat(activities.get("activities").asLong()).isEqualTo(12);
    assertThat(activities.get("disclosures").asLong()).isEqualTo(12);
    assertThat(activities.get("complaints").asLong()).isEqualTo(3);

    assertThat(s.get("filingQuota").get("units").asInt()).isEqualTo(3);
    assertThat(s.get("filingQuota").get("quota").asInt()).isEqualTo(1);
    s.get("missing").forEach(list -> assertThat(list).isEmpty());
    assertThat(s.get("missing").size()).isEqualTo(8);

    // each sample: 3 families in difficulty identified, 3 assisted, 2 improved; 108000 yuan
    JsonNode difficult = s.get("difficultFamilies");
    assertThat(difficult.get("identified").asLong()).isEqualTo(9);
    assertThat(difficult.get("assisted").asLong()).isEqualTo(9);
    assertThat(difficult.get("improved").asLong()).isEqualTo(6);
    JsonNode funding = s.get("funding");
    assertThat(funding.get("unitsReporting").asInt()).isEqualTo(3);
    assertThat(funding.get("totalYuan").asLong()).isEqualTo(324000);
    assertThat(funding.get("averageYuan").asText()).isEqualTo("108000.00");
    // taizi meets Tianjin, dongying fails it, xihe is inconclusive (shared examples README)
    JsonNode tianjin = s.get("verdicts").get("byStandard").get("tianjin.demonstration-village");
    assertThat(tianjin.get("MEETS").asInt()).isEqualTo(1);
    assertThat(tianjin.get("DOES_NOT_MEET").asInt()).isEqualTo(1);
    assertThat(tianjin.get("INCONCLUSIVE").asInt()).isEqualTo(1);
    assertThat(s.get("verdicts").get("byStandard").size()).isEqualTo(1);
    assertThat(s.get("verdicts").get("unassessed")).isEmpty();
    assertThat(s.get("rejected")).isEmpty();

    List<String> codes = new ArrayList<>();
    s.get("units").forEach(u -> codes.add(u.get("code").asText()));
    assertThat(codes).containsExactly("120119105201", "120119105202", "120119105203");
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  @Test
  void summary_textInChinese_showsTheFigures() {
    CliRun run = CliRun.of("summary", TAIZI, DONGYING, XIHE);
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "基本情况：全乡（镇）共有3个村（居），年末总人口4956人，有已婚育龄妇女1083名，"
                + "共建计生协会组织3个，有协会会员540名；2025年出生51人，符合政策生育率为100.00%，"
                + "人口出生率为10.32‰，出生人口性别比为112.50。");
    assertThat(lines.get(1)).isEmpty();
    assertThat(lines.get(2)).contains("2025", "3 个单位", "村 3 个", "社区 0 个");
    assertThat(run.out())
        .contains("示例区 马场乡")
        .contains("年末总人口：4956 人（年初 4923 人）")
        .contains("已婚育龄妇女（15–49 岁）：1083 人")
        .contains("计生协会：3 个，会员 540 名")
        .contains("综合避孕率：1020/1083 = 94.18%（95% 置信区间 ")
        .contains("符合政策生育率：51/51 = 100.00%")
        .contains("出生率：出生 51 人，平均人口 4939.5 人，10.32‰")
        .contains("出生人口性别比：男 27，女 24，112.50")
        .contains("会议 66 次，活动 12 次，政务公开 12 次，投诉 3 件")
        .contains("备案名额（TJ-C2）：3 个单位的 1%")
        .contains("困难家庭：认定 9 户，帮扶 9 户，改善 6 户")
        .contains("村级计生经费（2025 年）：3 个单位共 324000 元，平均每单位 108000.00 元")
        .contains("按 tianjin.demonstration-village 评定：达标 1 个，未达标 1 个，结论不确定 1 个")
        .doesNotContain("未计入本汇总")
        .contains("120119105201 台子村（村）")
        .doesNotContain("缺少");
    assertThat(lines.get(lines.size() - 3)).contains("台子村");
    assertThat(lines.get(lines.size() - 1)).contains("西河村");
  }

  @Test
  void summary_textInEnglish_showsTheFigures() {
    CliRun run = CliRun.of("summary", "--lang", "en", TAIZI, DONGYING, XIHE);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith(
            "Overview: the township has 3 villages and communities; a population of 4956 at year"
                + " end, 1083 married women of childbearing age, 3 family-planning associations"
                + " with 540 members. In 2025 there were 51 births; a policy-compliant birth rate"
                + " of 100.00%, a crude birth rate of 10.32 per mille, a sex ratio at birth of"
                + " 112.50.\n\nSummary for assessment year 2025: units 3 (villages 3, communities"
                + " 0)\n")
        .contains("Families in difficulty: identified 9, assisted 9, improved 6")
        .contains(
            "Village-level family-planning funding in 2025: 324000 yuan over 3 units, on average"
                + " 108000.00 yuan per unit")
        .contains(
            "Verdicts under tianjin.demonstration-village: meets 1, does not meet 1, inconclusive"
                + " 1")
        .doesNotContain("Left out")
        .contains("Population at year end: 4956 (at the start: 4923)")
        .contains("Married women aged 15-49: 1083")
        .contains("Family-planning associations: 3, members 540")
        .contains("Contraceptive rate: 1020/1083 = 94.18% (95% interval ")
        .contains("Policy-compliant birth rate: 51/51 = 100.00%")
        .contains("Crude birth rate: births 51, mean population 4939.5: 10.32 per mille")
        .contains("Sex ratio at birth: male 27, female 24: 112.50 males per 100 females")
        .contains("Meetings 66, activities 12, disclosures 12, complaints 3")
        .contains("Filing quota (TJ-C2): 1% of the units (3), rounded half up, at least 1: 1")
        .contains("120119105202 东营村 (village)")
        .doesNotContain("Units without");
  }

  /** A sample dossier changed by {@code edit}, written to the temporary folder. */
  private String variant(String sample, String name, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(Path.of(sample).toFile());
    edit.accept(root);
    Path file = dir.resolve(name);
    MAPPER.writeValue(file.toFile(), root);
    return file.toString();
  }

  private static ObjectNode year(ObjectNode root, int year) {
    for (JsonNode y : root.get("years")) {
      if (y.get("year").asInt() == year) {
        return (ObjectNode) y;
      }
    }
    throw new AssertionError("no year " + year);
  }

  /**
   * A community whose 2025 figures differ from the villages': population 800 → 810, 150 users of
   * 200 married women, 6 births (5 compliant, 4 male, 2 female).
   */
  private String hedong() throws IOException {
    return variant(
        TAIZI,
        "hedong.json",
        root -> {
          ObjectNode unit = (ObjectNode) root.get("unit");
          unit.put("code", "120119105001");
          unit.put("name", "河东社区");
          unit.put("kind", "COMMUNITY");
          ObjectNode y = year(root, 2025);
          ((ObjectNode) y.get("population")).put("start", 800).put("end", 810);
          y.put("marriedWomen15to49", 200).put("contraceptiveUsers", 150);
          ((ObjectNode) y.get("births"))
              .put("total", 6)
              .put("policyCompliant", 5)
              .put("male", 4)
              .put("female", 2);
        });
  }

  /** A village whose dossier has no 2025 statistics and no meetings section. */
  private String beiwan() throws IOException {
    return variant(
        XIHE,
        "beiwan.json",
        root -> {
          ObjectNode unit = (ObjectNode) root.get("unit");
          unit.put("code", "120119105206");
          unit.put("name", "北湾村");
          ArrayNode years = (ArrayNode) root.get("years");
          for (int i = years.size() - 1; i >= 0; i--) {
            if (years.get(i).get("year").asInt() == 2025) {
              years.remove(i);
            }
          }
          root.remove("meetings");
        });
  }

  /*
   * 台子村 with 河东社区 and 北湾村: 北湾村 has no 2025 statistics, so the figures come from 台子村
   * and 河东社区, pooled:
   *   contraceptive rate (340 + 150) / (361 + 200) = 490/561 = 87.3440…% → 87.34
   *     (averaging the two percentages, 94.18 and 75.00, would give 84.59: wrong)
   *   policy-compliant births (17 + 5) / (17 + 6) = 22/23 = 95.6521…% → 95.65
   *     (averaging 100 and 83.33 would give 91.67: wrong)
   *   crude birth rate 23 × 2000 / (1641 + 1652 + 800 + 810 = 4903) = 9.3820…‰ → 9.38,
   *     mean population 2451.5
   *   sex ratio at birth (9 + 4) × 100 / (8 + 2) = 130.00
   *   meetings 22 + 22 (北湾村 has no meeting records), activities 12, disclosures 12,
   *   complaints 3; associations 3 with 540 members
   */

  @Test
  void summary_unitsDifferingAndOneMissingStatistics_poolsAndNamesTheMissing() throws IOException {
    JsonNode s = json(CliRun.of("summary", "--format", "json", TAIZI, hedong(), beiwan()));
    JsonNode counts = s.get("unitCounts");
    assertThat(counts.get("total").asInt()).isEqualTo(3);
    assertThat(counts.get("villages").asInt()).isEqualTo(2);
    assertThat(counts.get("communities").asInt()).isEqualTo(1);
    assertThat(counts.get("withStatistics").asInt()).isEqualTo(2);
    assertThat(s.get("population").get("end").asLong()).isEqualTo(1652 + 810);
    assertThat(s.get("marriedWomen15to49").asLong()).isEqualTo(561);
    assertThat(s.get("contraceptiveRate").get("percent").asText()).isEqualTo("87.34");
    assertThat(texts(s.get("contraceptiveRate").get("wilson95"))).isEqualTo(wilson(490, 561));
    assertThat(s.get("policyCompliantBirthRate").get("numerator").asLong()).isEqualTo(22);
    assertThat(s.get("policyCompliantBirthRate").get("denominator").asLong()).isEqualTo(23);
    assertThat(s.get("policyCompliantBirthRate").get("percent").asText()).isEqualTo("95.65");
    assertThat(s.get("crudeBirthRate").get("meanPopulation").asText()).isEqualTo("2451.5");
    assertThat(s.get("crudeBirthRate").get("perMille").asText()).isEqualTo("9.38");
    assertThat(s.get("sexRatioAtBirth").get("malesPer100Females").asText()).isEqualTo("130.00");
    assertThat(s.get("activityCounts").get("meetings").asLong()).isEqualTo(44);
    assertThat(s.get("activityCounts").get("activities").asLong()).isEqualTo(12);
    assertThat(s.get("associations").get("count").asInt()).isEqualTo(3);
    assertThat(s.get("filingQuota").get("quota").asInt()).isEqualTo(1);
    JsonNode missing = s.get("missing");
    assertThat(missing.get("statistics")).hasSize(1);
    assertThat(missing.get("statistics").get(0).get("name").asText()).isEqualTo("北湾村");
    assertThat(missing.get("meetings")).hasSize(1);
    assertThat(missing.get("meetings").get(0).get("code").asText()).isEqualTo("120119105206");
    assertThat(missing.get("organization")).isEmpty();
    List<String> codes = new ArrayList<>();
    s.get("units").forEach(u -> codes.add(u.get("code").asText()));
    assertThat(codes).containsExactly("120119105001", "120119105201", "120119105206");
  }

  @Test
  void summary_missingStatisticsInText_namesTheUnitInBothLanguages() throws IOException {
    String hedong = hedong();
    String beiwan = beiwan();
    CliRun zh = CliRun.of("summary", TAIZI, hedong, beiwan);
    assertThat(zh.status()).as(zh.err()).isZero();
    assertThat(zh.out())
        .contains("3 个单位（村 2 个，社区 1 个）")
        .contains("有 2025 年统计数据的单位：2 个")
        .contains("综合避孕率：490/561 = 87.34%")
        .contains("缺少 2025 年统计数据的单位（未计入人口和比率）：北湾村（120119105206）")
        .contains("缺少会议记录的单位（未计入会议次数）：北湾村（120119105206）")
        .contains("有已婚育龄妇女561名")
        .contains("其中1个村（居）缺少2025年统计，未计入上述数字。")
        .contains("120119105001 河东社区（社区）");
    CliRun en = CliRun.of("summary", "--lang", "en", TAIZI, hedong, beiwan);
    assertThat(en.out())
        .contains("units 3 (villages 2, communities 1)")
        .contains("Units without statistics for 2025, not in these figures: 1.")
        .contains(
            "Units without statistics for 2025 (not in the population or the rates):"
                + " 北湾村 (120119105206)")
        .contains("120119105001 河东社区 (community)");
  }

  @Test
  void summary_noStatisticsAtAll_saysNothingToMeasure() throws IOException {
    CliRun run = CliRun.of("summary", "--lang", "en", beiwan());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Contraceptive rate: 0/0: nothing to measure")
        .contains("Crude birth rate: births 0, mean population 0: nothing to measure")
        .contains("Sex ratio at birth: male 0, female 0: nothing to measure");
    CliRun zh = CliRun.of("summary", beiwan());
    String paragraph = zh.out().lines().findFirst().orElseThrow();
    assertThat(paragraph)
        .startsWith("基本情况：全乡（镇）共有1个村（居），总人口无统计数据，已婚育龄妇女人数无统计数据，")
        .contains("2025年出生人数无统计数据，当年无出生，符合政策生育率无从计算")
        .contains("人口出生率无从计算")
        .contains("出生人口性别比无从计算")
        .doesNotContain("0人")
        .doesNotContain("0%");
    assertThat(run.out().lines().findFirst().orElseThrow())
        .contains("its population is not known (no statistics)")
        .contains("The births of 2025 are not known")
        .contains("no policy-compliant birth rate (no births)")
        .contains("no crude birth rate")
        .contains("no sex ratio at birth");
    assertThat(zh.out()).contains("村级计生经费（2025 年）：没有单位填报，无从计算平均数");
    JsonNode s = json(CliRun.of("summary", "--format", "json", beiwan()));
    assertThat(s.get("funding").get("averageYuan").isNull()).isTrue();
    assertThat(s.get("missing").get("fundingYuan")).hasSize(1);
    assertThat(s.get("contraceptiveRate").get("percent").isNull()).isTrue();
    assertThat(s.get("contraceptiveRate").get("wilson95").isNull()).isTrue();
    assertThat(s.get("crudeBirthRate").get("perMille").isNull()).isTrue();
    assertThat(s.get("sexRatioAtBirth").get("malesPer100Females").isNull()).isTrue();
  }

  @Test
  void summary_invalidDossier_isReportedAndTheRestSummarised() throws IOException {
    CliRun run = CliRun.of("summary", "--format", "json", TAIZI, NANTUO, XIHE);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains("nantuo-2025-invalid.json")
        .contains("/years/2/contraceptiveUsers")
        .contains("/instruments/0/adoption/votesFor")
        .doesNotContain("\tat ");
    JsonNode s = MAPPER.readTree(run.out());
    assertThat(s.get("unitCounts").get("total").asInt()).isEqualTo(2);
    assertThat(s.get("marriedWomen15to49").asLong()).isEqualTo(722);
    JsonNode rejected = s.get("rejected");
    assertThat(rejected).hasSize(1);
    assertThat(rejected.get(0).get("file").asText()).isEqualTo(NANTUO);
    assertThat(rejected.get(0).get("problems").asInt()).isEqualTo(2);
  }

  @Test
  void summary_invalidDossierInText_isNamedInTheSummaryInBothLanguages() {
    CliRun zh = CliRun.of("summary", TAIZI, NANTUO, XIHE);
    assertThat(zh.status()).isEqualTo(1);
    assertThat(zh.out()).contains("未计入本汇总：" + NANTUO + "（2 个问题，详见标准错误输出）");
    assertThat(zh.out().lines().findFirst().orElseThrow()).contains("共有2个村（居）");
    CliRun en = CliRun.of("summary", "--lang", "en", TAIZI, NANTUO, XIHE);
    assertThat(en.out())
        .contains(
            "Left out of this summary: " + NANTUO + " (2 problems, listed on standard error)");
  }

  @Test
  void summary_sameUnitTwice_countsItOnceAndSaysSo() throws IOException {
    CliRun run = CliRun.of("summary", "--format", "json", TAIZI, DONGYING, TAIZI);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("/unit/code").contains("120119105201");
    assertThat(CliRun.of("summary", "--lang", "en", TAIZI, DONGYING, TAIZI).out())
        .contains(
            "Left out of this summary: "
                + TAIZI
                + " (its unit is already summarised from "
                + TAIZI
                + ")");
    JsonNode s = MAPPER.readTree(run.out());
    assertThat(s.get("rejected").get(0).get("duplicateOf").asText()).isEqualTo(TAIZI);
    assertThat(s.get("unitCounts").get("total").asInt()).isEqualTo(2);
    assertThat(s.get("marriedWomen15to49").asLong()).isEqualTo(722);
  }

  @Test
  void summary_onlyInvalidDossiers_printsNothingAndExitsOne() {
    CliRun run = CliRun.en("summary", NANTUO);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("cunzhi: no dossier could be read; nothing to summarise\n");
    assertThat(CliRun.of("summary", NANTUO).err())
        .contains("cunzhi：没有可读取的档案，无从汇总\n")
        .contains("nantuo-2025-invalid.json：/years/2/contraceptiveUsers：避孕人数 380 超过");
  }

  @Test
  void summary_mixedAssessmentYears_isAUsageErrorNamingThem() throws IOException {
    String taizi2024 =
        variant(
            TAIZI,
            "taizi-2024.json",
            root -> {
              root.put("assessmentYear", 2024);
              ((ObjectNode) root.get("unit")).put("code", "120119105209");
            });
    CliRun zh = CliRun.of("summary", TAIZI, taizi2024, DONGYING);
    assertThat(zh.status()).isEqualTo(2);
    assertThat(zh.errBesideWarnings())
        .isEqualTo(
            "cunzhi：这些档案涉及 2 个评估年度（2024 年 1 个单位、2025 年 2 个单位）；汇总只能针对一个年度\n"
                + "请只用同一评估年度的档案运行 './cunzhi summary'。\n");
    CliRun run = CliRun.en("summary", TAIZI, taizi2024, DONGYING);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("2024: 1 unit, 2025: 2 units")
        .contains("one year")
        .contains("Try ")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void summary_anyArgumentOrder_sameBytes() {
    CliRun first = CliRun.of("summary", "--format", "json", TAIZI, DONGYING, XIHE);
    CliRun second = CliRun.of("summary", "--format", "json", XIHE, TAIZI, DONGYING);
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(CliRun.of("summary", XIHE, DONGYING, TAIZI).out())
        .isEqualTo(CliRun.of("summary", TAIZI, DONGYING, XIHE).out());
  }

  @ParameterizedTest
  @CsvSource({"text, zh", "text, en", "json, zh", "json, en"})
  void summary_anyFormatAndLanguage_neverShowsAComplainant(String format, String lang) {
    CliRun run = CliRun.of("summary", "--format", format, "--lang", lang, TAIZI, DONGYING, XIHE);
    assertThat(run.status()).isZero();
    for (String secret : COMPLAINANTS) {
      assertThat(run.all()).doesNotContain(secret);
    }
  }

  @Test
  void summary_formatNotOffered_isAUsageError() {
    CliRun run = CliRun.en("summary", "--format", "html", TAIZI);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("html").contains("Try ");
  }

  @Test
  void summary_noDossier_isAUsageError() {
    CliRun run = CliRun.of("summary");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("DOSSIER");
  }

  /** {@code count} copies of 台子村 under distinct codes. */
  private List<String> villages(int count) throws IOException {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String code = String.format("120119%06d", i);
      files.add(
          variant(
              TAIZI, "v" + i + ".json", root -> ((ObjectNode) root.get("unit")).put("code", code)));
    }
    return files;
  }

  @Test
  void summary_filingQuota_roundsHalfUpAt150Units() throws IOException {
    List<String> files = villages(150);
    List<String> args = new ArrayList<>(List.of("summary", "--format", "json"));
    args.addAll(files.subList(0, 149));
    JsonNode at149 = json(CliRun.of(args.toArray(String[]::new)));
    assertThat(at149.get("filingQuota").get("units").asInt()).isEqualTo(149);
    assertThat(at149.get("filingQuota").get("quota").asInt()).isEqualTo(1);
    args.add(files.get(149));
    JsonNode at150 = json(CliRun.of(args.toArray(String[]::new)));
    assertThat(at150.get("filingQuota").get("units").asInt()).isEqualTo(150);
    assertThat(at150.get("filingQuota").get("quota").asInt()).isEqualTo(2);
    assertThat(at150.get("marriedWomen15to49").asLong()).isEqualTo(150L * 361);
  }

  @Test
  void help_listsBatchAndSummary() {
    CliRun run = CliRun.of("--help");
    assertThat(run.out()).contains("batch", "summary");
  }
}
