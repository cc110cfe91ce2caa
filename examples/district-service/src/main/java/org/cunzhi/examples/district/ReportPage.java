package org.cunzhi.examples.district;

import static org.cunzhi.examples.district.Html.text;

import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.rate.Interval;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;
import org.springframework.stereotype.Component;

/**
 * The printable report of one evaluation, as a self-contained HTML document in Chinese (inline CSS,
 * no scripts, no links out): the verdict first, then the unit, the standard with its version and
 * fingerprint, and each criterion with its outcome, reasons, figures and what would change it.
 *
 * <p>The one place the service renders a report: the shared report module is to take its place, and
 * the pages only serve what this returns (stored beside the evaluation, so a report once printed
 * stays the same).
 */
@Component
public class ReportPage {

  /** The report of {@code result}. */
  public String render(EvaluationResult result) {
    Unit unit = result.unit();
    StringBuilder b = new StringBuilder();
    b.append("<h1>评估报告：").append(text(unit.name())).append("</h1>\n");
    b.append("<p class=\"verdict\">结论：")
        .append(Html.verdict(result.verdict(), result.vetoed()))
        .append("</p>\n");
    b.append("<table class=\"facts\">");
    row(b, "单位", text(unit.name()) + "（" + Html.kind(unit.kind()) + "，" + text(unit.code()) + "）");
    if (unit.county() != null || unit.township() != null) {
      row(b, "所属", text(joined(unit.county(), unit.township())));
    }
    row(b, "评估年度", text(result.assessmentYear()));
    row(
        b,
        "标准",
        text(result.standardTitle().zh())
            + "<br><code>"
            + text(result.standardId())
            + "</code> 版本 "
            + text(result.standardVersion()));
    row(b, "标准指纹", "<code>" + text(result.fingerprint()) + "</code>");
    if (result.score() != null) {
      row(b, "得分", text(result.score().toPlainString()) + (result.isProvisional() ? "（暂定）" : ""));
    }
    if (result.grade() != null) {
      row(b, "等次", text(result.grade().zh()));
    }
    b.append("</table>\n");
    if (!result.notes().isEmpty()) {
      b.append("<h2>说明</h2><ul>");
      for (Reason note : result.notes()) {
        b.append("<li>").append(text(note.text().zh())).append("</li>");
      }
      b.append("</ul>\n");
    }
    b.append("<h2>各项条目</h2>\n<table class=\"criteria\"><thead><tr>")
        .append("<th>条目</th><th>结果</th><th>理由与数据</th><th>如何改变结果</th>")
        .append("</tr></thead><tbody>\n");
    for (CriterionResult c : result.criteria()) {
      b.append("<tr data-criterion=\"")
          .append(text(c.id()))
          .append("\"><td><code>")
          .append(text(c.id()))
          .append("</code><br>")
          .append(text(c.title().zh()))
          .append("</td><td>")
          .append(Html.outcome(c.outcome()))
          .append(c.vetoed() ? "（一票否决）" : "")
          .append("</td><td>")
          .append(list(c.reasons().stream().map(r -> text(r.text().zh())).toList()))
          .append(list(c.measures().stream().map(ReportPage::measure).toList()))
          .append("</td><td>")
          .append(list(c.remedies().stream().map(ReportPage::remedy).toList()))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
    b.append("<p class=\"signature\">审核人：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿＿＿</p>");
    return Html.page("评估报告：" + unit.name(), b.toString());
  }

  private static void row(StringBuilder b, String label, String html) {
    b.append("<tr><th>").append(label).append("</th><td>").append(html).append("</td></tr>");
  }

  private static String joined(String... parts) {
    return java.util.Arrays.stream(parts)
        .filter(p -> p != null && !p.isBlank())
        .collect(Collectors.joining(" "));
  }

  private static String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    return items.stream()
        .map(i -> "<li>" + i + "</li>")
        .collect(Collectors.joining("", "<ul>", "</ul>"));
  }

  private static String measure(Measure m) {
    StringBuilder s = new StringBuilder();
    s.append(text(m.label().zh()));
    if (m.year() != null) {
      s.append(" ").append(m.year()).append("年");
    }
    s.append("：").append(m.rate().numerator()).append("/").append(m.rate().denominator());
    if (m.rate().isDefined()) {
      s.append(" = ").append(m.rate().formatPercent(2, RoundingMode.HALF_UP)).append("%");
    }
    if (m.threshold() != null) {
      s.append("，要求 ").append(text(m.threshold()));
    }
    m.wilson95()
        .ifPresent(
            (Interval i) ->
                s.append("（95% 置信区间 ")
                    .append(i.lowerPercent(2, RoundingMode.HALF_UP).toPlainString())
                    .append("%–")
                    .append(i.upperPercent(2, RoundingMode.HALF_UP).toPlainString())
                    .append("%）"));
    return s.toString();
  }

  private static String remedy(Remedy r) {
    return text(r.text().zh());
  }
}
