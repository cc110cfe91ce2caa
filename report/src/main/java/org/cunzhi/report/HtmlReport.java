package org.cunzhi.report;

import static org.cunzhi.report.Escape.html;

import java.util.List;
import java.util.Map;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.model.Unit;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Missed;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;

/**
 * The report as one self-contained HTML document: inline CSS and inline SVG charts, no script, no
 * web font, nothing fetched (a Content-Security-Policy says so to the browser too). It prints on A4
 * ({@code @page}), and nothing in it is wider than the page. Every text is escaped.
 */
public final class HtmlReport implements ReportRenderer {
  private static final String CSS =
      """
      @page { size: A4; margin: 16mm 15mm 18mm; }
      *, *::before, *::after { box-sizing: border-box; }
      html { background: #fff; color: #1a1a1a; }
      .verdict, .outcome, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { margin: 0 auto; max-width: 210mm; padding: 12mm 15mm;
        font: 10.5pt/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
          "PingFang SC", "Microsoft YaHei", "SimSun", sans-serif;
        overflow-wrap: anywhere; }
      h1 { font-size: 17pt; margin: 0 0 4mm; padding-bottom: 2mm; color: #1f3a5f;
        border-bottom: 2px solid #1f3a5f; }
      h2 { font-size: 13pt; margin: 7mm 0 3mm; color: #1f3a5f; border-bottom: 1px solid #c8d1dc;
        break-after: avoid; }
      h3 { font-size: 11pt; margin: 5mm 0 1.5mm; break-after: avoid; }
      h4 { font-size: 10.5pt; margin: 2mm 0 1mm; color: #444; break-after: avoid; }
      p, ul { margin: 1mm 0; }
      ul { padding-left: 6mm; }
      dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 1mm 4mm;
        margin: 0 0 3mm; }
      dl.facts dt { font-weight: bold; color: #444; }
      dl.facts dd { margin: 0; min-width: 0; }
      .verdict { display: inline-block; padding: 0.5mm 3mm; font-weight: bold;
        border: 1.5px solid currentColor; border-radius: 1mm; }
      .MEETS, .PASS { color: #1b5e20; background: #e8f5e9; }
      .DOES_NOT_MEET, .FAIL, .ERROR { color: #b71c1c; background: #ffebee; }
      .INCONCLUSIVE, .INSUFFICIENT_EVIDENCE { color: #7a4f00; background: #fff8e1; }
      .NOT_APPLICABLE { color: #444; background: #f0f0f0; }
      .outcome { display: inline-block; padding: 0 2mm; font-size: 9.5pt; font-weight: bold;
        border: 1px solid currentColor; border-radius: 1mm; }
      .veto { color: #b71c1c; font-weight: bold; }
      figure { margin: 0 0 4mm; break-inside: avoid; }
      figcaption { font-weight: bold; margin-bottom: 1mm; }
      svg.chart { display: block; width: 100%; max-width: 170mm; height: auto; }
      svg.chart text { font-size: 12px; fill: #1a1a1a; }
      svg.chart text.tick { fill: #555; font-size: 11px; }
      svg.chart text.req { fill: #c62828; font-size: 11px; }
      svg.chart text.miss { fill: #c62828; font-weight: bold; }
      .legend { font-size: 9pt; color: #555; }
      table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 1mm 0 3mm; }
      th, td { border: 1px solid #c8d1dc; padding: 1mm 2mm; text-align: left; vertical-align: top; }
      th { background: #eef2f7; }
      code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 8.5pt;
        word-break: break-all; }
      .criterion { border-top: 1px solid #e1e6ec; }
      .signature { margin-top: 14mm; display: flex; flex-wrap: wrap; gap: 6mm 16mm;
        break-inside: avoid; }
      .signature .blank { display: inline-block; width: 45mm; border-bottom: 1px solid #000; }
      .report + .report { break-before: page; margin-top: 16mm; }
      @media print {
        body { max-width: none; padding: 0; }
        .report + .report { margin-top: 0; }
      }
      """;

  private final ReportText t;

  private HtmlReport(Language language) {
    this.t = new ReportText(language);
  }

  /** A renderer writing in {@code language}. */
  public static HtmlReport of(Language language) {
    return new HtmlReport(language);
  }

  @Override
  public String mediaType() {
    return "text/html; charset=UTF-8";
  }

  @Override
  public String render(EvaluationResult result) {
    return renderAll(List.of(result));
  }

  @Override
  public String renderAll(List<EvaluationResult> results) {
    if (results.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    String title =
        results.size() == 1
            ? t.label("title") + " · " + results.get(0).unit().name()
            : t.label("title");
    s.append("<!DOCTYPE html>\n<html lang=\"")
        .append(t.language() == Language.EN ? "en" : "zh-CN")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(html(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    for (int i = 0; i < results.size(); i++) {
      report(s, results.get(i), "r" + (i + 1));
    }
    s.append("</body>\n</html>\n");
    return s.toString();
  }

  private void report(StringBuilder s, EvaluationResult r, String id) {
    s.append("<article class=\"report\">\n<h1>").append(html(t.label("title"))).append("</h1>\n");
    summary(s, r);
    charts(s, r, id);
    criteria(s, r);
    about(s, r);
    notes(s, r);
    signature(s);
    s.append("</article>\n");
  }

  private void fact(StringBuilder s, String labelKey, String valueHtml) {
    s.append("<dt>")
        .append(html(t.label(labelKey)))
        .append("</dt><dd>")
        .append(valueHtml)
        .append("</dd>\n");
  }

  private void summary(StringBuilder s, EvaluationResult r) {
    Unit unit = r.unit();
    s.append("<section class=\"summary\">\n<dl class=\"facts\">\n");
    fact(s, "unit", html(t.unit(unit)));
    t.place(unit).ifPresent(p -> fact(s, "place", html(p)));
    fact(s, "year", html(String.valueOf(r.assessmentYear())));
    fact(s, "standard", html(t.standard(r)));
    fact(
        s,
        "verdict",
        "<span class=\"verdict "
            + r.verdict().name()
            + "\">"
            + html(t.verdict(r))
            + "</span>"
            + (r.vetoed() ? " <span class=\"veto\">" + html(t.label("vetoed")) + "</span>" : ""));
    for (ScoreLine.Entry e : ScoreLine.of(r, t)) {
      fact(s, e.labelKey(), html(e.value()));
    }
    fact(s, "outcomes", html(t.outcomeCounts(r)));
    s.append("</dl>\n</section>\n");
  }

  private void charts(StringBuilder s, EvaluationResult r, String id) {
    s.append("<section class=\"charts\">\n<h2>").append(html(t.label("charts"))).append("</h2>\n");
    List<ReportText.RateGroup> groups = ReportText.rateGroups(r);
    if (groups.isEmpty()) {
      s.append("<p>").append(html(t.label("charts.none"))).append("</p>\n");
    } else {
      s.append("<p class=\"legend\">").append(html(t.label("chart.legend"))).append("</p>\n");
    }
    int n = 0;
    for (ReportText.RateGroup g : groups) {
      n++;
      s.append("<figure>\n<figcaption>")
          .append(html(t.label("chart.caption", t.text(g.label()), g.criterion().id())))
          .append("</figcaption>\n")
          .append(RateChart.svg(g, t, id + "-chart-" + n))
          .append("\n</figure>\n");
    }
    s.append("</section>\n");
  }

  private void criteria(StringBuilder s, EvaluationResult r) {
    s.append("<section class=\"criteria\">\n<h2>")
        .append(html(t.label("criteria")))
        .append("</h2>\n");
    for (CriterionResult c : r.criteria()) {
      s.append("<section class=\"criterion\">\n<h3><span class=\"outcome ")
          .append(c.outcome().name())
          .append("\">")
          .append(html(t.outcome(c.outcome())))
          .append("</span> <code>")
          .append(html(c.id()))
          .append("</code> ")
          .append(html(t.text(c.title())))
          .append("</h3>\n");
      if (c.vetoed()) {
        s.append("<p class=\"veto\">").append(html(t.label("criterion.vetoed"))).append("</p>\n");
      } else if (c.carriesVeto()) {
        s.append("<p>").append(html(t.label("criterion.veto"))).append("</p>\n");
      }
      s.append("<p>")
          .append(html(t.labelled("reference")))
          .append(html(c.reference().toString()))
          .append("</p>\n");
      ScoreLine.points(c, t)
          .ifPresent(
              e ->
                  s.append("<p>")
                      .append(html(t.labelled(e.labelKey())))
                      .append(html(e.value()))
                      .append("</p>\n"));
      list(s, "reasons", c.reasons().stream().map(Reason::text).map(t::text).toList());
      list(s, "figures", c.measures().stream().map(t::measure).toList());
      list(
          s,
          "missed",
          c.missed().stream()
              .map((Missed m) -> t.label("missed.value", m.period(), t.text(m.what())))
              .toList());
      list(s, "remedies", c.remedies().stream().map(Remedy::text).map(t::text).toList());
      list(
          s,
          "parameters",
          c.parameters().entrySet().stream()
              .map(e -> t.label("parameter.value", e.getKey(), t.parameterValue(e.getValue())))
              .toList());
      s.append("</section>\n");
    }
    s.append("</section>\n");
  }

  private void list(StringBuilder s, String headingKey, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    s.append("<h4>").append(html(t.label(headingKey))).append("</h4>\n<ul>\n");
    for (String item : items) {
      s.append("<li>").append(html(item)).append("</li>\n");
    }
    s.append("</ul>\n");
  }

  private void about(StringBuilder s, EvaluationResult r) {
    s.append("<section class=\"about\">\n<h2>")
        .append(html(t.label("about")))
        .append("</h2>\n<dl class=\"facts\">\n");
    fact(s, "about.id", "<code>" + html(r.standardId()) + "</code>");
    fact(s, "about.version", html(r.standardVersion()));
    fact(s, "about.title", html(t.text(r.standardTitle())));
    fact(s, "about.fingerprint", "<code>" + html(r.fingerprint()) + "</code>");
    StandardChoice choice = r.choice();
    if (choice != null) {
      StringBuilder lines = new StringBuilder();
      for (String line : t.choice(choice)) {
        lines.append(lines.length() == 0 ? "" : "<br>").append(html(line));
      }
      fact(s, "about.selection", lines.toString());
    }
    s.append("</dl>\n");
    list(
        s,
        "references",
        t.references(r).entrySet().stream()
            .map(e -> t.label("reference.criteria", e.getKey(), t.ids(e.getValue())))
            .toList());
    s.append("<h4>").append(html(t.label("parameters"))).append("</h4>\n");
    Map<String, Map<String, List<String>>> params = ReportText.parameters(r);
    if (params.isEmpty()) {
      s.append("<p>").append(html(t.label("parameters.none"))).append("</p>\n");
    } else {
      s.append("<table class=\"parameters\">\n<thead><tr><th>")
          .append(html(t.label("parameter")))
          .append("</th><th>")
          .append(html(t.label("parameter.valueHeader")))
          .append("</th><th>")
          .append(html(t.label("parameter.criteria")))
          .append("</th></tr></thead>\n<tbody>\n");
      params.forEach(
          (key, values) ->
              values.forEach(
                  (value, ids) ->
                      s.append("<tr><td><code>")
                          .append(html(key))
                          .append("</code></td><td>")
                          .append(html(t.parameterValue(value)))
                          .append("</td><td>")
                          .append(html(t.ids(ids)))
                          .append("</td></tr>\n")));
      s.append("</tbody>\n</table>\n");
    }
    s.append("</section>\n");
  }

  private void notes(StringBuilder s, EvaluationResult r) {
    s.append("<section class=\"notes\">\n<h2>").append(html(t.label("notes"))).append("</h2>\n");
    if (r.notes().isEmpty()) {
      s.append("<p>").append(html(t.label("notes.none"))).append("</p>\n");
    } else {
      s.append("<ul>\n");
      for (Reason note : r.notes()) {
        s.append("<li>").append(html(t.text(note.text()))).append("</li>\n");
      }
      s.append("</ul>\n");
    }
    s.append("</section>\n");
  }

  private void signature(StringBuilder s) {
    s.append("<section class=\"signature\" aria-label=\"")
        .append(html(t.label("signature")))
        .append("\">\n<span>")
        .append(html(t.labelled("signature.reviewer")))
        .append("<span class=\"blank\"></span></span>\n<span>")
        .append(html(t.labelled("signature.date")))
        .append("<span class=\"blank\"></span></span>\n</section>\n");
  }
}
