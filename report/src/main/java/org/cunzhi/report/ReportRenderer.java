package org.cunzhi.report;

import java.util.List;
import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.rule.LocalizedText.Language;

/**
 * Writes evaluation results as a document for people, in one language. The report gives, in order:
 * the unit, the standard and the verdict (with the score and grade where the standard has them);
 * each rate of people by year against its requirement with its Wilson 95% interval; each criterion
 * with its outcome, reasons, figures, missed periods and what would change it; the standard's id,
 * version, fingerprint, references and the parameters read; the notes; and a signature block.
 *
 * <p>Renderers are immutable and thread-safe; the same result gives the same text (no timestamps).
 * Whatever comes from a dossier is escaped, and a complainant's identity is never in a result, so
 * never in a report (DOMAIN S-6).
 */
public interface ReportRenderer {

  /** The report on {@code result}, as one complete document. */
  String render(EvaluationResult result);

  /**
   * The reports on {@code results}, in order, as one document; the HTML one starts each report on a
   * new page when printed. Empty text for no results.
   */
  String renderAll(List<EvaluationResult> results);

  /** The media type of what this renderer writes, e.g. {@code text/html; charset=UTF-8}. */
  String mediaType();

  /** Markdown (CommonMark with GitHub's tables), in {@code language}. */
  static ReportRenderer markdown(Language language) {
    return MarkdownReport.of(language);
  }

  /** Self-contained HTML that prints on A4, in {@code language}. */
  static ReportRenderer html(Language language) {
    return HtmlReport.of(language);
  }
}
