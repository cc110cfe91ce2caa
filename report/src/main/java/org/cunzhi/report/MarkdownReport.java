package org.cunzhi.report;

import static org.cunzhi.report.Escape.markdown;

import java.util.List;
import java.util.Map;
import org.cunzhi.core.evaluation.CriterionResult;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.evaluation.StandardChoice;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.core.rule.Measure;
import org.cunzhi.core.rule.Missed;
import org.cunzhi.core.rule.Reason;
import org.cunzhi.core.rule.Remedy;

/**
 * The report as Markdown (CommonMark, with GitHub's tables), for a wiki, an issue or a mail: the
 * same content as the HTML report, with a table of each rate by year where the HTML has a chart.
 * Every text is escaped, so that nothing from a dossier becomes markup, a link or HTML.
 */
public final class MarkdownReport implements ReportRenderer {
  private final ReportText t;

  private MarkdownReport(Language language) {
    this.t = new ReportText(language);
  }

  /** A renderer writing in {@code language}. */
  public static MarkdownReport of(Language language) {
    return new MarkdownReport(language);
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=UTF-8";
  }

  @Override
  public String render(EvaluationResult r) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(markdown(t.label("title"))).append("\n\n");
    summary(s, r);
    charts(s, r);
    criteria(s, r);
    about(s, r);
    notes(s, r);
    s.append("---\n\n")
        .append(markdown(t.label("signature.reviewer")))
        .append(t.label("colon"))
        .append("__________　　")
        .append(markdown(t.label("signature.date")))
        .append(t.label("colon"))
        .append("__________\n");
    return s.toString();
  }

  @Override
  public String renderAll(List<EvaluationResult> results) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < results.size(); i++) {
      if (i > 0) {
        s.append('\n');
      }
      s.append(render(results.get(i)));
    }
    return s.toString();
  }

  private void fact(StringBuilder s, String labelKey, String valueMarkdown) {
    s.append("- **")
        .append(markdown(t.label(labelKey)))
        .append("**")
        .append(t.label("colon"))
        .append(valueMarkdown)
        .append('\n');
  }

  private void summary(StringBuilder s, EvaluationResult r) {
    fact(s, "unit", markdown(t.unit(r.unit())));
    t.place(r.unit()).ifPresent(p -> fact(s, "place", markdown(p)));
    fact(s, "year", String.valueOf(r.assessmentYear()));
    fact(s, "standard", markdown(t.standard(r)));
    fact(
        s,
        "verdict",
        "**"
            + markdown(t.verdict(r))
            + "**"
            + (r.vetoed() ? " " + markdown(t.label("vetoed")) : ""));
    for (ScoreLine.Entry e : ScoreLine.of(r, t)) {
      fact(s, e.labelKey(), markdown(e.value()));
    }
    fact(s, "outcomes", markdown(t.outcomeCounts(r)));
    s.append('\n');
  }

  private void charts(StringBuilder s, EvaluationResult r) {
    s.append("## ").append(markdown(t.label("charts"))).append("\n\n");
    List<ReportText.RateGroup> groups = ReportText.rateGroups(r);
    if (groups.isEmpty()) {
      s.append(markdown(t.label("charts.none"))).append("\n\n");
      return;
    }
    for (ReportText.RateGroup g : groups) {
      s.append("### ")
          .append(markdown(t.label("chart.caption", t.text(g.label()), g.criterion().id())))
          .append("\n\n| ")
          .append(markdown(t.label("table.year")))
          .append(" | ")
          .append(markdown(t.label("table.rate")))
          .append(" | ")
          .append(markdown(t.label("table.interval")))
          .append(" | ")
          .append(markdown(t.label("table.required")))
          .append(" | ")
          .append(markdown(t.label("table.met")))
          .append(" |\n|---|---|---|---|---|\n");
      for (Measure m : g.measures()) {
        String rate =
            m.rate().isDefined()
                ? ReportText.percent(m.rate())
                    + "% ("
                    + m.rate().numerator()
                    + "/"
                    + m.rate().denominator()
                    + ")"
                : t.label("chart.undefined")
                    + " ("
                    + m.rate().numerator()
                    + "/"
                    + m.rate().denominator()
                    + ")";
        String interval =
            m.wilson95Rounded(2)
                .map(w -> ReportText.lower(w) + "%–" + ReportText.upper(w) + "%")
                .orElse(t.label("met.none"));
        String required = m.threshold() == null ? t.label("met.none") : t.threshold(m.threshold());
        s.append("| ")
            .append(m.year() == null ? "" : m.year().toString())
            .append(" | ")
            .append(markdown(rate))
            .append(" | ")
            .append(markdown(interval))
            .append(" | ")
            .append(markdown(required))
            .append(" | ")
            .append(markdown(t.met(m)))
            .append(" |\n");
      }
      s.append('\n');
    }
  }

  private void criteria(StringBuilder s, EvaluationResult r) {
    s.append("## ").append(markdown(t.label("criteria"))).append("\n\n");
    for (CriterionResult c : r.criteria()) {
      s.append("### `")
          .append(c.id().replace("`", "'"))
          .append("` ")
          .append(markdown(t.text(c.title())))
          .append("\n\n");
      fact(s, "outcome", "**" + markdown(t.outcome(c.outcome())) + "**");
      if (c.vetoed()) {
        s.append("- **").append(markdown(t.label("criterion.vetoed"))).append("**\n");
      } else if (c.carriesVeto()) {
        s.append("- ").append(markdown(t.label("criterion.veto"))).append('\n');
      }
      fact(s, "reference", markdown(c.reference().toString()));
      ScoreLine.points(c, t).ifPresent(e -> fact(s, e.labelKey(), markdown(e.value())));
      s.append('\n');
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
    }
  }

  private void list(StringBuilder s, String headingKey, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    s.append("**").append(markdown(t.label(headingKey))).append("**\n\n");
    for (String item : items) {
      s.append("- ").append(markdown(item)).append('\n');
    }
    s.append('\n');
  }

  private void about(StringBuilder s, EvaluationResult r) {
    s.append("## ").append(markdown(t.label("about"))).append("\n\n");
    fact(s, "about.id", "`" + r.standardId().replace("`", "'") + "`");
    fact(s, "about.version", markdown(r.standardVersion()));
    fact(s, "about.title", markdown(t.text(r.standardTitle())));
    fact(s, "about.fingerprint", "`" + r.fingerprint().replace("`", "'") + "`");
    StandardChoice choice = r.choice();
    if (choice != null) {
      List<String> lines = t.choice(choice);
      fact(s, "about.selection", lines.isEmpty() ? "" : markdown(lines.get(0)));
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        s.append("  - ").append(markdown(line)).append('\n');
      }
    }
    s.append('\n');
    list(
        s,
        "references",
        t.references(r).entrySet().stream()
            .map(e -> t.label("reference.criteria", e.getKey(), t.ids(e.getValue())))
            .toList());
    s.append("**").append(markdown(t.label("parameters"))).append("**\n\n");
    Map<String, Map<String, List<String>>> params = ReportText.parameters(r);
    if (params.isEmpty()) {
      s.append(markdown(t.label("parameters.none"))).append("\n\n");
      return;
    }
    s.append("| ")
        .append(markdown(t.label("parameter")))
        .append(" | ")
        .append(markdown(t.label("parameter.valueHeader")))
        .append(" | ")
        .append(markdown(t.label("parameter.criteria")))
        .append(" |\n|---|---|---|\n");
    params.forEach(
        (key, values) ->
            values.forEach(
                (value, ids) ->
                    s.append("| `")
                        .append(key.replace("`", "'").replace("|", "\\|"))
                        .append("` | ")
                        .append(markdown(t.parameterValue(value)))
                        .append(" | ")
                        .append(markdown(t.ids(ids)))
                        .append(" |\n")));
    s.append('\n');
  }

  private void notes(StringBuilder s, EvaluationResult r) {
    s.append("## ").append(markdown(t.label("notes"))).append("\n\n");
    if (r.notes().isEmpty()) {
      s.append(markdown(t.label("notes.none"))).append("\n\n");
      return;
    }
    for (Reason note : r.notes()) {
      s.append("- ").append(markdown(t.text(note.text()))).append('\n');
    }
    s.append('\n');
  }
}
