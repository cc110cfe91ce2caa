package org.cunzhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reports on the three sample dossiers, in both formats and both languages. */
class ReportSamplesTest {
  private static final EvaluationResult TAIZI = Samples.result(Samples.TAIZI);
  private static final EvaluationResult DONGYING = Samples.result(Samples.DONGYING);
  private static final EvaluationResult XIHE = Samples.result(Samples.XIHE);

  private static String html(EvaluationResult r, Language l) {
    return ReportRenderer.html(l).render(r);
  }

  private static String markdown(EvaluationResult r, Language l) {
    return ReportRenderer.markdown(l).render(r);
  }

  @Test
  void html_taiziInChinese_leadsWithUnitStandardAndVerdict() {
    String h = html(TAIZI, Language.ZH);

    assertThat(h).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">");
    assertThat(h)
        .contains("<dt>单位</dt><dd>台子村（120119105201），村</dd>")
        .contains("<dt>所在地</dt><dd>示例区 马场乡</dd>")
        .contains("<dt>评估年度</dt><dd>2025</dd>")
        .contains("（tianjin.demonstration-village，2025 版）")
        .contains("<span class=\"verdict MEETS\">达标</span>")
        .contains("<dt>各项结果</dt><dd>通过 9 项</dd>");
    assertInOrder(
        h, "台子村", "tianjin.demonstration-village", "达标", "指标与要求", "逐项结果", "标准信息", "说明", "审核人：");
  }

  @Test
  void html_dongyingInEnglish_saysItFailsWithTheVetoAndTheRemedy() {
    String h = html(DONGYING, Language.EN);

    assertThat(h)
        .contains("<html lang=\"en\">")
        .contains("<span class=\"verdict DOES_NOT_MEET\">Does not meet the standard</span>")
        .contains("A veto fired.")
        .contains("<span class=\"outcome FAIL\">Fail</span> <code>tianjin.village.9</code>")
        .contains("Its veto part failed.")
        .contains("What would change it")
        .contains("3 more married women using contraception (321/356) would meet &gt;= 90%")
        // the figure that fails, in words, with its interval and how many are short
        .contains(
            "2024 the contraceptive rate: 318/356 = 89.33%, 95% interval 85.69%–92.12%,"
                + " required at least 90%, 3 short")
        // and in the chart: a hollow red dot, "not met" beside it
        .contains("89.33% not met");
  }

  @Test
  void html_xiheInBothLanguages_isInconclusiveAndSaysWhy() {
    assertThat(html(XIHE, Language.ZH))
        .contains("<span class=\"verdict INCONCLUSIVE\">无法判定（原因见说明）</span>")
        .contains("证据不足");
    String en = html(XIHE, Language.EN);
    assertThat(en)
        .contains("<span class=\"verdict INCONCLUSIVE\">Inconclusive (the notes say why)</span>")
        .contains("Insufficient evidence");
    String notes = en.substring(en.indexOf("<section class=\"notes\">"));
    assertThat(notes).contains("<li>").doesNotContain("None.");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void html_everySample_hasAChartPerRateWithThresholdAndInterval(Language language) {
    for (EvaluationResult r : List.of(TAIZI, DONGYING, XIHE)) {
      String h = html(r, language);
      int rates = ReportText.rateGroups(r).size();

      assertThat(rates).isPositive();
      assertThat(count(h, "<svg ")).isEqualTo(rates);
      assertThat(count(h, "<figure>")).isEqualTo(rates);
      // a dashed requirement line, and three whisker lines per defined year
      assertThat(h).contains("stroke-dasharray=\"5 3\"");
      assertThat(h).contains(language == Language.EN ? "at least 90%" : "不低于 90%");
      assertThat(h).contains(language == Language.EN ? "exactly 100%" : "等于 100%");
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void bothFormats_everySample_endWithTheSignatureBlock(Language language) {
    String reviewer = language == Language.EN ? "Reviewer: " : "审核人：";
    String date = language == Language.EN ? "Date: " : "日期：";
    for (EvaluationResult r : List.of(TAIZI, DONGYING, XIHE)) {
      String h = html(r, language);
      assertThat(h)
          .contains(reviewer + "<span class=\"blank\"></span>")
          .contains(date + "<span class=\"blank\"></span>");
      assertThat(h.indexOf("class=\"signature\"")).isGreaterThan(h.indexOf("class=\"notes\""));
      assertThat(markdown(r, language))
          .endsWith("---\n\n" + reviewer + "__________　　" + date + "__________\n");
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void bothFormats_everyCriterion_isThereWithItsOutcome(Language language) {
    for (EvaluationResult r : List.of(TAIZI, DONGYING, XIHE)) {
      String h = html(r, language);
      String md = markdown(r, language);
      ReportText t = new ReportText(language);
      for (CriterionResult c : r.criteria()) {
        assertThat(h)
            .contains(
                "<span class=\"outcome "
                    + c.outcome().name()
                    + "\">"
                    + t.outcome(c.outcome())
                    + "</span> <code>"
                    + c.id()
                    + "</code>");
        assertThat(md).contains("### `" + c.id() + "` ");
      }
    }
  }

  @Test
  void html_aboutTheStandard_givesIdVersionFingerprintReferencesAndParameters() {
    String h = html(TAIZI, Language.EN);
    String about = h.substring(h.indexOf("<section class=\"about\">"));

    assertThat(about)
        .contains("<dt>Id</dt><dd><code>tianjin.demonstration-village</code></dd>")
        .contains("<dt>Version</dt><dd>2025</dd>")
        .contains("<dd><code>" + TAIZI.fingerprint() + "</code></dd>")
        .contains("Chosen for this unit: it prevails")
        .contains(
            "<li>天津市人口和计划生育基层群众自治示范活动实施方案 (2025): 四（二）1 (tianjin.village.1), 四（二）2"
                + " (tianjin.village.2), ")
        .contains("四（二）9 (tianjin.village.9)</li>")
        .contains(
            "<tr><td><code>contraceptive-rate</code></td><td>at least 90% (&gt;= 90%)</td>"
                + "<td>tianjin.village.9</td></tr>")
        .contains(
            "<tr><td><code>window-years</code></td><td>3</td>"
                + "<td>tianjin.village.8, tianjin.village.9</td></tr>");
  }

  @Test
  void bothFormats_workSystem_listMissedPeriodsBeforeTheRemedies() {
    EvaluationResult r = Samples.against("work-system.village", Samples.DONGYING);
    CriterionResult missing =
        r.criteria().stream().filter(c -> !c.missed().isEmpty()).findFirst().orElseThrow();
    String period = missing.missed().get(0).period();
    String what = missing.missed().get(0).what().en();

    String h = html(r, Language.EN);
    String criterion = h.substring(h.indexOf("<code>" + missing.id() + "</code>"));
    assertThat(criterion)
        .contains("<h4>Missed</h4>\n<ul>\n<li>" + Escape.html(period + ": " + what));
    assertThat(criterion.indexOf("<h4>Missed</h4>"))
        .isLessThan(criterion.indexOf("<h4>What would change it</h4>"));
    assertThat(markdown(r, Language.ZH)).contains("**缺失**\n\n- " + period + "：");
  }

  @Test
  void markdown_taiziInChinese_isTheSameReportWithTables() {
    String md = markdown(TAIZI, Language.ZH);

    assertThat(md)
        .startsWith("# 人口计生基层群众自治评估报告\n\n- **单位**：台子村（120119105201），村\n")
        .contains("- **结论**：**达标**\n")
        .contains("### 已婚育龄妇女综合避孕率（tianjin.village.9）\n\n| 年度 | 实际 | 95% 置信区间 | 要求 | 是否达到 |\n")
        .contains("| 2024 | 93.82% (334/356) | 90.82%–95.88% | 不低于 90% | 达到 |\n")
        .contains("| `contraceptive-rate` | 不低于 90% (>= 90%) | tianjin.village.9 |\n");
    assertInOrder(
        md, "台子村", "**评估标准**", "**结论**", "## 指标与要求", "## 逐项结果", "## 标准信息", "## 说明", "审核人：");
  }

  @Test
  void markdown_dongyingInEnglish_showsTheFailingYear() {
    String md = markdown(DONGYING, Language.EN);

    assertThat(md)
        .contains("- **Verdict**: **Does not meet the standard** A veto fired.\n")
        .contains("| 2024 | 89.33% (318/356) | 85.69%–92.12% | at least 90% | no |\n")
        .contains("**What would change it**\n\n- 2024: 3 more married women");
  }

  @Test
  void renderAll_threeSamples_oneDocumentEachReportOnANewPage() {
    String h = ReportRenderer.html(Language.ZH).renderAll(List.of(TAIZI, DONGYING, XIHE));

    assertThat(count(h, "<!DOCTYPE html>")).isEqualTo(1);
    assertThat(count(h, "<article class=\"report\">")).isEqualTo(3);
    assertThat(h).contains(".report + .report { break-before: page;");
    assertInOrder(h, "台子村", "东营村", "西河村");
    assertThat(ReportRenderer.html(Language.ZH).renderAll(List.of())).isEmpty();
    assertThat(ReportRenderer.markdown(Language.ZH).renderAll(List.of(TAIZI, XIHE)))
        .isEqualTo(markdown(TAIZI, Language.ZH) + "\n" + markdown(XIHE, Language.ZH));
  }

  @Test
  void html_isSelfContained_noScriptNoFetchNoWebFont() {
    String h = ReportRenderer.html(Language.EN).renderAll(List.of(TAIZI, DONGYING, XIHE));
    String withoutNamespace = h.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");

    assertThat(h.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<script")
        .doesNotContain("src=")
        .doesNotContain("href=")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .doesNotContain("@font-face")
        .doesNotContain("<link")
        .doesNotContainPattern("<[^>]*\\son[a-z]+="); // no event handler such as onload=
    assertThat(withoutNamespace).doesNotContain("http:").doesNotContain("https:");
    assertThat(h)
        .contains("@page { size: A4;")
        .contains("@media print")
        .contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"");
  }

  @Test
  void render_sameResult_sameText() {
    assertThat(html(DONGYING, Language.ZH))
        .isEqualTo(html(Samples.result(Samples.DONGYING), Language.ZH));
    assertThat(ReportRenderer.html(Language.ZH).mediaType()).isEqualTo("text/html; charset=UTF-8");
    assertThat(ReportRenderer.markdown(Language.ZH).mediaType())
        .isEqualTo("text/markdown; charset=UTF-8");
  }

  @Test
  void bothFormats_markupInADossier_isEscaped() {
    String evil = "<script>alert('x')</script> & \"q\" *b* [l](http://e.example) #h |t| `c`";
    String json =
        Samples.json(Samples.TAIZI)
            .replace("\"name\": \"台子村\"", "\"name\": " + quote(evil))
            .replace("两户困难家庭收入恢复，一户子女复学", "<img src=x onerror=alert(1)>");
    EvaluationResult r = Samples.evaluate(json);

    String h = html(r, Language.EN);
    assertThat(h)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
    String md = markdown(r, Language.EN);
    assertThat(md)
        .doesNotContainPattern("(?<!\\\\)<") // every < escaped: no tag can open
        .doesNotContain("[l](")
        .contains("\\<script>alert('x')\\</script> \\& \"q\" \\*b\\* \\[l\\](http://e.example)")
        .contains("\\#h \\|t\\| \\`c\\`")
        .contains("\\<img src=x onerror=alert(1)>");
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static int count(String s, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static void assertInOrder(String s, String... parts) {
    int at = -1;
    for (String p : parts) {
      int next = s.indexOf(p, at + 1);
      assertThat(next).as("\"%s\" after position %d", p, at).isGreaterThan(at);
      at = next;
    }
  }
}
