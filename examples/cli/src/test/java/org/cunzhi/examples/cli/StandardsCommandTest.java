package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardsCommandTest {

  @Test
  void list_namesEachStandardWithItsPlugin() {
    CliRun run = CliRun.of("standards", "list");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("tianjin.demonstration-village  2025")
        .contains("tianjin.demonstration-community")
        .contains("MUNICIPAL")
        .contains("org.cunzhi.plugins.tianjin.TianjinStandards");
    assertThat(run.errBesideWarnings()).isEmpty();
  }

  @Test
  void list_bundledCommunityStandard_itsMissingBaseIsOneWarningLine() {
    CliRun run = CliRun.en("standards", "list");
    assertThat(run.warnings())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("cunzhi: warning: BASE_MISSING org.cunzhi.plugins.tianjin.TianjinStandards (")
        .contains("tianjin.demonstration-community", "tianjin.model-community");
  }

  @Test
  void show_langInAnyPosition_givesTheSameEnglishText() {
    CliRun after = CliRun.of("standards", "show", "tianjin.demonstration-village", "--lang", "en");
    CliRun before = CliRun.of("standards", "--lang", "en", "show", "tianjin.demonstration-village");
    assertThat(after.status()).isZero();
    assertThat(after.out()).isEqualTo(before.out()).contains("Tianjin municipal standard");
  }

  @Test
  void show_titleNamesTheParameterValueInForce() {
    CliRun run = CliRun.of("standards", "show", "tianjin.demonstration-village");
    assertThat(run.out()).contains("知晓率达到90%以上").doesNotContain("{awareness-rate}");
  }

  @Test
  void standardsWithoutSubcommand_lists() {
    assertThat(CliRun.of("standards").out()).isEqualTo(CliRun.of("standards", "list").out());
  }

  @Test
  void show_givesCriteriaAndParameters() {
    CliRun run = CliRun.of("standards", "--lang", "en", "show", "tianjin.demonstration-village");
    assertThat(run.status()).isZero();
    for (int i = 1; i <= 9; i++) {
      assertThat(run.out()).contains("tianjin.village." + i);
    }
    assertThat(run.out())
        .contains("notice-days = 7")
        .contains("complaint-days = 3")
        .contains("veto:");
  }

  @Test
  void show_community_saysItsBaseIsMissing() {
    CliRun run = CliRun.en("standards", "show", "tianjin.demonstration-community");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("tianjin.model-community").contains("MISSING");
  }

  @Test
  void show_inChineseByDefault_labelsInChinese() {
    CliRun run = CliRun.of("standards", "show", "tianjin.demonstration-community");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("\n发布机关：天津市")
        .contains("\n有效期：　2025-01-01 至 长期有效\n")
        .contains("\n扩展自：　tianjin.model-community（缺失：没有插件提供，无法达标）\n")
        .contains("\n评估项目：\n")
        .contains("\n参数：\n")
        .doesNotContain("authority:", "effective:", "MISSING", "criteria:", "parameters:");
  }

  @Test
  void list_inChineseByDefault_labelsAndWarningInChinese() {
    CliRun run = CliRun.of("standards", "list");
    assertThat(run.out())
        .contains("\n    发布机关：天津市")
        .contains("\n    插件：　　org.cunzhi.plugins.tianjin.TianjinStandards（cunzhi-plugin-tianjin-")
        .doesNotContain("authority:", "plugin:");
    assertThat(run.warnings())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("cunzhi：警告：基础标准缺失：org.cunzhi.plugins.tianjin.TianjinStandards（")
        .contains("标准 tianjin.demonstration-community 扩展自 tianjin.model-community");
  }

  @Test
  void show_unknownId_isAUsageError() {
    CliRun run = CliRun.of("standards", "show", "nope.nope");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("nope.nope").contains("tianjin.demonstration-village");
  }

  @Test
  void diff_villageAndCommunity_namesCriteriaAddedAndRemoved() {
    CliRun run =
        CliRun.of(
            "standards",
            "diff",
            "tianjin.demonstration-village",
            "tianjin.demonstration-community");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("tianjin.village.9").contains("tianjin.community.r1");
  }

  @Test
  void diff_sameStandard_showsNoDifference() {
    CliRun same =
        CliRun.of(
            "standards", "diff", "tianjin.demonstration-village", "tianjin.demonstration-village");
    CliRun other =
        CliRun.of(
            "standards",
            "diff",
            "tianjin.demonstration-village",
            "tianjin.demonstration-community");
    assertThat(same.status()).isZero();
    assertThat(same.out()).doesNotContain("tianjin.village.9").isNotEqualTo(other.out());
  }

  @Test
  void diff_speaksTheSessionsLanguage() {
    CliRun zh =
        CliRun.of("standards", "diff", "tianjin.demonstration-village", "work-system.village");
    CliRun en =
        CliRun.en("standards", "diff", "tianjin.demonstration-village", "work-system.village");
    assertThat(zh.status()).isZero();
    assertThat(zh.out()).contains("  - 指标 tianjin.village.9", "  + 指标 work-system.ws-1");
    assertThat(zh.out()).doesNotContain("criterion ");
    assertThat(en.out())
        .contains("  - criterion tianjin.village.9", "  + criterion work-system.ws-1");
    CliRun none =
        CliRun.of(
            "standards", "diff", "tianjin.demonstration-village", "tianjin.demonstration-village");
    assertThat(none.out()).contains("没有差别");
  }
}
