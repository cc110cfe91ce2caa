package org.cunzhi.examples.district;

import org.cunzhi.core.evaluation.EvaluationResult;
import org.cunzhi.core.rule.LocalizedText.Language;
import org.cunzhi.report.ReportRenderer;
import org.springframework.stereotype.Component;

/**
 * The printable report of one evaluation: the shared report module's self-contained A4 HTML
 * document in Chinese or English (inline CSS, no scripts, no links out, a signature block), as the
 * command line's HTML report is. The one place the service renders a report; the pages only serve
 * what this returns, stored beside the evaluation, so a report once printed stays the same.
 */
@Component
public class ReportPage {
  private final ReportRenderer zh = ReportRenderer.html(Language.ZH);
  private final ReportRenderer en = ReportRenderer.html(Language.EN);

  /** The report of {@code result}, in Chinese. */
  public String render(EvaluationResult result) {
    return render(result, Language.ZH);
  }

  /** The report of {@code result}, in {@code language}. */
  public String render(EvaluationResult result, Language language) {
    return (language == Language.EN ? en : zh).render(result);
  }
}
