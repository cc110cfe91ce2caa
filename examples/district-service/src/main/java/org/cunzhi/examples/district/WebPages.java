package org.cunzhi.examples.district;

import static org.cunzhi.examples.district.Html.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.cunzhi.core.CunzhiException;
import org.cunzhi.core.InvalidInputException;
import org.cunzhi.core.UnknownStandardException;
import org.cunzhi.core.Violation;
import org.cunzhi.core.evaluation.ScoreCard;
import org.cunzhi.core.evaluation.Span;
import org.cunzhi.core.standard.Standard;
import org.cunzhi.plugins.tianjin.campaign.FilingQuota;
import org.cunzhi.spi.NoApplicableStandardException;
import org.cunzhi.spi.StandardRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages a district office reads, rendered on the server, with no scripts: the district's units
 * with their verdicts and the filing quota, the ranking, a unit's report and the upload form.
 */
@Controller
public class WebPages {
  private final Evaluations evaluations;
  private final EvaluationStore store;
  private final AwardRanking ranking;
  private final StandardRegistry registry;
  private final DistrictPrefix home;

  public WebPages(
      Evaluations evaluations,
      EvaluationStore store,
      AwardRanking ranking,
      StandardRegistry registry,
      @Value("${cunzhi.district:120119}") String district) {
    this.evaluations = evaluations;
    this.store = store;
    this.ranking = ranking;
    this.registry = registry;
    this.home = DistrictPrefix.parse(district);
  }

  /** The home district's page. */
  @GetMapping("/")
  public ResponseEntity<String> index() {
    return seeOther("/districts/" + home.digits());
  }

  /** The units of an area with their latest verdicts, and its filing quota. */
  @GetMapping("/districts/{prefix}")
  public ResponseEntity<String> district(
      @PathVariable String prefix,
      @RequestParam(name = "stored", required = false) @Nullable Long stored) {
    DistrictPrefix area = DistrictPrefix.parse(prefix);
    List<StoredEvaluation> units = store.latestIn(area);
    FilingQuota quota = FilingQuota.of(store.unitsIn(area));
    StringBuilder b = new StringBuilder();
    b.append(nav(area));
    b.append("<h1>").append(text(area.digits())).append(" 辖区各村（居）评估结论</h1>\n");
    if (stored != null) {
      store
          .find(stored)
          .ifPresent(
              e ->
                  b.append("<p class=\"notice\" id=\"stored\">已保存：")
                      .append(text(e.unitName()))
                      .append(" — ")
                      .append(Html.verdict(e.verdict(), e.vetoed()))
                      .append("　<a href=\"/evaluations/")
                      .append(e.id())
                      .append("\">查看报告</a></p>\n"));
    }
    b.append("<p id=\"quota\">已评估单位 ")
        .append(quota.units())
        .append(" 个；按 1% 申报（不足 1 个按 1 个），应申报示范单位 <strong>")
        .append(quota.quota())
        .append("</strong> 个（TJ-C2）。</p>\n");
    if (units.isEmpty()) {
      b.append("<p>尚无评估记录。<a href=\"/upload\">上传档案</a></p>");
    } else {
      b.append("<table id=\"units\"><thead><tr><th>区划代码</th><th>单位</th><th>乡镇</th>")
          .append("<th>年度</th><th>结论</th><th>得分/等次</th><th>标准</th><th>报告</th>")
          .append("</tr></thead><tbody>\n");
      for (StoredEvaluation e : units) {
        b.append("<tr data-code=\"")
            .append(text(e.unitCode()))
            .append("\"><td>")
            .append(text(e.unitCode()))
            .append("</td><td><a href=\"/units/")
            .append(text(e.unitCode()))
            .append("\">")
            .append(text(e.unitName()))
            .append("</a></td><td>")
            .append(text(e.township()))
            .append("</td><td>")
            .append(e.assessmentYear())
            .append("</td><td>")
            .append(Html.verdict(e.verdict(), e.vetoed()))
            .append("</td><td>")
            .append(scoreAndGrade(e))
            .append("</td><td><code>")
            .append(text(e.standardId()))
            .append("</code> ")
            .append(text(e.standardVersion()))
            .append("</td><td><a href=\"/evaluations/")
            .append(e.id())
            .append("\">报告</a></td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    return page(HttpStatus.OK, area.digits() + " 辖区评估", b.toString());
  }

  /** The area's units in award order. */
  @GetMapping("/districts/{prefix}/ranking")
  public ResponseEntity<String> ranking(@PathVariable String prefix) {
    DistrictPrefix area = DistrictPrefix.parse(prefix);
    StringBuilder b = new StringBuilder();
    b.append(nav(area));
    b.append("<h1>").append(text(area.digits())).append(" 辖区评优排序</h1>\n");
    b.append("<p>排序只说明考虑的先后，不代表评选结果。各组注明排序所依规则。</p>\n");
    List<AwardRanking.Group> groups = ranking.rank(store.latestIn(area));
    if (groups.isEmpty()) {
      b.append("<p>尚无评估记录。</p>\n");
    }
    for (AwardRanking.Group g : groups) {
      b.append("<section class=\"ranking\" data-rule=\"")
          .append(g.rule().name())
          .append("\"")
          .append(g.standardId() == null ? "" : " data-standard=\"" + text(g.standardId()) + "\"")
          .append(">\n<h2>");
      if (g.rule() == AwardRanking.Rule.EXACT_SCORE) {
        b.append("评分标准 <code>")
            .append(text(g.standardId()))
            .append("</code></h2>\n<p class=\"rule\">按精确得分排序（CV-D7）：得分相同者名次相同，")
            .append("不以区划代码分先后（仅列表顺序）；得分为区间者按下限排序。")
            .append("入选：评为“")
            .append(text(g.pickGrade()))
            .append("”且得分最高者；待定：得分区间仍可能达到入选者。</p>\n");
      } else {
        b.append("合格制标准</h2>\n<p class=\"rule\">按结论排序（TJ-C3）：先列达到标准的单位，")
            .append("再列证据不足、未达到标准的，一票否决的最后；再按不符合条目数、证据不足条目数、")
            .append("符合条目数排序；同等者名次相同，按区划代码列出。</p>\n");
      }
      b.append("<table><thead><tr><th>名次</th><th>单位</th><th>结论</th>")
          .append("<th>得分/等次</th><th>符合</th><th>不符合</th><th>证据不足</th><th>报告</th>")
          .append("</tr></thead><tbody>\n");
      for (AwardRanking.Ranked r : g.units()) {
        StoredEvaluation e = r.evaluation();
        b.append("<tr data-code=\"")
            .append(text(e.unitCode()))
            .append("\"><td>")
            .append(r.rank())
            .append(r.tied() ? "（并列）" : "")
            .append(r.pick() ? "　入选" : "")
            .append(r.contender() ? "　待定" : "")
            .append("</td><td>")
            .append(text(e.unitName()))
            .append("（")
            .append(text(e.unitCode()))
            .append("）</td><td>")
            .append(Html.verdict(e.verdict(), e.vetoed()))
            .append("</td><td>")
            .append(scoreAndGrade(e))
            .append("</td><td>")
            .append(e.passed())
            .append("</td><td>")
            .append(e.failed())
            .append("</td><td>")
            .append(e.undecided())
            .append("</td><td><a href=\"/evaluations/")
            .append(e.id())
            .append("\">报告</a></td></tr>\n");
      }
      b.append("</tbody></table>\n</section>\n");
    }
    return page(HttpStatus.OK, area.digits() + " 辖区评优排序", b.toString());
  }

  /** A unit's evaluations, the latest first, each with the standard it was held to. */
  @GetMapping("/units/{code}")
  public ResponseEntity<String> unit(@PathVariable String code) {
    List<StoredEvaluation> history = store.historyOf(code);
    if (history.isEmpty()) {
      return page(
          HttpStatus.NOT_FOUND,
          "未找到",
          nav(home) + "<h1>未找到单位</h1><p>区划代码 " + text(code) + " 尚无评估记录。</p>");
    }
    StoredEvaluation latest = history.get(0);
    DistrictPrefix district = DistrictPrefix.parse(latest.unitCode().substring(0, 6));
    StringBuilder b = new StringBuilder();
    b.append(nav(district))
        .append("<h1>")
        .append(text(latest.unitName()))
        .append("（")
        .append(text(latest.unitCode()))
        .append("）评估记录</h1>\n")
        .append("<table id=\"history\"><thead><tr><th>年度</th><th>结论</th><th>得分/等次</th>")
        .append("<th>标准与版本</th><th>标准指纹</th><th>评估时间</th><th>报告</th>")
        .append("</tr></thead><tbody>\n");
    for (StoredEvaluation e : history) {
      b.append("<tr><td>")
          .append(e.assessmentYear())
          .append("</td><td>")
          .append(Html.verdict(e.verdict(), e.vetoed()))
          .append("</td><td>")
          .append(scoreAndGrade(e))
          .append("</td><td><code>")
          .append(text(e.standardId()))
          .append("</code> ")
          .append(text(e.standardVersion()))
          .append("</td><td><code>")
          .append(text(e.fingerprint()))
          .append("</code></td><td>")
          .append(text(e.evaluatedAt()))
          .append("</td><td><a href=\"/evaluations/")
          .append(e.id())
          .append("\">报告</a> <a href=\"/evaluations/")
          .append(e.id())
          .append("?lang=en\" lang=\"en\">English</a></td></tr>\n");
    }
    b.append("</tbody></table>\n");
    return page(HttpStatus.OK, latest.unitName() + " 评估记录", b.toString());
  }

  /**
   * A stored evaluation's report page, as {@link ReportPage} rendered it: in Chinese, or in English
   * with {@code ?lang=en}.
   */
  @GetMapping("/evaluations/{id}")
  public ResponseEntity<String> report(
      @PathVariable long id, @RequestParam(name = "lang", required = false) @Nullable String lang) {
    return store
        .report(id, true, Reports.language(lang))
        .map(html -> ResponseEntity.ok().contentType(ApiController.HTML).body(html))
        .orElseGet(
            () ->
                page(
                    HttpStatus.NOT_FOUND,
                    "未找到",
                    nav(home) + "<h1>未找到评估记录</h1><p>没有编号为 " + id + " 的评估记录。</p>"));
  }

  /** The form to upload a dossier. */
  @GetMapping("/upload")
  public ResponseEntity<String> uploadForm() {
    return page(HttpStatus.OK, "上传档案", form(null, List.of()));
  }

  /** Evaluates and stores an uploaded dossier, then shows its district with the new verdict. */
  @PostMapping("/upload")
  public ResponseEntity<String> upload(
      @RequestParam(name = "dossier", required = false) @Nullable MultipartFile dossier,
      @RequestParam(name = "standard", required = false) @Nullable String standard)
      throws IOException {
    if (dossier == null || dossier.isEmpty()) {
      return page(HttpStatus.BAD_REQUEST, "上传档案", form("请选择一个档案文件（JSON）。", List.of()));
    }
    String named = standard == null || standard.isBlank() ? null : standard;
    try (InputStream in = dossier.getInputStream()) {
      Evaluations.Stored stored = evaluations.evaluate(in, named);
      DistrictPrefix district = DistrictPrefix.districtOf(stored.result().unit().code());
      return seeOther("/districts/" + district.digits() + "?stored=" + stored.id());
    } catch (InvalidInputException e) {
      return page(
          HttpStatus.BAD_REQUEST,
          "上传档案",
          form("档案有 " + e.violations().size() + " 处问题，未保存：", e.violations()));
    } catch (UnknownStandardException | NoApplicableStandardException e) {
      return page(HttpStatus.UNPROCESSABLE_CONTENT, "上传档案", form(e.getMessage(), List.of()));
    } catch (CunzhiException e) {
      return page(HttpStatus.CONFLICT, "上传档案", form(e.getMessage(), List.of()));
    }
  }

  /** A district named by something other than digits. */
  @ExceptionHandler
  ResponseEntity<String> badDistrict(DistrictPrefix.BadPrefixException e) {
    return page(
        HttpStatus.BAD_REQUEST,
        "辖区代码有误",
        nav(home) + "<h1>辖区代码有误</h1><p>" + text(e.getMessage()) + "</p>");
  }

  /** A report language other than zh or en. */
  @ExceptionHandler
  ResponseEntity<String> badLanguage(Reports.BadLanguageException e) {
    return page(
        HttpStatus.BAD_REQUEST,
        "语言有误",
        nav(home) + "<h1>报告语言有误</h1><p>" + text(e.getMessage()) + "</p>");
  }

  private String form(@Nullable String problem, List<Violation> violations) {
    StringBuilder b = new StringBuilder();
    b.append(nav(home)).append("<h1>上传村（居）档案</h1>\n");
    if (problem != null) {
      b.append("<div class=\"problems\" id=\"problems\"><p>").append(text(problem)).append("</p>");
      if (!violations.isEmpty()) {
        b.append("<ul>");
        for (Violation v : violations) {
          b.append("<li><code>")
              .append(text(v.pointer().isEmpty() ? "(document)" : v.pointer()))
              .append("</code>：")
              .append(text(v.message()))
              .append("</li>");
        }
        b.append("</ul>");
      }
      b.append("</div>\n");
    }
    b.append("<form method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">")
        .append("<p><label>档案文件（cunzhi.dossier/v1 JSON）：")
        .append(
            "<input type=\"file\" name=\"dossier\" id=\"dossier\" accept=\".json,application/json\" required>")
        .append("</label></p><p><label>评估标准：<select name=\"standard\" id=\"standard\">")
        .append("<option value=\"\">按单位自动选择</option>");
    for (Standard s : registry.standards()) {
      b.append("<option value=\"")
          .append(text(s.id()))
          .append("\">")
          .append(text(s.title().zh()))
          .append("（")
          .append(text(s.id()))
          .append("）</option>");
    }
    b.append(
        "</select></label></p><p><button type=\"submit\" id=\"submit\">评估并保存</button></p></form>");
    return b.toString();
  }

  private static String nav(DistrictPrefix area) {
    return "<nav><a href=\"/districts/"
        + text(area.digits())
        + "\">辖区单位</a><a href=\"/districts/"
        + text(area.digits())
        + "/ranking\">评优排序</a><a href=\"/upload\">上传档案</a></nav>\n";
  }

  private static String scoreAndGrade(StoredEvaluation e) {
    Span s = e.score();
    String score = "";
    if (s != null) {
      String low = s.lowDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
      String high = s.highDecimal(ScoreCard.DISPLAY_SCALE).toPlainString();
      score = (s.isExact() ? low : low + "–" + high) + " 分";
    }
    String grade =
        e.gradeTitle() != null
            ? e.gradeTitle()
            : e.grade() == null
                ? ""
                : e.grade().equals("NOT_QUALIFIED")
                    ? "不合格"
                    : e.grade().equals("INCONCLUSIVE") ? "等次未定" : e.grade();
    return text(score.isEmpty() || grade.isEmpty() ? score + grade : score + " / " + grade);
  }

  private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
    return ResponseEntity.status(status)
        .contentType(ApiController.HTML)
        .body(Html.page(title, body));
  }

  private static ResponseEntity<String> seeOther(String location) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION, location)
        .build();
  }
}
